import { describe, expect, it } from 'vitest';
import { maximalDecompositions } from '../../src/quiver/degenerationOrder';
import { enumerateDecompositions } from '../../src/quiver/enumerateDecompositions';
import { decompositionToString, dimensionVector, productRank } from '../../src/quiver/intervalDecomposition';
import { blockComponents } from '../../src/verify/blockComponents';

const sorted = (xs: string[]): string[] => [...xs].sort();

describe('blockComponents', () => {
  it('the uniform-width cut formula equals the maximal orbits found by exhaustive enumeration', () => {
    for (const [w, maxM] of [[1, 6], [2, 5], [3, 3]] as const) {
      for (let m = 1; m <= maxM; m++) {
        const widths = new Array<number>(m + 1).fill(w);
        const brute = maximalDecompositions([...enumerateDecompositions(widths, [[1, m]])]).map(decompositionToString);
        expect(sorted(blockComponents(widths).map(decompositionToString)), `w=${w} m=${m}`).toEqual(sorted(brute));
      }
    }
  });

  it('counts C(m + w - 1, w) components for uniform width w', () => {
    const binom = (n: number, k: number): number => (k === 0 ? 1 : (binom(n - 1, k - 1) * n) / k);
    for (const w of [1, 2, 3, 4]) for (let m = 1; m <= 8; m++) expect(blockComponents(new Array(m + 1).fill(w)).length).toBe(binom(m + w - 1, w));
  });

  it('non-uniform profiles: every component kills the block product and has the right dimension vector', () => {
    for (const widths of [[1, 2, 1], [2, 3, 1, 2], [3, 1, 3], [1, 3, 2, 3]]) {
      const comps = blockComponents(widths);
      expect(comps.length).toBeGreaterThan(0);
      for (const c of comps) {
        expect(dimensionVector(c)).toEqual(widths);
        expect(productRank(c, 1, widths.length - 1)).toBe(0);
      }
    }
  });

  it('refuses a block without layers', () => {
    expect(() => blockComponents([2])).toThrow(/^blockComponents: widths/);
  });
});

describe('blockComponents size guard', () => {
  it('refuses (before enumerating) uniform blocks with more than maxOrbits components, naming the count', () => {
    expect(() => blockComponents(new Array(63).fill(8))).toThrow(/^blockComponents: orbit count = "8\.36e\+9 for 62 layers of width 8"/);
    expect(blockComponents(new Array(17).fill(2)).length).toBe(136); // C(16 + 1, 2)
  });
});
