import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matEq, matFromStrings, matTranspose } from '../../src/algebra/matrix';
import { type Polynomial, polyEvaluate, polyMul, polyPartial, polySub, polySum } from '../../src/algebra/polynomial';
import { polyMatFromConstants, polyMatMul } from '../../src/algebra/polynomialMatrix';
import type { Rational } from '../../src/algebra/rational';
import { QQ } from '../../src/algebra/rationalField';
import { ArgumentError } from '../../src/errors';
import { type Architecture, parameterCount } from '../../src/model/architecture';
import { loss } from '../../src/model/loss';
import { lossGradient } from '../../src/model/lossGradient';
import { lossHessian } from '../../src/model/lossHessian';
import { flattenPoint, pointFromStrings } from '../../src/model/networkPoint';
import { RR } from '../../src/numeric/floatField';
import {
  arbArchitecture, arbSeed, randomData, randomFloatPoint, randomPoint, randomRationalMatrix, Rng, symbolicNetwork, toFloatMatrix,
} from '../support/network';

/** L = ‖W_N⋯W_1 X − Y‖_F² as an exact polynomial in the weights (data are constants). */
function symbolicLoss(arch: Architecture, X: Rational[][], Y: Rational[][]): Polynomial<Rational> {
  const { ring, W } = symbolicNetwork(arch);
  let P = polyMatFromConstants(ring, X);
  for (const Wi of W) P = polyMatMul(ring, Wi, P);
  const Yc = polyMatFromConstants(ring, Y);
  const squares = P.flatMap((row, a) => row.map((x, b) => {
    const r = polySub(x, Yc[a][b]);
    return polyMul(r, r);
  }));
  return polySum(ring, squares);
}

/** Architectures small enough for a full symbolic Hessian (≤ 24 parameters). */
const arbSmall = arbArchitecture(2, 4, 3).filter((a) => parameterCount(a) <= 24);

describe('lossGradient / lossHessian: exact agreement with symbolic differentiation of L', () => {
  it('∇L and ∇²L over QQ equal the partial derivatives of the polynomial L, and L itself agrees', () => {
    fc.assert(
      fc.property(arbSmall, arbSeed, (arch, seed) => {
        const rng = new Rng(seed);
        const point = randomPoint(arch, rng);
        const { X, Y } = randomData(arch, rng, 1);
        const L = symbolicLoss(arch, X, Y);
        const v = flattenPoint(point);
        expect(QQ.eq(loss(QQ, point, X, Y), polyEvaluate(L, v))).toBe(true);
        const dL = v.map((_, p) => polyPartial(L, p));
        const grad = flattenPoint(lossGradient(QQ, point, X, Y));
        expect(grad.map(QQ.toString)).toEqual(dL.map((g) => QQ.toString(polyEvaluate(g, v))));
        const Hsym = dL.map((g) => v.map((_, q) => polyEvaluate(polyPartial(g, q), v)));
        const H = lossHessian(QQ, point, X, Y);
        expect(matEq(QQ, H, Hsym)).toBe(true);
        expect(matEq(QQ, H, matTranspose(H))).toBe(true);
      }),
      { seed: 3301, numRuns: 40 },
    );
  });

  it('the agreement also holds at points with zero layers (where most Hessian terms degenerate)', () => {
    fc.assert(
      fc.property(arbSmall, arbSeed, fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }), (arch, seed, zeroMask) => {
        const rng = new Rng(seed);
        const point = randomPoint(arch, rng).map((W, i) => (zeroMask[i] ? W.map((row) => row.map(() => QQ.zero)) : W));
        const { X, Y } = randomData(arch, rng, 1);
        const L = symbolicLoss(arch, X, Y);
        const v = flattenPoint(point);
        const dL = v.map((_, p) => polyPartial(L, p));
        expect(flattenPoint(lossGradient(QQ, point, X, Y)).map(QQ.toString)).toEqual(dL.map((g) => QQ.toString(polyEvaluate(g, v))));
        const Hsym = dL.map((g) => v.map((_, q) => polyEvaluate(polyPartial(g, q), v)));
        expect(matEq(QQ, lossHessian(QQ, point, X, Y), Hsym)).toBe(true);
      }),
      { seed: 3302, numRuns: 25 },
    );
  });

  it('pins the documented examples', () => {
    const one = matFromStrings(QQ, [['1']]);
    const H = lossHessian(QQ, pointFromStrings(QQ, [[['0']], [['0']]]), one, one);
    expect(H.map((r) => r.map(QQ.toString))).toEqual([['0', '-2'], ['-2', '0']]);
    const W = pointFromStrings(QQ, [[['2']], [['3']]]);
    const g = lossGradient(QQ, W, one, matFromStrings(QQ, [['4']]));
    expect(g.map((G) => G.map((r) => r.map(QQ.toString)))).toEqual([[['12']], [['8']]]);
    expect(QQ.toString(loss(QQ, W, one, matFromStrings(QQ, [['4']])))).toBe('4');
  });

  it('refuses dense Hessians with more than 4000 parameters, naming the parameter count', () => {
    const big = [Array.from({ length: 64 }, () => new Array<Rational>(64).fill(QQ.zero)), Array.from({ length: 1 }, () => new Array<Rational>(64).fill(QQ.zero))];
    const X = Array.from({ length: 64 }, (_, i) => Array.from({ length: 64 }, (_, j) => (i === j ? QQ.one : QQ.zero)));
    const Y = [new Array<Rational>(64).fill(QQ.zero)];
    expect(() => lossHessian(QQ, big, X, Y)).toThrow(ArgumentError);
    expect(() => lossHessian(QQ, big, X, Y)).toThrow(/^lossHessian: parameter count = 4160/);
  });
});

describe('lossGradient / lossHessian in floats: agreement with finite differences of loss (RR)', () => {
  it('central differences of L give ∇L (rel. 1e-6) and ∇²L (rel. 1e-4), and the float Hessian is symmetric', () => {
    fc.assert(
      fc.property(arbArchitecture(2, 4, 3), arbSeed, (arch, seed) => {
        const rng = new Rng(seed);
        const point = randomFloatPoint(arch, rng, 0.8);
        const m = arch.widths[0] + 1;
        const X = toFloatMatrix(randomRationalMatrix(rng, arch.widths[0], m));
        const Y = toFloatMatrix(randomRationalMatrix(rng, arch.widths[arch.depth], m));
        const flat = flattenPoint(point);
        const unflatten = (v: number[]): number[][][] => {
          let o = 0;
          return point.map((W) => W.map((row) => row.map(() => v[o++])));
        };
        const f = (v: number[]): number => loss(RR, unflatten(v), X, Y);
        const at = (deltas: [number, number][]): number => {
          const v = [...flat];
          for (const [p, d] of deltas) v[p] += d;
          return f(v);
        };
        const grad = flattenPoint(lossGradient(RR, point, X, Y));
        const H = lossHessian(RR, point, X, Y);
        const gScale = Math.max(1, ...grad.map(Math.abs));
        const hScale = Math.max(1, ...H.flat().map(Math.abs));
        const h = 1e-4;
        for (let p = 0; p < flat.length; p++) {
          const fd = (at([[p, h]]) - at([[p, -h]])) / (2 * h);
          expect(Math.abs(fd - grad[p])).toBeLessThan(1e-6 * gScale);
        }
        const k = 1e-3;
        for (let p = 0; p < flat.length; p++) {
          for (let q = p; q < flat.length; q++) {
            const fd = p === q
              ? (at([[p, k]]) - 2 * f(flat) + at([[p, -k]])) / (k * k)
              : (at([[p, k], [q, k]]) - at([[p, k], [q, -k]]) - at([[p, -k], [q, k]]) + at([[p, -k], [q, -k]])) / (4 * k * k);
            expect(Math.abs(fd - H[p][q])).toBeLessThan(1e-4 * hScale);
            expect(H[p][q]).toBe(H[q][p]);
          }
        }
      }),
      { seed: 3303, numRuns: 30 },
    );
  });
});
