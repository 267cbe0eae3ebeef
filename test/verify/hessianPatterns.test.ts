import { describe, expect, it } from 'vitest';
import { enumerateDecompositions } from '../../src/quiver/enumerateDecompositions';
import { decompositionInHessianVariety } from '../../src/quiver/decompositionInHessianVariety';
import { productRank } from '../../src/quiver/intervalDecomposition';
import { hessianPatterns } from '../../src/verify/hessianPatterns';

describe('hessianPatterns: the data-independent A_H is the union of three-block patterns', () => {
  it('agrees with the theorem on every orbit, exhaustively, for all width profiles with d_i <= 2 up to depth 5', () => {
    let inside = 0;
    let outside = 0;
    for (let N = 2; N <= 5; N++) {
      const profiles: number[][] = [[]];
      for (let v = 0; v <= N; v++) profiles.splice(0, profiles.length, ...profiles.flatMap((p) => [[...p, 1], [...p, 2]]));
      for (const widths of profiles) {
        const patterns = hessianPatterns(N);
        for (const dec of enumerateDecompositions(widths, [])) {
          const byTheorem = decompositionInHessianVariety(dec).holds;
          const byPattern = patterns.some((p) => p.every(([a, b]) => productRank(dec, a, b) === 0));
          expect(byPattern, `${JSON.stringify(widths)} ${JSON.stringify(dec.intervals)}`).toBe(byTheorem);
          if (byTheorem) inside++;
          else outside++;
        }
      }
    }
    expect(inside).toBeGreaterThan(1000);
    expect(outside).toBeGreaterThan(1000);
  });

  it('counts C(N-1, 2) patterns and pins small depths', () => {
    expect(hessianPatterns(2)).toEqual([]);
    expect(hessianPatterns(3)).toEqual([[[1, 1], [2, 2], [3, 3]]]);
    for (let N = 2; N <= 20; N++) expect(hessianPatterns(N)).toHaveLength(((N - 1) * (N - 2)) / 2);
  });
});
