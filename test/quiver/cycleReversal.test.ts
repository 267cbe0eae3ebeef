/**
 * The reversal symmetry (widths reversed, arrows transposed): an involution
 * that reverses dimension vectors, maps path ranks to path ranks, A_H and its
 * data-dependent part to themselves, preserves H-orbit dimensions and the
 * moves' order — and, at generic data, the restricted dimension.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { architecture } from '../../src/model/architecture';
import { cycleDegenerates } from '../../src/quiver/cycleDegeneration';
import { stabilizerOrbitDimension } from '../../src/quiver/cycleOrbitDimension';
import { isReversalRepresentative, reverseCycleStrings } from '../../src/quiver/cycleReversal';
import { cycleDimensionVector, cyclePathRank, cycleStringDecomposition, cycleStringsToString } from '../../src/quiver/cycleString';
import { cycleStringInHessianVariety } from '../../src/quiver/cycleStringInHessianVariety';
import { enumerateCycleStrings } from '../../src/quiver/enumerateCycleStrings';
import { restrictedRankWithData } from '../../src/verify/dataDependentComponents';
import { Rng } from '../../src/random';

const arbWidths = fc.array(fc.integer({ min: 1, max: 2 }), { minLength: 3, maxLength: 6 });

describe('reverseCycleStrings', () => {
  it('pins one example: [1,2,3]+[2,3,4,5]+[5,0] of (1,1,2,2,1,2) becomes [0,1,2,3]+[2,3,4]+[5,0] of (2,1,2,2,1,1)', () => {
    const dec = cycleStringDecomposition(5, [[1, 3], [2, 4], [5, 2]]);
    const rev = reverseCycleStrings(dec);
    expect(cycleStringsToString(rev)).toBe('[0,1,2,3]+[2,3,4]+[5,0]');
    expect(cycleDimensionVector(rev)).toEqual([2, 1, 2, 2, 1, 1]);
    expect(isReversalRepresentative(dec)).not.toBe(isReversalRepresentative(rev));
  });

  it('is an involution reversing the dimension vector and path ranks, preserving A_H, its data-dependent part and H-orbit dimensions', () => {
    fc.assert(
      fc.property(arbWidths, fc.integer({ min: 0, max: 10_000 }), (ws, pick) => {
        const N = ws.length - 1;
        const all = [...enumerateCycleStrings(ws, { forbidden: [[0, N - 1], [1, N - 1]] })];
        const dec = all[pick % all.length];
        const rev = reverseCycleStrings(dec);
        expect(cycleStringsToString(reverseCycleStrings(rev))).toBe(cycleStringsToString(dec));
        expect(cycleDimensionVector(rev)).toEqual([...cycleDimensionVector(dec)].reverse());
        // the path of `a` arrows from u ends at u + a; reversed it starts at N − (u + a)
        for (let u = 0; u <= N; u++) for (let a = 0; a <= 2 * N; a++) expect(cyclePathRank(rev, (((N - u - a) % (N + 1)) + N + 1) % (N + 1), a)).toBe(cyclePathRank(dec, u, a));
        const h = cycleStringInHessianVariety(dec);
        const hr = cycleStringInHessianVariety(rev);
        expect([hr.holds, hr.dataIndependent]).toEqual([h.holds, h.dataIndependent]);
        expect(stabilizerOrbitDimension(rev)).toBe(stabilizerOrbitDimension(dec));
      }),
      { seed: 1207, numRuns: 60 },
    );
  });

  it('preserves the degeneration moves both ways (width 2, depth 3, every pair)', () => {
    const all = [...enumerateCycleStrings([2, 2, 2, 2])];
    let pairs = 0;
    for (const x of all) {
      for (const y of all) {
        if (x === y || !cycleDegenerates(x, y)) continue;
        pairs++;
        expect(cycleDegenerates(reverseCycleStrings(x), reverseCycleStrings(y))).toBe(true);
      }
    }
    expect(pairs).toBeGreaterThan(20);
  });

  it('at random (generic) data the restricted rank of an orbit equals that of its reversal', () => {
    const arch = architecture([2, 2, 2, 2, 2, 2]);
    const some = [...enumerateCycleStrings(arch.widths, { forbidden: [[0, 4], [1, 4]] })].filter((d) => cycleStringInHessianVariety(d).holds).filter((_, i) => i % 12 === 0);
    expect(some.length).toBeGreaterThan(3);
    for (const [i, dec] of some.entries()) {
      const a = restrictedRankWithData(arch, dec, undefined, new Rng(1300 + i)).rank;
      const b = restrictedRankWithData(arch, reverseCycleStrings(dec), undefined, new Rng(1400 + i)).rank;
      expect(b, cycleStringsToString(dec)).toBe(a);
    }
  });
});
