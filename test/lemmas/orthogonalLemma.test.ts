/**
 * The talk's O(2) lemma (MATH §3.3): f(U, V) = U Σ₁ Uᵀ − V Σ₂ Vᵀ on O(2) × O(2),
 * Σ₁, Σ₂ diagonal with distinct entries, has a 2-dimensional image whose
 * Zariski closure is the constant-trace plane {a₁₁ + a₂₂ = tr Σ₁ − tr Σ₂} in
 * Sym₂ (coordinates (a₁₁, a₁₂, a₂₂)).
 *
 * Rotations are parametrised rationally by the Cayley map
 * R(t) = ((1−t², −2t), (2t, 1−t²)) / (1+t²) (all rotations but −I), and
 * reflections by R(t)·diag(1, −1); everything is exact over Q.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leftKernel } from '../../src/algebra/leftKernel';
import { matEq, matIdentity, matMul, matSub, matTranspose, type Matrix } from '../../src/algebra/matrix';
import { type Polynomial, polyAdd, polyConstant, polyEvaluate, polyMul, polyPartial, polySub, polyVariable } from '../../src/algebra/polynomial';
import { polyMatMul, polyMatTranspose } from '../../src/algebra/polynomialMatrix';
import { polynomialRing } from '../../src/algebra/polynomialRing';
import { rankOverQ } from '../../src/algebra/rankOverQ';
import { ratCompare, rational, type Rational } from '../../src/algebra/rational';
import { QQ } from '../../src/algebra/rationalField';

const R = polynomialRing(QQ, ['t', 's']);
const t = polyVariable(R, 't');
const s = polyVariable(R, 's');
const c = (x: number): Polynomial<Rational> => polyConstant(R, rational(x));

/** The Cayley numerator ((1−x², −2x), (2x, 1−x²)); the rotation is this over 1 + x². */
function cayleyNumerator(x: Polynomial<Rational>): Polynomial<Rational>[][] {
  const one = c(1);
  const x2 = polyMul(x, x);
  const twoX = polyMul(c(2), x);
  return [[polySub(one, x2), polySub(c(0), twoX)], [twoX, polySub(one, x2)]];
}

function diag(a: number, b: number): Polynomial<Rational>[][] {
  return [[c(a), c(0)], [c(0), c(b)]];
}

/**
 * f's upper triangle (a11, a12, a22) as rational functions N(t,s) / ((1+t²)²(1+s²)²),
 * returned as numerator polynomials and the common denominator.
 */
function fSymbolic(S1: [number, number], S2: [number, number], reflectU: boolean, reflectV: boolean) {
  const D = diag(1, -1);
  let U = cayleyNumerator(t);
  let V = cayleyNumerator(s);
  if (reflectU) U = polyMatMul(R, U, D);
  if (reflectV) V = polyMatMul(R, V, D);
  const A = polyMatMul(R, polyMatMul(R, U, diag(...S1)), polyMatTranspose(U)); // over (1+t²)²
  const B = polyMatMul(R, polyMatMul(R, V, diag(...S2)), polyMatTranspose(V)); // over (1+s²)²
  const qt = polyAdd(c(1), polyMul(t, t));
  const qs = polyAdd(c(1), polyMul(s, s));
  const qt2 = polyMul(qt, qt);
  const qs2 = polyMul(qs, qs);
  const entries = [[0, 0], [0, 1], [1, 1]].map(([a, b]) => polySub(polyMul(A[a][b], qs2), polyMul(B[a][b], qt2)));
  return { numerators: entries, denominator: polyMul(qt2, qs2) };
}

/** Exact value and Jacobian (3 × 2, columns ∂/∂t, ∂/∂s) of N/Q at (t, s), by the quotient rule. */
function valueAndJacobian(numerators: Polynomial<Rational>[], denominator: Polynomial<Rational>, at: [Rational, Rational]) {
  const pt = [at[0], at[1]];
  const q = polyEvaluate(denominator, pt);
  const values = numerators.map((n) => QQ.div(polyEvaluate(n, pt), q));
  const J = numerators.map((n) =>
    [0, 1].map((v) => {
      const num = QQ.sub(QQ.mul(polyEvaluate(polyPartial(n, v), pt), q), QQ.mul(polyEvaluate(n, pt), polyEvaluate(polyPartial(denominator, v), pt)));
      return QQ.div(num, QQ.mul(q, q));
    }),
  );
  return { values, J };
}

/** Numeric (exact) rotation R(x) and f evaluated directly with matrices, independent of the polynomials. */
function rotation(x: Rational): Rational[][] {
  const q = QQ.add(QQ.one, QQ.mul(x, x));
  const a = QQ.div(QQ.sub(QQ.one, QQ.mul(x, x)), q);
  const b = QQ.div(QQ.mul(rational(2), x), q);
  return [[a, QQ.neg(b)], [b, a]];
}

function fDirect(U: Matrix<Rational>, V: Matrix<Rational>, S1: [number, number], S2: [number, number]): Rational[][] {
  const d = (p: [number, number]): Rational[][] => [[rational(p[0]), QQ.zero], [QQ.zero, rational(p[1])]];
  return matSub(QQ, matMul(QQ, matMul(QQ, U, d(S1)), matTranspose(U)), matMul(QQ, matMul(QQ, V, d(S2)), matTranspose(V)));
}

const arbParam = fc.tuple(fc.integer({ min: -40, max: 40 }), fc.integer({ min: 1, max: 13 })).map(([a, b]) => rational(a, b));
const arbSigma = fc
  .tuple(fc.integer({ min: -9, max: 9 }), fc.integer({ min: -9, max: 9 }))
  .filter(([a, b]) => a !== b) as fc.Arbitrary<[number, number]>;

describe('O(2) lemma: f(U, V) = U Σ₁ Uᵀ − V Σ₂ Vᵀ', () => {
  it('the Cayley parametrisation is orthogonal and the reflection branch has det −1 (exact)', () => {
    fc.assert(
      fc.property(arbParam, (x) => {
        const U = rotation(x);
        expect(matEq(QQ, matMul(QQ, U, matTranspose(U)), matIdentity(QQ, 2))).toBe(true);
        const UD = matMul(QQ, U, [[QQ.one, QQ.zero], [QQ.zero, QQ.neg(QQ.one)]]);
        const det = QQ.sub(QQ.mul(UD[0][0], UD[1][1]), QQ.mul(UD[0][1], UD[1][0]));
        expect(QQ.toString(det)).toBe('-1');
      }),
      { seed: 9901, numRuns: 50 },
    );
  });

  it('on all four components of O(2) × O(2): trace is constant = tr Σ₁ − tr Σ₂, the Jacobian has rank 2 and its left kernel is the trace functional (1, 0, 1)', () => {
    let rank2 = 0;
    fc.assert(
      fc.property(arbSigma, arbSigma, arbParam, arbParam, fc.boolean(), fc.boolean(), (S1, S2, x, y, reflU, reflV) => {
        const { numerators, denominator } = fSymbolic(S1, S2, reflU, reflV);
        const { values, J } = valueAndJacobian(numerators, denominator, [x, y]);
        // agrees with the direct matrix evaluation
        const D = [[QQ.one, QQ.zero], [QQ.zero, QQ.neg(QQ.one)]];
        const U = reflU ? matMul(QQ, rotation(x), D) : rotation(x);
        const V = reflV ? matMul(QQ, rotation(y), D) : rotation(y);
        const F = fDirect(U, V, S1, S2);
        expect([F[0][0], F[0][1], F[1][1]].map(QQ.toString)).toEqual(values.map(QQ.toString));
        expect(QQ.eq(F[0][1], F[1][0])).toBe(true);
        // constant trace
        expect(QQ.toString(QQ.add(values[0], values[2]))).toBe(String(S1[0] + S1[1] - S2[0] - S2[1]));
        // rank 2 (generic: x, y with 2θ ≢ 2φ mod π), left kernel = trace
        if (rankOverQ(J) === 2) {
          rank2++;
          const K = leftKernel(QQ, J);
          expect(K.length).toBe(1);
          expect(QQ.isZero(K[0][1])).toBe(true);
          expect(QQ.eq(K[0][0], K[0][2])).toBe(true);
        } else {
          // the rank drops only on the curve where the two tangent directions are parallel
          expect(rankOverQ(J)).toBe(1);
        }
      }),
      { seed: 9902, numRuns: 120 },
    );
    expect(rank2).toBeGreaterThanOrEqual(100);
  });

  it('rank 2 at random rational parameters (so the image closure is the whole constant-trace plane)', () => {
    const S1: [number, number] = [3, -1];
    const S2: [number, number] = [5, 2];
    const { numerators, denominator } = fSymbolic(S1, S2, false, false);
    let rank2 = 0;
    const params = [[1, 2], [1, 3], [-2, 5], [7, 3], [0, 1], [4, 9], [-1, 4], [11, 2]].map(([a, b]) => rational(a, b));
    for (const x of params) {
      for (const y of params) {
        if (rankOverQ(valueAndJacobian(numerators, denominator, [x, y]).J) === 2) rank2++;
      }
    }
    // the tangent directions 2r(−sin 2θ, cos 2θ, sin 2θ) are parallel iff θ ≡ φ (mod π/2); among
    // these parameters (t = tan θ/2) that happens only on the diagonal x = y: rank 1 there, 2 elsewhere
    expect(rank2).toBe(params.length * params.length - params.length);
  });

  it('reflections give the same values as rotations: f(R(t)D, V) = f(R(t), V) since DΣD = Σ', () => {
    fc.assert(
      fc.property(arbSigma, arbSigma, arbParam, arbParam, (S1, S2, x, y) => {
        const D = [[QQ.one, QQ.zero], [QQ.zero, QQ.neg(QQ.one)]];
        expect(matEq(QQ, fDirect(matMul(QQ, rotation(x), D), rotation(y), S1, S2), fDirect(rotation(x), rotation(y), S1, S2))).toBe(true);
        expect(matEq(QQ, fDirect(rotation(x), matMul(QQ, rotation(y), D), S1, S2), fDirect(rotation(x), rotation(y), S1, S2))).toBe(true);
      }),
      { seed: 9903, numRuns: 50 },
    );
  });

  it('the real image is an annulus in the plane (Euclidean image ≠ plane, Zariski closure = plane)', () => {
    // UΣUᵀ = (tr Σ/2) I + r·(cos 2θ, sin 2θ; sin 2θ, −cos 2θ) with r = |σ₁ − σ₂|/2, so
    // ρ² = ((a₁₁ − a₂₂)/2)² + a₁₂² lies in [(r₁ − r₂)², (r₁ + r₂)²].
    fc.assert(
      fc.property(arbSigma, arbSigma, arbParam, arbParam, (S1, S2, x, y) => {
        const F = fDirect(rotation(x), rotation(y), S1, S2);
        const half = QQ.div(QQ.sub(F[0][0], F[1][1]), rational(2));
        const rho2 = QQ.add(QQ.mul(half, half), QQ.mul(F[0][1], F[0][1]));
        const r1 = rational(Math.abs(S1[0] - S1[1]), 2);
        const r2 = rational(Math.abs(S2[0] - S2[1]), 2);
        const lo = QQ.mul(QQ.sub(r1, r2), QQ.sub(r1, r2));
        const hi = QQ.mul(QQ.add(r1, r2), QQ.add(r1, r2));
        expect(ratCompare(lo, rho2)).toBeLessThanOrEqual(0);
        expect(ratCompare(rho2, hi)).toBeLessThanOrEqual(0);
      }),
      { seed: 9904, numRuns: 100 },
    );
  });

  it('control: with Σ₁ scalar (equal entries) the rank drops to 1 — the distinct-entries hypothesis matters', () => {
    const { numerators, denominator } = fSymbolic([2, 2], [5, 1], false, false);
    const { J } = valueAndJacobian(numerators, denominator, [rational(1, 3), rational(-2, 7)]);
    expect(rankOverQ(J)).toBe(1);
  });
});
