import { describe, expect, it } from 'vitest';
import { architecture, uniformArchitecture } from '../../src/model/architecture';
import { checkWitness } from '../../src/witness/checkWitness';
import { genericDimension, determinantalBound } from '../../src/verify/genericDimension';
import { searchMinimalDepth } from '../../src/verify/searchMinimalDepth';
import { verifyArchitecture } from '../../src/verify/verifyArchitecture';

describe('verifyArchitecture (data-independent part of A_H)', () => {
  it('width 2: depths 4..7 hold with restricted dimensions 5, 9, 13, 17 below G = 9, 12, 15, 18', () => {
    const rows = [4, 5, 6, 7].map((N) => {
      const r = verifyArchitecture(uniformArchitecture(N, 2), { seed: 2 });
      expect(r.restrictedDimension.failureProbability).toBeLessThan(1e-9);
      return [N, r.verdict, r.restrictedDimension.upperBound, r.genericDimension.value, r.genericDimension.exact];
    });
    expect(rows).toEqual([[4, 'holds', 5, 9, true], [5, 'holds', 9, 12, true], [6, 'holds', 13, 15, true], [7, 'holds', 17, 18, true]]);
  });

  it('width 2, depth 8 fails, and the witness it returns checks independently', () => {
    const r = verifyArchitecture(uniformArchitecture(8, 2), { seed: 3 });
    expect([r.verdict, r.restrictedDimension.lowerBound, r.genericDimension.value]).toEqual(['fails', 21, 21]);
    expect(r.witness).not.toBeNull();
    expect(checkWitness(r.witness).ok).toBe(true);
  });

  it('depth 2: A_H is empty; depth 3: only W = 0', () => {
    const two = verifyArchitecture(architecture([3, 2, 1]));
    expect([two.verdict, two.hessianVarietyEmpty, two.orbitCount]).toEqual(['holds', true, 0]);
    const three = verifyArchitecture(uniformArchitecture(3, 2));
    expect([three.verdict, three.restrictedDimension.upperBound]).toEqual(['holds', 0]);
  });

  it('genericDimension pins the numbers of MATH §2 exactly, including the bottleneck (1,3,1)', () => {
    const cases: [number[], number][] = [[[2, 2, 2], 3], [[2, 3, 2], 6], [[1, 3, 1], 5], [[2, 3, 3, 2], 12], [[3, 4, 5, 2], 25]];
    for (const [w, G] of cases) expect([w, genericDimension(architecture(w)).value, genericDimension(architecture(w)).exact]).toEqual([w, G, true]);
    expect(determinantalBound(architecture([1, 3, 1]))).toBe(5);
  });

  it('searchMinimalDepth: width 1 never fails (trace lemma), width 2 first fails at depth 8', () => {
    const one = searchMinimalDepth(1, 9);
    expect([one.minimalDepth, one.smallerDepthsHold]).toEqual([null, true]);
    const two = searchMinimalDepth(2, 10, { seed: 1 });
    expect([two.minimalDepth, two.smallerDepthsHold, two.depths.length]).toEqual([8, true, 7]);
    expect(checkWitness(two.witness).ok).toBe(true);
  });
});
