import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PRIMES } from '../../src/algebra/primeField';
import { rankModP } from '../../src/algebra/rankModP';
import { rankOverQ } from '../../src/algebra/rankOverQ';
import { QQ } from '../../src/algebra/rationalField';
import { ArgumentError } from '../../src/errors';
import { layerProduct } from '../../src/model/layerProduct';
import { flattenPoint } from '../../src/model/networkPoint';
import { decompositionOfPoint } from '../../src/quiver/decompositionOfPoint';
import {
  decompositionToString, dimensionVector, intervalDecomposition, type IntervalDecomposition, orbitDimension, productRank,
} from '../../src/quiver/intervalDecomposition';
import { normalForm } from '../../src/quiver/normalForm';
import { orbitPoint } from '../../src/quiver/orbitPoint';
import { orbitTangent, orbitTangentBasis } from '../../src/quiver/orbitTangent';
import { arbSeed, randomRationalMatrix, Rng } from '../support/network';

const P = DEFAULT_PRIMES[0];

/** Random multisets of intervals on 0..N (every vertex covered at least once, so all d_v ≥ 1). */
const arbDecomposition: fc.Arbitrary<IntervalDecomposition> = fc
  .integer({ min: 1, max: 5 })
  .chain((N) =>
    fc
      .array(
        fc.tuple(fc.integer({ min: 0, max: N }), fc.integer({ min: 0, max: N })).map(([a, b]) => [Math.min(a, b), Math.max(a, b)]),
        { minLength: 0, maxLength: 7 },
      )
      .map((ivs) => {
        const covered = new Array<boolean>(N + 1).fill(false);
        for (const [s, t] of ivs) for (let v = s; v <= t; v++) covered[v] = true;
        const fill = covered.flatMap((c, v) => (c ? [] : [[v, v]]));
        return intervalDecomposition(N, [...ivs, ...fill]);
      }),
  );

describe('intervalDecomposition: orbit points realise the decomposition', () => {
  it('at a random orbit point, rank(W_b⋯W_a) over Q = productRank for every window, and shapes follow dimensionVector', () => {
    fc.assert(
      fc.property(arbDecomposition, arbSeed, (dec, seed) => {
        const { point, gauge } = orbitPoint(dec, new Rng(seed));
        const d = dimensionVector(dec);
        expect(point.length).toBe(dec.depth);
        expect(gauge.map((g) => g.length)).toEqual(d);
        point.forEach((W, i) => {
          expect(W.length).toBe(d[i + 1]);
          W.forEach((row) => expect(row.length).toBe(d[i]));
        });
        for (let a = 1; a <= dec.depth; a++) {
          expect(productRank(dec, a, a - 1)).toBe(d[a - 1]);
          for (let b = a; b <= dec.depth; b++) expect(rankOverQ(layerProduct(QQ, point, a, b))).toBe(productRank(dec, a, b));
        }
      }),
      { seed: 5501, numRuns: 120 },
    );
  });

  it('decompositionOfPoint recovers the decomposition from an orbit point (and from the normal form)', () => {
    fc.assert(
      fc.property(arbDecomposition, arbSeed, (dec, seed) => {
        const { point } = orbitPoint(dec, new Rng(seed));
        expect(decompositionOfPoint(point)).toEqual(dec);
        expect(decompositionOfPoint(normalForm(QQ, dec))).toEqual(dec);
      }),
      { seed: 5502, numRuns: 120 },
    );
  });

  it('decompositionOfPoint of an arbitrary rational point has the point’s dimension vector and ranks', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 3, maxLength: 5 }), arbSeed, fc.integer({ min: 0, max: 3 }), (ws, seed, sparsity) => {
        const rng = new Rng(seed);
        // sparse low-rank-ish entries so that many ranks drop
        const point = ws.slice(1).map((dv, i) =>
          randomRationalMatrix(rng, dv, ws[i], 2, 1).map((row) => row.map((x) => (rng.int(0, 3) < sparsity ? QQ.zero : x))),
        );
        const dec = decompositionOfPoint(point);
        expect(dimensionVector(dec)).toEqual(ws);
        for (let a = 1; a < ws.length; a++) {
          for (let b = a; b < ws.length; b++) expect(productRank(dec, a, b)).toBe(rankOverQ(layerProduct(QQ, point, a, b)));
        }
      }),
      { seed: 5503, numRuns: 150 },
    );
  });

  it('orbitDimension = exact rank (mod p) of the orbit tangent map T_W at an orbit point', () => {
    fc.assert(
      fc.property(arbDecomposition, arbSeed, (dec, seed) => {
        const { point } = orbitPoint(dec, new Rng(seed));
        const vectors = orbitTangentBasis(QQ, point).map((t) => flattenPoint(t));
        const d = dimensionVector(dec);
        expect(vectors.length).toBe(d.reduce((s, x) => s + x * x, 0));
        // the orbit is homogeneous: the tangent rank is the orbit dimension at every orbit point
        expect(rankModP(vectors, P).rank).toBe(orbitDimension(dec));
        expect(rankOverQ(vectors)).toBe(orbitDimension(dec));
      }),
      { seed: 5504, numRuns: 100 },
    );
  });

  it('orbitTangent(ξ) is the combination Σ ξ_v[a][b] · orbitTangentBasis (linearity)', () => {
    fc.assert(
      fc.property(arbDecomposition, arbSeed, (dec, seed) => {
        const rng = new Rng(seed);
        const { point } = orbitPoint(dec, rng);
        const d = dimensionVector(dec);
        const xi = d.map((n) => randomRationalMatrix(rng, n, n));
        const coefficients = xi.flatMap((M) => M.flat());
        const basis = orbitTangentBasis(QQ, point).map((t) => flattenPoint(t));
        const combo = basis[0]?.map((_, p) => basis.reduce((s, v, i) => QQ.add(s, QQ.mul(coefficients[i], v[p])), QQ.zero)) ?? [];
        expect(flattenPoint(orbitTangent(QQ, point, xi)).map(QQ.toString)).toEqual(combo.map(QQ.toString));
      }),
      { seed: 5505, numRuns: 60 },
    );
  });
});

describe('intervalDecomposition: small facts', () => {
  it('pins the normal form of [0,1]+[1,2]+[1,1]+[0,2] (basis at each vertex in interval order)', () => {
    const dec = intervalDecomposition(2, [[1, 2], [0, 1], [0, 2], [1, 1]]);
    expect(decompositionToString(dec)).toBe('[0,1]+[0,2]+[1,1]+[1,2]');
    expect(dimensionVector(dec)).toEqual([2, 4, 2]);
    const W = normalForm(QQ, dec).map((M) => M.map((r) => r.map(QQ.toString)));
    // vertex 0: [0,1],[0,2]; vertex 1: [0,1],[0,2],[1,1],[1,2]; vertex 2: [0,2],[1,2]
    expect(W[0]).toEqual([['1', '0'], ['0', '1'], ['0', '0'], ['0', '0']]);
    expect(W[1]).toEqual([['0', '1', '0', '0'], ['0', '0', '0', '1']]);
    expect(productRank(dec, 1, 2)).toBe(1);
    // dim End = Σ Hom([s,t],[s',t']) (= 1 iff s' ≤ s ≤ t' ≤ t) = 1 + 2 + 2 + 4 (from [0,1],[0,2],[1,1],[1,2])
    expect(orbitDimension(dec)).toBe(4 + 16 + 4 - 9);
    expect(rankOverQ(orbitTangentBasis(QQ, normalForm(QQ, dec)).map((t) => flattenPoint(t)))).toBe(15);
  });

  it('orbitDimension pins: the zero orbit has dimension 0, the generic orbit of (1,1,1) has dimension 2', () => {
    expect(orbitDimension(intervalDecomposition(3, [[0, 0], [1, 1], [2, 2], [3, 3], [1, 1]]))).toBe(0);
    expect(orbitDimension(intervalDecomposition(2, [[0, 2]]))).toBe(2);
    expect(orbitDimension(intervalDecomposition(2, [[0, 1], [1, 2]]))).toBe(1 + 4 + 1 - 3);
  });

  it('refuses malformed intervals and windows, naming them', () => {
    expect(() => intervalDecomposition(2, [[1, 0]])).toThrow(/^intervalDecomposition: intervals\[0\]/);
    expect(() => intervalDecomposition(2, [[0, 3]])).toThrow(ArgumentError);
    expect(() => intervalDecomposition(0, [])).toThrow(/^intervalDecomposition: depth/);
    const dec = intervalDecomposition(2, [[0, 2]]);
    expect(() => productRank(dec, 0, 1)).toThrow(/^productRank: a/);
    expect(() => productRank(dec, 2, 0)).toThrow(/^productRank: b/);
  });
});

describe('productRank (cached table)', () => {
  it('equals the count #{[s,t] : s <= a-1, t >= b} for every a, b', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 7 }), fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 12 }), (N, raw) => {
        const intervals = raw.map(([x, y]) => {
          const s = x % (N + 1);
          return [s, s + (y % (N + 1 - s))];
        });
        const dec = intervalDecomposition(N, intervals);
        for (let a = 1; a <= N + 1; a++) {
          for (let b = a - 1; b <= N; b++) {
            expect(productRank(dec, a, b)).toBe(intervals.filter(([s, t]) => s <= a - 1 && t >= b).length);
          }
        }
      }),
      { seed: 7026, numRuns: 200 },
    );
  });
});
