/**
 * Issue #9 item 3, the bulk: 1,200 random mutations over every committed
 * witness (entries, claims, conditions, keys, structure); each must be
 * rejected or still re-prove (test/support/witnessMutations.ts states the
 * law per kind). Pure TypeScript; in the oracle suite only because it takes
 * about a minute.
 */
import fc from 'fast-check';
import { readFileSync } from 'fs';
import { describe, expect, it } from 'vitest';
import { assertMutationHandled, committedWitnessFiles, mutate, mutationDraws } from '../support/witnessMutations';

const files = committedWitnessFiles();
const witnesses = files.map((f) => JSON.parse(readFileSync(f, 'utf8')));

describe('mutated committed witnesses are rejected or still re-prove (bulk)', () => {
  it('covers every committed witness', () => {
    expect(files.length).toBeGreaterThan(100);
  });
  it('1,200 random mutations', () => {
    fc.assert(
      fc.property(fc.nat({ max: witnesses.length - 1 }), mutationDraws, (i, draws) => assertMutationHandled(mutate(witnesses[i], draws))),
      { numRuns: 1200, seed: 2026 },
    );
  });
});
