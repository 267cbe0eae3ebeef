/**
 * An orthogonal eigenbasis of a symmetric rational matrix when all its
 * eigenvalues are rational: roots by the rational root theorem on the
 * characteristic polynomial, eigenspaces as exact nullspaces, made orthogonal
 * by Gram–Schmidt over Q (not normalised: norms may be irrational). Returns
 * undefined when some eigenvalue is irrational (or the root search would
 * exceed the divisor limit).
 */
import { characteristicPolynomial } from '../algebra/characteristicPolynomial';
import type { Matrix } from '../algebra/matrix';
import { matSub, matIdentity, matScale } from '../algebra/matrix';
import { nullspace } from '../algebra/nullspace';
import { type Rational, rational, ratAdd, ratCompare, ratDiv, ratIsZero, ratMul, ratSub, RAT_ZERO } from '../algebra/rational';
import { QQ } from '../algebra/rationalField';
import { polyEvaluateAt } from '../algebra/sturm';

export interface Eigenpair {
  readonly value: Rational;
  /** Orthogonal to the other vectors of the basis; not normalised. */
  readonly vector: Rational[];
}

const MAX_DIVISOR_SEARCH = 1_000_000n;

/** Eigenpairs sorted by decreasing eigenvalue, or undefined when an eigenvalue is not rational. */
export function rationalEigenbasis(S: Matrix<Rational>): Eigenpair[] | undefined {
  const n = S.length;
  const p = characteristicPolynomial(S);
  const roots = rationalRoots(p);
  if (!roots) return undefined;
  const pairs: Eigenpair[] = [];
  for (const lambda of roots) {
    const basis = nullspace(QQ, matSub(QQ, S, matScale(QQ, lambda, matIdentity(QQ, n))));
    for (const v of gramSchmidt(basis)) pairs.push({ value: lambda, vector: v });
  }
  if (pairs.length !== n) return undefined;
  return pairs.sort((a, b) => ratCompare(b.value, a.value));
}

export function dot(u: readonly Rational[], v: readonly Rational[]): Rational {
  let s = RAT_ZERO;
  for (let i = 0; i < u.length; i++) s = ratAdd(s, ratMul(u[i], v[i]));
  return s;
}

function gramSchmidt(vectors: readonly Rational[][]): Rational[][] {
  const out: Rational[][] = [];
  for (const v of vectors) {
    let w = [...v];
    for (const u of out) {
      const f = ratDiv(dot(w, u), dot(u, u));
      w = w.map((x, i) => ratSub(x, ratMul(f, u[i])));
    }
    if (w.some((x) => !ratIsZero(x))) out.push(w);
  }
  return out;
}

/** The distinct rational roots of p (coefficients low degree first), or undefined beyond the search limit. */
function rationalRoots(p: readonly Rational[]): Rational[] | undefined {
  let lcm = 1n;
  for (const c of p) lcm = (lcm * c.den) / gcd(lcm, c.den);
  let ints = p.map((c) => (c.num * lcm) / c.den);
  const roots: Rational[] = [];
  if (ints[0] === 0n) {
    roots.push(RAT_ZERO);
    while (ints.length > 1 && ints[0] === 0n) ints = ints.slice(1);
  }
  if (ints.length <= 1) return roots;
  const a0 = ints[0] < 0n ? -ints[0] : ints[0];
  const an = ints[ints.length - 1] < 0n ? -ints[ints.length - 1] : ints[ints.length - 1];
  const ps = divisors(a0);
  const qs = divisors(an);
  if (!ps || !qs) return undefined;
  const seen = new Set<string>();
  for (const a of ps) {
    for (const b of qs) {
      for (const s of [1n, -1n]) {
        const x = rational(s * a, b);
        const key = `${x.num}/${x.den}`;
        if (seen.has(key)) continue;
        seen.add(key);
        if (ratIsZero(polyEvaluateAt(p, x))) roots.push(x);
      }
    }
  }
  return roots;
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a < 0n ? -a : a;
}

function divisors(n: bigint): bigint[] | undefined {
  const out: bigint[] = [];
  for (let d = 1n; d * d <= n; d++) {
    if (d > MAX_DIVISOR_SEARCH) return undefined;
    if (n % d === 0n) {
      out.push(d);
      if (d * d !== n) out.push(n / d);
    }
  }
  return out;
}
