import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matIsZero } from '../../src/algebra/matrix';
import { QQ } from '../../src/algebra/rationalField';
import { layerProduct } from '../../src/model/layerProduct';
import { degenerates, maximalDecompositions } from '../../src/quiver/degenerationOrder';
import { decompositionOfPoint } from '../../src/quiver/decompositionOfPoint';
import { enumerateDecompositions } from '../../src/quiver/enumerateDecompositions';
import {
  decompositionToString, dimensionVector, intervalDecomposition, type IntervalDecomposition, orbitDimension, productRank,
} from '../../src/quiver/intervalDecomposition';
import { normalForm } from '../../src/quiver/normalForm';
import { randomDecomposition } from '../../src/quiver/randomDecomposition';
import { arbSeed, randomIntegerMatrix, Rng } from '../support/network';

/** Independent brute force: all multisets of intervals of 0..N with dimension vector `widths`, as canonical strings. */
function bruteForce(widths: readonly number[], conditions: readonly (readonly number[])[]): string[] {
  const N = widths.length - 1;
  const intervals: [number, number][] = [];
  for (let s = 0; s <= N; s++) for (let t = s; t <= N; t++) intervals.push([s, t]);
  const out: string[] = [];
  const rest = [...widths];
  const chosen: [number, number][] = [];
  const rec = (i: number): void => {
    if (i === intervals.length) {
      if (rest.every((x) => x === 0)) {
        const dec = intervalDecomposition(N, chosen);
        if (conditions.every(([a, b]) => productRank(dec, a, b) === 0)) out.push(decompositionToString(dec));
      }
      return;
    }
    const [s, t] = intervals[i];
    let cap = Infinity;
    for (let v = s; v <= t; v++) cap = Math.min(cap, rest[v]);
    // intervals are visited sorted by start: vertex s must be filled by intervals starting at s or earlier
    for (let m = 0; m <= cap; m++) {
      for (let v = s; v <= t; v++) rest[v] -= m;
      for (let c = 0; c < m; c++) chosen.push([s, t]);
      rec(i + 1);
      for (let c = 0; c < m; c++) chosen.pop();
      for (let v = s; v <= t; v++) rest[v] += m;
    }
  };
  rec(0);
  return out.sort();
}

const arbWidths = fc.array(fc.integer({ min: 1, max: 2 }), { minLength: 2, maxLength: 5 });
const arbWindows = (N: number): fc.Arbitrary<number[][]> =>
  fc.array(
    fc.tuple(fc.integer({ min: 1, max: N }), fc.integer({ min: 1, max: N })).map(([a, b]) => [Math.min(a, b), Math.max(a, b)]),
    { maxLength: 3 },
  );

describe('enumerateDecompositions: counts and completeness', () => {
  it('pins small counts: (1,1,1) → 4, with W_2W_1 = 0 → 3; all-ones of depth N → 2^N', () => {
    expect([...enumerateDecompositions([1, 1, 1], [])].length).toBe(4);
    expect([...enumerateDecompositions([1, 1, 1], [[1, 2]])].map(decompositionToString).sort()).toEqual(
      ['[0,0]+[1,1]+[2,2]', '[0,0]+[1,2]', '[0,1]+[2,2]'],
    );
    for (let N = 1; N <= 8; N++) expect([...enumerateDecompositions(new Array(N + 1).fill(1), [])].length).toBe(2 ** N);
    // (2,2): the pairs of intervals covering 0 twice and 1 twice: rank of W_1 ∈ {0,1,2}
    expect([...enumerateDecompositions([2, 2], [])].length).toBe(3);
    // W_1 = 0 forces every vertex to be a singleton
    expect([...enumerateDecompositions([2, 3, 1], [[1, 1], [2, 2]])].map(decompositionToString)).toEqual(['[0,0]+[0,0]+[1,1]+[1,1]+[1,1]+[2,2]']);
  });

  it('equals an independent brute-force enumeration (same set, no duplicates, right dimension vector, windows respected)', () => {
    fc.assert(
      fc.property(arbWidths.chain((ws) => fc.tuple(fc.constant(ws), arbWindows(ws.length - 1))), ([ws, conditions]) => {
        const list = [...enumerateDecompositions(ws, conditions)];
        const names = list.map(decompositionToString);
        expect(new Set(names).size).toBe(names.length);
        for (const dec of list) {
          expect(dimensionVector(dec)).toEqual(ws);
          for (const [a, b] of conditions) expect(productRank(dec, a, b)).toBe(0);
        }
        expect([...names].sort()).toEqual(bruteForce(ws, conditions));
      }),
      { seed: 6601, numRuns: 150 },
    );
  });

  it('randomDecomposition always lands in the enumerated family (dimension vector and windows)', () => {
    fc.assert(
      fc.property(arbWidths.chain((ws) => fc.tuple(fc.constant(ws), arbWindows(ws.length - 1))), arbSeed, ([ws, conditions], seed) => {
        const family = new Set([...enumerateDecompositions(ws, conditions)].map(decompositionToString));
        const rng = new Rng(seed);
        for (let i = 0; i < 5; i++) expect(family.has(decompositionToString(randomDecomposition(ws, conditions, rng)))).toBe(true);
      }),
      { seed: 6602, numRuns: 100 },
    );
  });
});

describe('degeneration order and maximal decompositions', () => {
  const zeroOrbit = (ws: readonly number[]): IntervalDecomposition =>
    intervalDecomposition(ws.length - 1, ws.flatMap((d, v) => new Array(d).fill([v, v])));

  it('the W = 0 orbit lies below every orbit; it is maximal only when it is alone', () => {
    fc.assert(
      fc.property(arbWidths, (ws) => {
        const all = [...enumerateDecompositions(ws, [])];
        const zero = zeroOrbit(ws);
        expect(all.map(decompositionToString)).toContain(decompositionToString(zero));
        for (const dec of all) expect(degenerates(zero, dec)).toBe(true);
        expect(orbitDimension(zero)).toBe(0);
        const maximal = maximalDecompositions(all).map(decompositionToString);
        expect(maximal.includes(decompositionToString(zero))).toBe(all.length === 1);
      }),
      { seed: 6603, numRuns: 50 },
    );
  });

  it('without conditions there is exactly one maximal orbit: the generic one (the orbit of a random point), of largest dimension', () => {
    fc.assert(
      fc.property(arbWidths, arbSeed, (ws, seed) => {
        const all = [...enumerateDecompositions(ws, [])];
        const max = maximalDecompositions(all);
        expect(max.length).toBe(1);
        const rng = new Rng(seed);
        const generic = decompositionOfPoint(ws.slice(1).map((d, i) => randomIntegerMatrix(rng, d, ws[i], 1_000_000)));
        expect(decompositionToString(max[0])).toBe(decompositionToString(generic));
        expect(orbitDimension(max[0])).toBe(Math.max(...all.map(orbitDimension)));
      }),
      { seed: 6604, numRuns: 50 },
    );
  });

  it('degenerates is a partial order compatible with orbit dimension; maximal members are exactly the undominated ones', () => {
    fc.assert(
      fc.property(arbWidths.chain((ws) => fc.tuple(fc.constant(ws), arbWindows(ws.length - 1))), ([ws, conditions]) => {
        const family = [...enumerateDecompositions(ws, conditions)];
        for (const x of family) {
          expect(degenerates(x, x)).toBe(true);
          for (const y of family) {
            if (x === y) continue;
            // ranks determine the decomposition: antisymmetry
            expect(degenerates(x, y) && degenerates(y, x)).toBe(false);
            // a proper degeneration has strictly smaller orbit dimension
            if (degenerates(x, y)) expect(orbitDimension(x)).toBeLessThan(orbitDimension(y));
          }
        }
        const max = new Set(maximalDecompositions(family));
        expect(max.size).toBeGreaterThan(0);
        for (const x of family) {
          const dominated = family.some((y) => y !== x && degenerates(x, y));
          expect(max.has(x)).toBe(!dominated);
        }
      }),
      { seed: 6605, numRuns: 80 },
    );
  });

  it('pins maximal orbits of a constrained family: widths (1,1,1,1) with W_3W_2 = 0', () => {
    const family = [...enumerateDecompositions([1, 1, 1, 1], [[2, 3]])];
    expect(family.length).toBe(6);
    expect(maximalDecompositions(family).map(decompositionToString).sort()).toEqual(['[0,1]+[2,3]', '[0,2]+[3,3]']);
    // the normal forms of the maximal orbits satisfy W_3 W_2 = 0 but W_2 W_1 ≠ 0 or W_3 ≠ 0
    for (const dec of maximalDecompositions(family)) {
      const W = normalForm(QQ, dec);
      expect(matIsZero(QQ, layerProduct(QQ, W, 2, 3))).toBe(true);
      expect(matIsZero(QQ, layerProduct(QQ, W, 1, 2)) && matIsZero(QQ, W[2])).toBe(false);
    }
  });
});
