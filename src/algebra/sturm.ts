/**
 * Exact real-root counting for univariate polynomials over Q by Sturm
 * sequences (coefficients low degree first). Written here because no package
 * of the stack isolates real roots exactly.
 *
 * @example
 * ```ts
 * import { rational, countRealRoots } from 'deeplin';
 * // x² − 2 has one root in (1, 2]
 * countRealRoots([rational(-2), rational(0), rational(1)], rational(1), rational(2)); // 1
 * ```
 */
import { type Rational, rational, RAT_ZERO, ratAdd, ratCompare, ratDiv, ratIsZero, ratMul, ratNeg, ratSub } from './rational';

export type UnivariatePolynomial = readonly Rational[];

function trim(p: readonly Rational[]): Rational[] {
  const q = [...p];
  while (q.length > 0 && ratIsZero(q[q.length - 1])) q.pop();
  return q;
}

/** Quotient and remainder of a by b (b ≠ 0). */
export function polyDivRem(a: UnivariatePolynomial, b: UnivariatePolynomial): { quotient: Rational[]; remainder: Rational[] } {
  const B = trim(b);
  let r = trim(a);
  const q: Rational[] = new Array<Rational>(Math.max(r.length - B.length + 1, 0)).fill(RAT_ZERO);
  while (r.length >= B.length && r.length > 0) {
    const shift = r.length - B.length;
    const f = ratDiv(r[r.length - 1], B[B.length - 1]);
    q[shift] = f;
    r = trim(r.map((x, i) => (i >= shift && i - shift < B.length ? ratSub(x, ratMul(f, B[i - shift])) : x)));
  }
  return { quotient: q, remainder: r };
}

export function polyDerivative(p: UnivariatePolynomial): Rational[] {
  return trim(p.slice(1).map((c, i) => ratMul(c, rational(i + 1))));
}

/** The monic greatest common divisor. */
export function polyGcd(a: UnivariatePolynomial, b: UnivariatePolynomial): Rational[] {
  let [x, y] = [trim(a), trim(b)];
  while (y.length > 0) [x, y] = [y, polyDivRem(x, y).remainder];
  return x.length === 0 ? x : x.map((c) => ratDiv(c, x[x.length - 1]));
}

/** p / gcd(p, p′): the same roots, each simple. */
export function squarefreePart(p: UnivariatePolynomial): Rational[] {
  const P = trim(p);
  if (P.length <= 2) return P;
  return polyDivRem(P, polyGcd(P, polyDerivative(P))).quotient;
}

export function polyEvaluateAt(p: UnivariatePolynomial, x: Rational): Rational {
  let v = RAT_ZERO;
  for (let i = p.length - 1; i >= 0; i--) v = ratAdd(ratMul(v, x), p[i]);
  return v;
}

function sturmSequence(p: UnivariatePolynomial): Rational[][] {
  const seq = [trim(p), polyDerivative(p)];
  while (seq[seq.length - 1].length > 0) {
    const r = polyDivRem(seq[seq.length - 2], seq[seq.length - 1]).remainder;
    seq.push(r.map(ratNeg));
  }
  seq.pop();
  return seq;
}

function signChanges(seq: readonly Rational[][], x: Rational): number {
  let changes = 0;
  let last = 0;
  for (const q of seq) {
    const s = ratCompare(polyEvaluateAt(q, x), RAT_ZERO);
    if (s === 0) continue;
    if (last !== 0 && s !== last) changes++;
    last = s;
  }
  return changes;
}

/** The number of distinct real roots of p in the half-open interval (a, b] (p ≠ 0, a < b). */
export function countRealRoots(p: UnivariatePolynomial, a: Rational, b: Rational): number {
  const seq = sturmSequence(squarefreePart(p));
  return signChanges(seq, a) - signChanges(seq, b);
}

/** A bound B with every real root of p in (−B, B) (Cauchy). */
export function rootBound(p: UnivariatePolynomial): Rational {
  const P = trim(p);
  let m = RAT_ZERO;
  for (let i = 0; i + 1 < P.length; i++) {
    const q = ratDiv(P[i], P[P.length - 1]);
    const a = q.num < 0n ? ratNeg(q) : q;
    if (ratCompare(a, m) > 0) m = a;
  }
  return ratAdd(m, rational(1));
}

/**
 * Whether every real root of f is ≤ every real root of g, decided exactly
 * (both with only real roots, e.g. characteristic polynomials of symmetric
 * matrices; true when either has no root). The smallest root m of g is
 * isolated by bisection until f has no root in its interval other than m
 * itself (a root shared with g is recognised through gcd(f, g)).
 */
export function maxRootAtMostMinRoot(f: UnivariatePolynomial, g: UnivariatePolynomial): boolean {
  const F = squarefreePart(f);
  const G = squarefreePart(g);
  if (F.length <= 1 || G.length <= 1) return true;
  const B = ratAdd(rootBound(F), rootBound(G));
  const h = polyGcd(F, G);
  let a = ratNeg(B);
  let b = B;
  // shrink (a, b] to contain exactly the smallest root of G
  while (countRealRoots(G, a, b) > 1) {
    const mid = ratDiv(ratAdd(a, b), rational(2));
    if (countRealRoots(G, a, mid) >= 1) b = mid;
    else a = mid;
  }
  if (countRealRoots(F, b, B) > 0) return false;
  for (;;) {
    const inside = countRealRoots(F, a, b);
    if (inside === 0) return true;
    if (inside === 1 && h.length > 1 && countRealRoots(h, a, b) === 1) return true;
    const mid = ratDiv(ratAdd(a, b), rational(2));
    if (countRealRoots(G, a, mid) === 1) {
      if (countRealRoots(F, mid, b) > 0) return false;
      b = mid;
    } else a = mid;
  }
}
