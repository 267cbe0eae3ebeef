/**
 * Issue #9 item 3: random mutations of committed witnesses (entries, claims,
 * conditions, keys, structure) are each rejected or still re-prove. This is
 * the fast share (the smallest witnesses, plus the depth-16 witness for the
 * mutations refused before any algebra); the bulk (≥ 1,000 mutations over
 * every committed witness) is test/oracle/witnessMutations.oracle.test.ts.
 */
import fc from 'fast-check';
import { readFileSync } from 'fs';
import { describe, expect, it } from 'vitest';
import { assertMutationHandled, committedWitnessFiles, mutate, mutationDraws } from '../support/witnessMutations';

const smallest = committedWitnessFiles().slice(0, 6).map((f) => JSON.parse(readFileSync(f, 'utf8')));

describe('mutated committed witnesses are rejected or still re-prove', () => {
  it('draws every kind of mutation and every expectation', () => {
    const names = new Set(fc.sample(mutationDraws, { numRuns: 400, seed: 1 }).map((d) => mutate(smallest[5], d)).map((m) => `${m.name.split(' ')[0]}:${m.expect}`));
    for (const kind of ['reorder:proves', 'equal-fraction:proves', 'claim:rejected', 'duplicate-key:refused', 'unknown-field:refused', 'missing-field:refused', 'wrong-type:refused', 'bad-number:refused', 'bad-rational:refused', 'entry:either', 'condition:either']) {
      expect(names, kind).toContain(kind);
    }
  });

  it('200 random mutations of the six smallest witnesses', () => {
    fc.assert(
      fc.property(fc.nat({ max: smallest.length - 1 }), mutationDraws, (i, draws) => assertMutationHandled(mutate(smallest[i], draws))),
      { numRuns: 200, seed: 9 },
    );
  });

  it('every mutation kind on the depth-16 witness that the parser must refuse', () => {
    const w = JSON.parse(readFileSync('proofs/depth16-width2.witness.json', 'utf8'));
    fc.assert(
      fc.property(mutationDraws, (draws) => {
        const m = mutate(w, draws);
        fc.pre(m.expect === 'refused');
        assertMutationHandled(m);
      }),
      { numRuns: 40, seed: 16 },
    );
  });
});
