/**
 * Exact sparse multivariate polynomials over any exact {@link Field}.
 *
 * Representation: a polynomial is an immutable pair (ring, terms), where
 * `terms` maps a monomial key to its non-zero coefficient. The key of
 * `x_0^e_0 ⋯ x_{n-1}^e_{n-1}` is the string of n UTF-16 code units
 * `String.fromCharCode(e_0, …, e_{n-1})`, so exponents are limited to
 * {@link MAX_EXPONENT} (overflow throws ArithmeticError). Keys are compact,
 * hash in one step and compare by `===`; a product of two polynomials costs
 * one key build and one Map update per pair of terms (no sorting, no
 * quadratic merging). Zero coefficients are never stored, so the zero
 * polynomial has no terms and equal polynomials have equal term sets.
 *
 * All functions are pure; operands from different rings (see `sameRing`)
 * throw ArgumentError.
 */
import { ArgumentError, ArithmeticError, requireInteger } from '../errors';
import { type PolynomialRing, sameRing } from './polynomialRing';

/**
 * A polynomial of `ring`. Read it with {@link polyTerms}; `terms` is the raw
 * sparse storage (monomial key → non-zero coefficient, see the file header).
 */
export interface Polynomial<T> {
  readonly ring: PolynomialRing<T>;
  readonly terms: ReadonlyMap<string, T>;
}

/** The largest exponent a single variable may carry (one UTF-16 code unit). */
export const MAX_EXPONENT = 0xffff;

// ---------------------------------------------------------------- internals

function make<T>(ring: PolynomialRing<T>, terms: Map<string, T>): Polynomial<T> {
  return Object.freeze({ ring, terms });
}

function keyOf(exponents: readonly number[]): string {
  return String.fromCharCode.apply(null, exponents as number[]);
}

function exponentsOf(key: string): number[] {
  const e = new Array<number>(key.length);
  for (let i = 0; i < key.length; i++) e[i] = key.charCodeAt(i);
  return e;
}

function degreeOf(key: string): number {
  let d = 0;
  for (let i = 0; i < key.length; i++) d += key.charCodeAt(i);
  return d;
}

function checkPoly<T>(fn: string, name: string, p: Polynomial<T>): void {
  if (p === null || typeof p !== 'object' || !(p.terms instanceof Map) || !p.ring) {
    throw new ArgumentError(fn, name, p, 'a Polynomial');
  }
}

function checkSame<T>(fn: string, a: Polynomial<T>, b: Polynomial<T>): PolynomialRing<T> {
  checkPoly(fn, 'first operand', a);
  checkPoly(fn, 'second operand', b);
  if (!sameRing(a.ring, b.ring)) {
    const show = (r: PolynomialRing<T>): string => `${r.field.name}[${r.variables.join(',')}]`;
    throw new ArgumentError(fn, 'rings', `${show(a.ring)} and ${show(b.ring)}`, 'operands from the same ring');
  }
  return a.ring;
}

/** Adds `c * m` (m given by key) into the accumulator, removing cancelled terms. */
function accumulate<T>(ring: PolynomialRing<T>, acc: Map<string, T>, key: string, c: T): void {
  const F = ring.field;
  const old = acc.get(key);
  if (old === undefined) {
    acc.set(key, c);
    return;
  }
  const s = F.add(old, c);
  if (F.isZero(s)) acc.delete(key);
  else acc.set(key, s);
}

function dropZeros<T>(ring: PolynomialRing<T>, acc: Map<string, T>): Map<string, T> {
  for (const [k, c] of acc) if (ring.field.isZero(c)) acc.delete(k);
  return acc;
}

// -------------------------------------------------------------- constructors

/**
 * The zero polynomial of `ring`.
 */
export function polyZero<T>(ring: PolynomialRing<T>): Polynomial<T> {
  return make(ring, new Map());
}

/**
 * The constant polynomial `c` (an element of the ring's field).
 */
export function polyConstant<T>(ring: PolynomialRing<T>, c: T): Polynomial<T> {
  const terms = new Map<string, T>();
  if (!ring.field.isZero(c)) terms.set(keyOf(new Array<number>(ring.variables.length).fill(0)), c);
  return make(ring, terms);
}

/**
 * The constant polynomial 1.
 */
export function polyOne<T>(ring: PolynomialRing<T>): Polynomial<T> {
  return polyConstant(ring, ring.field.one);
}

/**
 * The variable given by name or by index (0-based, in `ring.variables`).
 * Throws ArgumentError for an unknown name or an index out of range.
 *
 * @example
 * ```ts
 * import { QQ, polynomialRing, polyVariable, polyToString } from 'deeplin';
 * const R = polynomialRing(QQ, ['x', 'y']);
 * [polyToString(polyVariable(R, 'y')), polyToString(polyVariable(R, 0))]; // ["y", "x"]
 * ```
 */
export function polyVariable<T>(ring: PolynomialRing<T>, nameOrIndex: string | number): Polynomial<T> {
  const n = ring.variables.length;
  let index: number;
  if (typeof nameOrIndex === 'string') {
    index = ring.variables.indexOf(nameOrIndex);
    if (index < 0) throw new ArgumentError('polyVariable', 'name', nameOrIndex, `one of ${ring.variables.join(', ') || '(no variables)'}`);
  } else {
    if (n === 0) throw new ArgumentError('polyVariable', 'index', nameOrIndex, 'none (the ring has no variables)');
    index = requireInteger('polyVariable', 'index', nameOrIndex, 0, n - 1);
  }
  const e = new Array<number>(n).fill(0);
  e[index] = 1;
  return make(ring, new Map([[keyOf(e), ring.field.one]]));
}

/**
 * The polynomial `Σ c · x^e` from `[e, c]` pairs (e: one non-negative integer
 * exponent per variable). Repeated monomials are summed; zeros are dropped.
 */
export function polyFromTerms<T>(ring: PolynomialRing<T>, terms: readonly (readonly [readonly number[], T])[]): Polynomial<T> {
  const n = ring.variables.length;
  const acc = new Map<string, T>();
  terms.forEach(([e, c], t) => {
    if (!Array.isArray(e) || e.length !== n) {
      throw new ArgumentError('polyFromTerms', `terms[${t}] exponents`, e, `an array of ${n} exponents`);
    }
    e.forEach((x, i) => requireInteger('polyFromTerms', `terms[${t}] exponents[${i}]`, x, 0, MAX_EXPONENT));
    if (!ring.field.isZero(c)) accumulate(ring, acc, keyOf(e), c);
  });
  return make(ring, acc);
}

// ---------------------------------------------------------------- arithmetic

/**
 * Sum `a + b`.
 */
export function polyAdd<T>(a: Polynomial<T>, b: Polynomial<T>): Polynomial<T> {
  const ring = checkSame('polyAdd', a, b);
  const [big, small] = a.terms.size >= b.terms.size ? [a, b] : [b, a];
  const acc = new Map(big.terms);
  for (const [k, c] of small.terms) accumulate(ring, acc, k, c);
  return make(ring, acc);
}

/**
 * Negation `-p`.
 */
export function polyNeg<T>(p: Polynomial<T>): Polynomial<T> {
  checkPoly('polyNeg', 'p', p);
  const F = p.ring.field;
  const acc = new Map<string, T>();
  for (const [k, c] of p.terms) acc.set(k, F.neg(c));
  return make(p.ring, acc);
}

/**
 * Difference `a - b`.
 */
export function polySub<T>(a: Polynomial<T>, b: Polynomial<T>): Polynomial<T> {
  const ring = checkSame('polySub', a, b);
  const F = ring.field;
  const acc = new Map(a.terms);
  for (const [k, c] of b.terms) accumulate(ring, acc, k, F.neg(c));
  return make(ring, acc);
}

/**
 * The sum of a list of polynomials of `ring`, accumulated in one pass
 * (linear in the total number of terms; the empty sum is zero).
 */
export function polySum<T>(ring: PolynomialRing<T>, ps: readonly Polynomial<T>[]): Polynomial<T> {
  const acc = new Map<string, T>();
  ps.forEach((p, i) => {
    checkPoly('polySum', `ps[${i}]`, p);
    if (!sameRing(ring, p.ring)) throw new ArgumentError('polySum', `ps[${i}].ring`, p.ring.variables, 'the given ring');
    for (const [k, c] of p.terms) accumulate(ring, acc, k, c);
  });
  return make(ring, acc);
}

/**
 * Scalar multiple `c · p` (c in the ring's field).
 */
export function polyScale<T>(c: T, p: Polynomial<T>): Polynomial<T> {
  checkPoly('polyScale', 'p', p);
  const F = p.ring.field;
  const acc = new Map<string, T>();
  if (!F.isZero(c)) {
    for (const [k, x] of p.terms) {
      const y = F.mul(c, x);
      if (!F.isZero(y)) acc.set(k, y);
    }
  }
  return make(p.ring, acc);
}

/**
 * Product `a · b`: one Map update per pair of terms. Multiplying a 200-term
 * by a 150-term polynomial (30,000 products) takes a few tens of ms.
 * Throws ArithmeticError if an exponent would exceed {@link MAX_EXPONENT}.
 *
 * @example
 * ```ts
 * import { parsePolynomialMap, polyMul, polyToString } from 'deeplin';
 * const [a, b] = parsePolynomialMap(['x', 'y'], 'x + y, x - y').polynomials;
 * polyToString(polyMul(a, b)); // "x^2 - y^2"
 * ```
 */
export function polyMul<T>(a: Polynomial<T>, b: Polynomial<T>): Polynomial<T> {
  const ring = checkSame('polyMul', a, b);
  const F = ring.field;
  const n = ring.variables.length;
  if (a.terms.size === 0 || b.terms.size === 0) return polyZero(ring);
  const [outer, inner] = a.terms.size >= b.terms.size ? [a, b] : [b, a];
  const innerTerms: [number[], T][] = [];
  const maxInner = new Array<number>(n).fill(0);
  for (const [k, c] of inner.terms) {
    const e = exponentsOf(k);
    for (let i = 0; i < n; i++) if (e[i] > maxInner[i]) maxInner[i] = e[i];
    innerTerms.push([e, c]);
  }
  const acc = new Map<string, T>();
  const buf = new Array<number>(n).fill(0);
  for (const [ko, co] of outer.terms) {
    for (let i = 0; i < n; i++) {
      if (ko.charCodeAt(i) + maxInner[i] > MAX_EXPONENT) {
        throw new ArithmeticError('polyMul', `exponent of ${ring.variables[i]} exceeds ${MAX_EXPONENT}`);
      }
    }
    for (const [ei, ci] of innerTerms) {
      for (let i = 0; i < n; i++) buf[i] = ko.charCodeAt(i) + ei[i];
      const key = String.fromCharCode.apply(null, buf);
      const c = F.mul(co, ci);
      const old = acc.get(key);
      acc.set(key, old === undefined ? c : F.add(old, c));
    }
  }
  return make(ring, dropZeros(ring, acc));
}

/**
 * Power `p^k` for an integer `k >= 0` (`p^0 = 1`, also for p = 0). Computed
 * by repeated multiplication with p, which for sparse polynomials is cheaper
 * than repeated squaring; a single term is powered directly.
 */
export function polyPow<T>(p: Polynomial<T>, k: number): Polynomial<T> {
  checkPoly('polyPow', 'p', p);
  requireInteger('polyPow', 'k', k, 0);
  if (k === 0) return polyOne(p.ring);
  if (p.terms.size === 1) {
    const [[key, c]] = p.terms;
    const e = exponentsOf(key).map((x) => x * k);
    if (e.some((x) => x > MAX_EXPONENT)) throw new ArithmeticError('polyPow', `an exponent exceeds ${MAX_EXPONENT}`);
    const F = p.ring.field;
    let coeff = F.one;
    let base = c;
    for (let m = k; m > 0; m = Math.floor(m / 2)) {
      if (m % 2 === 1) coeff = F.mul(coeff, base);
      base = F.mul(base, base);
    }
    return make(p.ring, new Map([[keyOf(e), coeff]]));
  }
  let r = p;
  for (let i = 1; i < k; i++) r = polyMul(r, p);
  return r;
}

// ------------------------------------------------------------------ queries

/**
 * True for the zero polynomial.
 */
export function polyIsZero<T>(p: Polynomial<T>): boolean {
  checkPoly('polyIsZero', 'p', p);
  return p.terms.size === 0;
}

/**
 * Exact equality of two polynomials of the same ring.
 */
export function polyEq<T>(a: Polynomial<T>, b: Polynomial<T>): boolean {
  const ring = checkSame('polyEq', a, b);
  if (a.terms.size !== b.terms.size) return false;
  for (const [k, c] of a.terms) {
    const d = b.terms.get(k);
    if (d === undefined || !ring.field.eq(c, d)) return false;
  }
  return true;
}

/**
 * Total degree; -1 for the zero polynomial.
 */
export function polyTotalDegree<T>(p: Polynomial<T>): number {
  checkPoly('polyTotalDegree', 'p', p);
  let d = -1;
  for (const k of p.terms.keys()) d = Math.max(d, degreeOf(k));
  return d;
}

/**
 * The terms `[exponents, coefficient]`, largest first in the graded reverse
 * lexicographic order with x_0 > x_1 > … (Macaulay2's and Singular's default
 * `dp`): higher total degree first; on a tie, the monomial with the smaller
 * exponent in the last variable where they differ comes first.
 */
export function polyTerms<T>(p: Polynomial<T>): [number[], T][] {
  checkPoly('polyTerms', 'p', p);
  const rows = [...p.terms].map(([k, c]) => ({ e: exponentsOf(k), d: degreeOf(k), c }));
  rows.sort((a, b) => {
    if (a.d !== b.d) return b.d - a.d;
    for (let i = a.e.length - 1; i >= 0; i--) if (a.e[i] !== b.e[i]) return a.e[i] - b.e[i];
    return 0;
  });
  return rows.map(({ e, c }) => [e, c]);
}

// ------------------------------------------------------------ maps of rings

function checkPoint<T>(fn: string, p: Polynomial<T>, point: readonly T[]): void {
  const n = p.ring.variables.length;
  if (!Array.isArray(point) || point.length !== n) {
    throw new ArgumentError(fn, 'point.length', Array.isArray(point) ? point.length : point, `${n} (one value per variable)`);
  }
}

/**
 * The value of `p` at `point` (one field element per variable), exactly.
 * Powers of each coordinate are computed once and shared by all terms.
 *
 * @example
 * ```ts
 * import { QQ, parsePolynomialMap, polyEvaluate, rational, ratToString } from 'deeplin';
 * const [p] = parsePolynomialMap(['x', 'y'], 'x^2*y - 1/2*y').polynomials;
 * ratToString(polyEvaluate(p, [rational(3), rational(-2, 5)])); // "-17/5"   (9 - 1/2)·(-2/5)
 * ```
 */
export function polyEvaluate<T>(p: Polynomial<T>, point: readonly T[]): T {
  checkPoly('polyEvaluate', 'p', p);
  checkPoint('polyEvaluate', p, point);
  const F = p.ring.field;
  const powers: T[][] = point.map((v) => [F.one, v]);
  const power = (i: number, e: number): T => {
    const pw = powers[i];
    while (pw.length <= e) pw.push(F.mul(pw[pw.length - 1], point[i]));
    return pw[e];
  };
  let sum = F.zero;
  for (const [k, c] of p.terms) {
    let t = c;
    for (let i = 0; i < k.length; i++) {
      const e = k.charCodeAt(i);
      if (e !== 0) t = F.mul(t, power(i, e));
    }
    sum = F.add(sum, t);
  }
  return sum;
}

/**
 * Partial derivative `∂p/∂x_i` (in characteristic p, terms whose exponent is
 * divisible by p vanish).
 */
export function polyPartial<T>(p: Polynomial<T>, varIndex: number): Polynomial<T> {
  checkPoly('polyPartial', 'p', p);
  const n = p.ring.variables.length;
  if (n === 0) throw new ArgumentError('polyPartial', 'varIndex', varIndex, 'none (the ring has no variables)');
  requireInteger('polyPartial', 'varIndex', varIndex, 0, n - 1);
  const F = p.ring.field;
  const acc = new Map<string, T>();
  for (const [k, c] of p.terms) {
    const e = k.charCodeAt(varIndex);
    if (e === 0) continue;
    const d = F.mul(c, F.fromInt(e));
    if (F.isZero(d)) continue;
    const key = k.slice(0, varIndex) + String.fromCharCode(e - 1) + k.slice(varIndex + 1);
    acc.set(key, d);
  }
  return make(p.ring, acc);
}

/**
 * The ring map `x_i ↦ images[i]`: substitutes one polynomial of a target
 * ring (over the same field object) for each variable of `p`'s ring. The
 * target ring is that of the images; pass `target` when `p`'s ring has no
 * variables (or to state it explicitly).
 */
export function polySubstitute<T>(
  p: Polynomial<T>,
  images: readonly Polynomial<T>[],
  target: PolynomialRing<T> | undefined = images[0]?.ring,
): Polynomial<T> {
  checkPoly('polySubstitute', 'p', p);
  const n = p.ring.variables.length;
  if (!Array.isArray(images) || images.length !== n) {
    throw new ArgumentError('polySubstitute', 'images.length', Array.isArray(images) ? images.length : images, `${n} (one per variable)`);
  }
  if (target === undefined) throw new ArgumentError('polySubstitute', 'target', target, 'a PolynomialRing (no images to read it from)');
  if (target.field !== p.ring.field) {
    throw new ArgumentError('polySubstitute', 'target.field', target.field.name, `the field of p (${p.ring.field.name})`);
  }
  images.forEach((q, i) => {
    checkPoly('polySubstitute', `images[${i}]`, q);
    if (!sameRing(q.ring, target)) throw new ArgumentError('polySubstitute', `images[${i}].ring`, q.ring.variables, 'the target ring');
  });
  const powers: Polynomial<T>[][] = images.map((q) => [polyOne(target), q]);
  const power = (i: number, e: number): Polynomial<T> => {
    const pw = powers[i];
    while (pw.length <= e) pw.push(polyMul(pw[pw.length - 1], images[i]));
    return pw[e];
  };
  const acc = new Map<string, T>();
  for (const [k, c] of p.terms) {
    let t = polyConstant(target, c);
    for (let i = 0; i < n && t.terms.size > 0; i++) {
      const e = k.charCodeAt(i);
      if (e !== 0) t = polyMul(t, power(i, e));
    }
    for (const [tk, tc] of t.terms) accumulate(target, acc, tk, tc);
  }
  return make(target, acc);
}

/**
 * Applies `f` to every coefficient, landing in `targetRing` (same variable
 * names, any field), e.g. reduction Q → F_p with `F.fromRational`. Terms
 * whose image is zero are dropped; errors thrown by `f` propagate.
 */
export function polyMapCoefficients<S, T>(p: Polynomial<S>, targetRing: PolynomialRing<T>, f: (c: S) => T): Polynomial<T> {
  checkPoly('polyMapCoefficients', 'p', p);
  const from = p.ring.variables;
  const to = targetRing.variables;
  if (from.length !== to.length || from.some((v, i) => v !== to[i])) {
    throw new ArgumentError('polyMapCoefficients', 'targetRing.variables', to, `the variables of p (${from.join(', ')})`);
  }
  const acc = new Map<string, T>();
  for (const [k, c] of p.terms) {
    const d = f(c);
    if (!targetRing.field.isZero(d)) acc.set(k, d);
  }
  return make(targetRing, acc);
}
