import { describe, expect, it } from 'vitest';
import { ArgumentError } from '../../src/errors';
import { uniformArchitecture, architecture } from '../../src/model/architecture';
import { checkWitness } from '../../src/witness/checkWitness';
import { findCounterexample } from '../../src/witness/findCounterexample';
import { talkConditions } from '../../src/witness/talkConditions';

describe('findCounterexample', () => {
  it('finds the depth-16 width-2 counterexample on the talk\'s A, and the fresh witness checks', () => {
    const r = findCounterexample(uniformArchitecture(16, 2), { seed: 7 });
    expect(r.status).toBe('found');
    if (r.status !== 'found') return;
    expect(r.witness.claims).toEqual({ genericDimension: 45, restrictedDimension: 45, codomainDimension: 45 });
    expect(checkWitness(r.witness).ok).toBe(true);
    expect(r.witness.evidence?.seed).toBe(7);
  });

  it('is reproducible: the same seed gives the same witness', () => {
    const a = findCounterexample(uniformArchitecture(16, 1), { seed: 3 });
    const b = findCounterexample(uniformArchitecture(16, 1), { seed: 3 });
    expect(JSON.stringify(a)).toEqual(JSON.stringify({ ...b, seconds: (a as { seconds: number }).seconds }));
  });

  it('reports not-found with its evidence when the subvariety is too small (depth 4, width 2, W_1 = W_4 = W_3 W_2 = 0)', () => {
    const r = findCounterexample(uniformArchitecture(4, 2), { seed: 1, conditions: [[1, 1], [4, 4], [2, 3]] });
    expect(r.status).toBe('not-found');
    if (r.status !== 'not-found') return;
    expect(r.codomainDimension).toBe(9);
    expect(r.genericRankLowerBound).toBe(9);
    expect(r.bestRestrictedRank).toBeLessThan(9);
    expect(r.searched).toBe(r.total);
  });

  it('refuses conditions that do not imply A_H (the talk\'s pattern at depths 4 and 8)', () => {
    expect(() => findCounterexample(uniformArchitecture(4, 2))).toThrow(/condition 1 fails at k=2/);
    expect(() => findCounterexample(uniformArchitecture(8, 2))).toThrow(/condition 2 fails at \(k,j\)=\(2,6\)/);
    expect(() => findCounterexample(uniformArchitecture(8, 2), { conditions: [[2, 4]] })).toThrow(ArgumentError);
    expect(() => findCounterexample(uniformArchitecture(8, 2), { conditions: [[2, 4]] })).toThrow(/^findCounterexample: conditions/);
  });

  it('talkConditions follows MATH §3.2', () => {
    expect(talkConditions(16)).toEqual([[2, 4], [6, 8], [10, 12], [14, 16]]);
    expect(() => talkConditions(3)).toThrow(/^talkConditions: depth = 3/);
  });

  it('works for non-uniform widths', () => {
    const r = findCounterexample(architecture([1, 2, 2, 2, 1]), { seed: 1, conditions: [[1, 1], [4, 4], [2, 3]] });
    expect(r.status).toBe('not-found'); // the trace lemma: W_1 = W_4 = 0 forces tr Δ_1 + tr Δ_2 + tr Δ_3 = 0
  });
});
