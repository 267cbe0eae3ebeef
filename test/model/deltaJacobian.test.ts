import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matEq } from '../../src/algebra/matrix';
import { polyEvaluate, polyPartial, polySub } from '../../src/algebra/polynomial';
import { polyMatMul, polyMatTranspose } from '../../src/algebra/polynomialMatrix';
import { DEFAULT_PRIMES } from '../../src/algebra/primeField';
import { rankModP } from '../../src/algebra/rankModP';
import { rankOverQ } from '../../src/algebra/rankOverQ';
import { QQ } from '../../src/algebra/rationalField';
import { architecture, deltaCodomainDimension, parameterCount } from '../../src/model/architecture';
import { deltaDifferential } from '../../src/model/deltaDifferential';
import { deltaJacobian } from '../../src/model/deltaJacobian';
import { deltaCoordinates, deltaMap } from '../../src/model/deltaMap';
import { flattenPoint, pointFromStrings } from '../../src/model/networkPoint';
import { RR } from '../../src/numeric/floatField';
import {
  arbArchitecture, arbSeed, randomFloatPoint, randomIntegerMatrix, randomPoint, Rng, symbolicNetwork,
} from '../support/network';

const P = DEFAULT_PRIMES[0];

/** δ's generic ranks (MATH §2, Marcotte–Gribonval–Peyré counts). */
const GENERIC_RANKS: readonly [number[], number][] = [
  [[2, 2, 2], 3],
  [[2, 3, 2], 6],
  [[1, 3, 1], 5],
  [[2, 3, 3, 2], 12],
  [[3, 4, 5, 2], 25],
];

describe('deltaJacobian: generic ranks (MATH §2)', () => {
  for (const [ws, expected] of GENERIC_RANKS) {
    it(`rank of dδ at a random integer point of widths (${ws.join(',')}) is ${expected}, mod p and over Q`, () => {
      const arch = architecture(ws);
      const rng = new Rng(20_000 + ws.reduce((a, b) => 10 * a + b, 0));
      // large integer entries: a random point is generic with overwhelming probability
      const point = ws.slice(1).map((d, i) => randomIntegerMatrix(rng, d, ws[i], 1_000_000));
      const J = deltaJacobian(QQ, point);
      expect(J.length).toBe(deltaCodomainDimension(arch));
      expect(J[0].length).toBe(parameterCount(arch));
      expect(rankModP(J, P).rank).toBe(expected);
      // over Q the rank can only be ≥ the rank mod p; equality pins it
      expect(rankOverQ(J)).toBe(expected);
      // and at a second, independent point with small entries
      const J2 = deltaJacobian(QQ, randomPoint(arch, new Rng(7 + expected)));
      expect(rankOverQ(J2)).toBe(expected);
    });
  }

  it('(1,3,1) has a rank drop because Δ_1 = w₂w₂ᵀ − w₁w₁ᵀ has det 0: dδ never reaches dim Sym(3) = 6', () => {
    const arch = architecture([1, 3, 1]);
    for (let s = 0; s < 5; s++) expect(rankOverQ(deltaJacobian(QQ, randomPoint(arch, new Rng(300 + s))))).toBeLessThanOrEqual(5);
  });

  it('pins a tiny Jacobian by hand: widths (1,1,1), δ = w₂² − w₁², dδ = (−2w₁, 2w₂)', () => {
    const W = pointFromStrings(QQ, [[['3']], [['-1/2']]]);
    expect(deltaJacobian(QQ, W).map((r) => r.map(QQ.toString))).toEqual([['-6', '-1']]);
    expect(deltaCoordinates(QQ, deltaMap(QQ, W)).map(QQ.toString)).toEqual(['-35/4']);
  });
});

describe('deltaJacobian: agreement with finite differences of δ in floats', () => {
  it('dδ (RR) equals central differences of deltaMap (relative error < 1e-6)', () => {
    fc.assert(
      fc.property(arbArchitecture(2, 4, 3), arbSeed, (arch, seed) => {
        const rng = new Rng(seed);
        const point = randomFloatPoint(arch, rng);
        const J = deltaJacobian(RR, point);
        const flat = flattenPoint(point);
        const h = 1e-4;
        const unflatten = (v: number[]): number[][][] => {
          let o = 0;
          return point.map((W) => W.map((row) => row.map(() => v[o++])));
        };
        const f = (v: number[]): number[] => deltaCoordinates(RR, deltaMap(RR, unflatten(v)));
        let maxErr = 0;
        let scale = 0;
        for (let p = 0; p < flat.length; p++) {
          const plus = [...flat];
          const minus = [...flat];
          plus[p] += h;
          minus[p] -= h;
          const fp = f(plus);
          const fm = f(minus);
          for (let r = 0; r < fp.length; r++) {
            const fd = (fp[r] - fm[r]) / (2 * h);
            maxErr = Math.max(maxErr, Math.abs(fd - J[r][p]));
            scale = Math.max(scale, Math.abs(J[r][p]));
          }
        }
        expect(maxErr).toBeLessThan(1e-6 * Math.max(1, scale));
      }),
      { seed: 2201, numRuns: 60 },
    );
  });
});

describe('deltaJacobian: exact agreement with the symbolic Jacobian of δ', () => {
  it('deltaJacobian(QQ, W) = (∂δ_r/∂w_p)(W) with δ built from polynomials, at random rational points', () => {
    fc.assert(
      fc.property(arbArchitecture(2, 4, 3), arbSeed, (arch, seed) => {
        const { ring, W } = symbolicNetwork(arch);
        const deltas = [];
        for (let i = 1; i < arch.depth; i++) {
          deltas.push(
            polyMatMul(ring, polyMatTranspose(W[i]), W[i]).map((row, a) =>
              row.map((x, b) => polySub(x, polyMatMul(ring, W[i - 1], polyMatTranspose(W[i - 1]))[a][b])),
            ),
          );
        }
        const coords = deltas.flatMap((D) => D.flatMap((row, a) => row.filter((_, b) => b >= a)));
        const point = randomPoint(arch, new Rng(seed));
        const values = flattenPoint(point);
        const symbolic = coords.map((poly) => values.map((_, p) => polyEvaluate(polyPartial(poly, p), values)));
        expect(matEq(QQ, deltaJacobian(QQ, point), symbolic)).toBe(true);
        // and δ itself agrees with the symbolic δ
        expect(deltaCoordinates(QQ, deltaMap(QQ, point)).map(QQ.toString)).toEqual(coords.map((c) => QQ.toString(polyEvaluate(c, values))));
      }),
      { seed: 2202, numRuns: 40 },
    );
  });

  it('deltaDifferential is the Jacobian applied to the tangent vector (linearity in dW)', () => {
    fc.assert(
      fc.property(arbArchitecture(2, 4, 3), arbSeed, (arch, seed) => {
        const rng = new Rng(seed);
        const point = randomPoint(arch, rng);
        const tangent = randomPoint(arch, rng);
        const J = deltaJacobian(QQ, point);
        const t = flattenPoint(tangent);
        const Jt = J.map((row) => row.reduce((s, x, p) => QQ.add(s, QQ.mul(x, t[p])), QQ.zero));
        expect(matEq(QQ, [deltaDifferential(QQ, point, tangent)], [Jt])).toBe(true);
      }),
      { seed: 2203, numRuns: 40 },
    );
  });
});
