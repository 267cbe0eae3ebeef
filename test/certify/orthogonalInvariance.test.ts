import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orthogonallyInvariant } from '../../src/certify/orthogonalInvariance';
import { orbitFamily } from '../../src/certify/orbitFamily';
import { orbitSlice } from '../../src/certify/orbitSlice';
import { type Polynomial, polyAdd, polyEvaluate, polyMul, polyScale, polySub, polyVariable } from '../../src/algebra/polynomial';
import { polynomialRing } from '../../src/algebra/polynomialRing';
import { matMul, matTranspose } from '../../src/algebra/matrix';
import { inverseOverQ } from '../../src/algebra/inverseOverQ';
import { rational, RAT_ONE, RAT_ZERO, type Rational } from '../../src/algebra/rational';
import { QQ } from '../../src/algebra/rationalField';
import { architecture } from '../../src/model/architecture';

// δ coordinates of a 3 × 3 Δ_2 (keys "2,r,c", r ≤ c) and one coordinate of Δ_1 that SO(3) at vertex 2 does not move
const keys = ['2,0,0', '2,0,1', '2,0,2', '2,1,1', '2,1,2', '2,2,2', '1,0,0'];
const R = polynomialRing(QQ, keys.map((_, j) => `y${j}`));
const y = (j: number) => polyVariable(R, j);
const at = (r: number, c: number) => y(keys.indexOf(`2,${Math.min(r, c)},${Math.max(r, c)}`));
const D = [0, 1, 2].map((r) => [0, 1, 2].map((c) => at(r, c)));
const mm = (A: Polynomial<Rational>[][], B: Polynomial<Rational>[][]) => A.map((row) => B[0].map((_, c) => row.reduce((s, a, k) => polyAdd(s, polyMul(a, B[k][c])), polySub(y(0), y(0)))));
const trace = (A: Polynomial<Rational>[][]) => polyAdd(polyAdd(A[0][0], A[1][1]), A[2][2]);
const det = polySub(
  polyAdd(polyMul(D[0][0], polySub(polyMul(D[1][1], D[2][2]), polyMul(D[1][2], D[2][1]))), polyMul(D[0][2], polySub(polyMul(D[1][0], D[2][1]), polyMul(D[1][1], D[2][0])))),
  polyMul(D[0][1], polySub(polyMul(D[1][0], D[2][2]), polyMul(D[1][2], D[2][0]))),
);
const invariants = [trace(D), trace(mm(D, D)), det, y(6)];

/** A rational rotation: the Cayley transform (I − S)(I + S)⁻¹ of an integer antisymmetric S. */
function cayley(a: number, b: number, c: number): Rational[][] {
  const S = [[0, a, b], [-a, 0, c], [-b, -c, 0]].map((row) => row.map((x) => rational(x)));
  const I = [0, 1, 2].map((r) => [0, 1, 2].map((k) => (r === k ? RAT_ONE : RAT_ZERO)));
  const minus = I.map((row, r) => row.map((x, k) => QQ.sub(x, S[r][k])));
  const plus = I.map((row, r) => row.map((x, k) => QQ.add(x, S[r][k])));
  return matMul(QQ, minus, inverseOverQ(plus) as Rational[][]);
}

describe('orthogonallyInvariant: F(Q Δ_v Qᵀ) = F(Δ_v) for Q in SO(d_v), proved by the Lie derivative', () => {
  it('pins: tr Δ, tr Δ², det Δ and a coordinate of another Δ are invariant; one entry of Δ_v, or tr Δ + Δ[0][1], is not', () => {
    for (const F of invariants) expect(orthogonallyInvariant(F, keys, 2, 3)).toBe(true);
    expect(orthogonallyInvariant(y(0), keys, 2, 3)).toBe(false);
    expect(orthogonallyInvariant(polyAdd(trace(D), y(1)), keys, 2, 3)).toBe(false);
    // F may involve only some of Δ_v's entries: Δ[0][0] alone (the other entries are added to the ring by the check)
    const R1 = polynomialRing(QQ, ['y0']);
    expect(orthogonallyInvariant(polyVariable(R1, 0), ['2,0,0'], 2, 3)).toBe(false);
  });

  it('law: a combination the check accepts takes the same value at Δ and Q Δ Qᵀ (Q a rational rotation); adding one entry breaks invariance', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 4, maxLength: 4 }), fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 7, maxLength: 7 }), fc.tuple(fc.integer({ min: -3, max: 3 }), fc.integer({ min: -3, max: 3 }), fc.integer({ min: -3, max: 3 })), (cs, point, [a, b, c]) => {
        const F = invariants.reduce((s, G, k) => polyAdd(s, polyScale(rational(cs[k]), polyMul(G, G))), polySub(y(0), y(0)));
        expect(orthogonallyInvariant(F, keys, 2, 3)).toBe(true);
        const Q = cayley(a, b, c);
        const Delta = [0, 1, 2].map((r) => [0, 1, 2].map((k) => rational(point[[0, 1, 2, 1, 3, 4, 2, 4, 5][3 * r + k]])));
        const moved = matMul(QQ, matMul(QQ, Q, Delta), matTranspose(Q));
        const values = (M: Rational[][]) => [M[0][0], M[0][1], M[0][2], M[1][1], M[1][2], M[2][2], rational(point[6])];
        expect(QQ.eq(polyEvaluate(F, values(moved)), polyEvaluate(F, values(Delta)))).toBe(true);
        expect(orthogonallyInvariant(polyAdd(F, y(1)), keys, 2, 3)).toBe(false);
      }),
      { seed: 1211, numRuns: 25 },
    );
  });

  it('orbitSlice: inner vertices (named for an invariant relation) saturate the slice: fewer parameters, still dense', () => {
    const W = [[[1, 2], [0, 1]], [[1, 1], [2, 2]], [[3, 0], [1, -1]]].map((M) => M.map((row) => row.map((x) => rational(x))));
    const f = orbitFamily(architecture([2, 2, 2, 2]), W, 'G');
    const plain = orbitSlice(f, 1, 2);
    const inner = orbitSlice(f, 1, 2, [1, 2]);
    expect([inner.dense, inner.orbitDimension]).toEqual([true, plain.orbitDimension]);
    expect(inner.free.length).toBeLessThan(plain.free.length);
    expect(inner.orthogonal?.some((v) => v === 1 || v === 2)).toBe(true);
    expect(() => orbitSlice(f, 1, 1, [2])).toThrow(/inner vertices must lie in \[1, 1\]/);
  });
});
