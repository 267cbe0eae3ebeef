/**
 * The one parser of polynomial text over Q, in two dialects:
 *
 * - `plain`, the text `polyToString(·, 'plain')` writes
 *   (`3*w1_1_2^2 - 1/2*w2_1_1*w3_2_2`), read strictly to check certificates
 *   ({@link parsePolynomial}):
 *
 *       polynomial := ["-"] term (("+" | "-") term)*
 *       term       := factor ("*" factor)*
 *       factor     := integer ["/" integer] | variable ["^" integer]
 *
 *   Integers are decimal digit strings of any length; `/` only between two
 *   integers (a rational coefficient); spaces (not tabs) between tokens.
 *   Decimal points, `1e3`, parentheses, implicit products, doubled signs, a
 *   zero denominator, an exponent above MAX_EXPONENT are refused.
 *
 * - `expression`, what a person types (`parsePolynomialMap`, `deeplin
 *   image-dim --map`), with the precedences of common calculator syntax (the
 *   mathjs grammar this dialect replaced): also parentheses, signs anywhere
 *   (`a - -b`; `-a^2` is `-(a^2)`), powers of any factor with a constant
 *   exponent in [0, 64] (right-associative), division by a nonzero constant,
 *   implicit products (`2a b`, `(a+b)(a-b)`, `(a+b) 2`), which bind tighter
 *   than `*` and `/` (`a/2b` is `a/(2b)`, refused) except in `1/2a` =
 *   `(1/2)*a`, and decimal constants when they are integers below 2^53
 *   (`2.0`, `1e3`; not `0.5`: write `1/2`). Spaces and tabs between tokens.
 *   Before a product or power is expanded, a bound on its number of terms is
 *   passed to `beforeExpansion` (which may refuse it).
 *
 * Sums and products are read by loops, not recursion, so a 10,000-term
 * polynomial parses; only parentheses and exponents recurse, at most
 * {@link MAX_POLYNOMIAL_NESTING} deep. Texts longer than
 * {@link MAX_POLYNOMIAL_TEXT} characters are refused before reading.
 */
import {
  MAX_EXPONENT, type Polynomial, polyConstant, polyMul, polyNeg, polyPow, polyScale, polySum, polyTotalDegree, polyVariable,
} from '../algebra/polynomial';
import type { PolynomialRing } from '../algebra/polynomialRing';
import { rational, ratInv, ratMul, RAT_ONE, type Rational } from '../algebra/rational';
import { FormatError } from '../errors';

/** Longest polynomial text read, in characters (a 10,000-term polynomial is about 150,000). */
export const MAX_POLYNOMIAL_TEXT = 1_000_000;
/** Deepest nesting of parentheses and exponents (each level is one recursive call). */
export const MAX_POLYNOMIAL_NESTING = 100;

export interface ReadPolynomialOptions {
  readonly dialect: 'plain' | 'expression';
  /** Called with the reason and the 0-based position of a refusal; must throw. */
  readonly refuse: (reason: string, at: number) => never;
  /** Called before a product or power is expanded, with what it is and an upper bound on its terms; may throw (expression dialect). */
  readonly beforeExpansion?: (what: string, terms: number) => void;
}

/** Number of monomials of degree <= D in n variables, C(n + D, n), as a float (Infinity beyond 1e300). */
function monomialCount(n: number, D: number): number {
  let c = 1;
  for (let i = 1; i <= n && c < 1e300; i++) c = (c * (D + i)) / i;
  return c;
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isNameStart = (c: string | undefined): boolean => c !== undefined && /[A-Za-z_]/.test(c);
const isNameChar = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9_]/.test(c);
/** Characters of operators other than + - * / ^ (comparisons, logic, modulo, factorial, …), refused by name in the expression dialect. */
const OTHER_OPERATOR = /^[=<>!%&|~?:]+/;
const TWO_TO_53 = 2n ** 53n;

/** The exact value of a decimal literal (`12`, `2.50`, `1e3`, `.5`). */
function decimalValue(literal: string): Rational | null {
  const m = /^(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(literal);
  if (m === null) return null;
  const [, whole, fraction = '', exponentText = '0'] = m;
  const mantissa = BigInt(`${whole}${fraction}` || '0');
  const scale = fraction.length - Number(exponentText);
  if (mantissa === 0n) return rational(0n);
  if (Math.abs(scale) > 400) return null; // far beyond 2^53 or below 1: not an exact integer
  return scale >= 0 ? rational(mantissa, 10n ** BigInt(scale)) : rational(mantissa * 10n ** BigInt(-scale));
}

/** The constant value of `p`, or undefined when `p` has a variable. */
function constantOf(p: Polynomial<Rational>): Rational | undefined {
  if (polyTotalDegree(p) > 0) return undefined;
  const [c] = [...p.terms.values()];
  return c ?? rational(0n);
}

/**
 * Reads `text` as a polynomial of `ring` in the given dialect (see the file
 * header); every refusal goes through `options.refuse(reason, position)`.
 */
export function readPolynomial(text: string, ring: PolynomialRing<Rational>, options: ReadPolynomialOptions): Polynomial<Rational> {
  const { refuse } = options;
  const expression = options.dialect === 'expression';
  const n = ring.variables.length;
  const index = new Map(ring.variables.map((v, i) => [v, i]));
  const allowed = ` (allowed: a polynomial in ${ring.variables.join(', ')} written with numbers, + - * / ^ and parentheses)`;
  if (text.length > MAX_POLYNOMIAL_TEXT) refuse(`the text has ${text.length} characters (allowed: at most ${MAX_POLYNOMIAL_TEXT})`, MAX_POLYNOMIAL_TEXT);
  let pos = 0;
  let depth = 0;

  const skip = (): void => {
    while (pos < text.length && (text[pos] === ' ' || (expression && text[pos] === '\t'))) pos++;
  };
  const unexpected = (at = pos): never => {
    const found = at < text.length ? `'${text[at]}'` : 'end of text';
    const operator = expression ? OTHER_OPERATOR.exec(text.slice(at)) : null;
    if (operator) return refuse(`the operator "${operator[0]}" is not allowed in a polynomial (allowed: + - * / ^)`, at);
    return refuse(expression ? `unexpected ${found} at position ${at}${allowed}` : `unexpected ${found}`, at);
  };
  const nested = <T>(read: () => T): T => {
    if (++depth > MAX_POLYNOMIAL_NESTING) refuse(`parentheses and exponents nested more than ${MAX_POLYNOMIAL_NESTING} deep (allowed: at most ${MAX_POLYNOMIAL_NESTING})`, pos);
    const value = read();
    depth--;
    return value;
  };
  const integer = (): bigint => {
    const start = pos;
    while (isDigit(text[pos])) pos++;
    if (pos === start) unexpected();
    return BigInt(text.slice(start, pos));
  };
  const name = (): string => {
    const start = pos;
    while (isNameChar(text[pos])) pos++;
    return text.slice(start, pos);
  };
  const variable = (v: string, at: number): Polynomial<Rational> => {
    const i = index.get(v);
    if (i === undefined) return refuse(expression ? `unknown variable "${v}" (allowed: ${ring.variables.join(', ')})` : `unknown variable "${v}"`, at);
    return polyVariable(ring, i);
  };

  // ------------------------------------------------------------ plain dialect
  const plainFactor = (): Polynomial<Rational> => {
    skip();
    if (isDigit(text[pos])) {
      const num = integer();
      if (text[pos] !== '/') return polyConstant(ring, rational(num));
      pos++;
      const at = pos;
      const den = integer();
      if (den === 0n) refuse('denominator zero', at);
      return polyConstant(ring, rational(num, den));
    }
    if (isNameStart(text[pos])) {
      const at = pos;
      const x = variable(name(), at);
      if (text[pos] !== '^') return x;
      pos++;
      const exponentAt = pos;
      const e = integer();
      if (e > BigInt(MAX_EXPONENT)) refuse(`exponent above ${MAX_EXPONENT}`, exponentAt);
      return polyPow(x, Number(e));
    }
    return unexpected();
  };

  // ------------------------------------------------------- expression dialect
  /** An operand and what it was written as (implicit products and `1/2a` depend on it, as in common calculator syntax). */
  interface Operand {
    readonly p: Polynomial<Rational>;
    readonly kind: 'constant' | 'signed constant' | 'variable' | 'parenthesis' | 'operator';
  }
  /** The end of the number literal at `at` (`12`, `2.50`, `1e3`, `.5`). */
  const numberEnd = (at: number): number => {
    let i = at;
    while (isDigit(text[i])) i++;
    if (text[i] === '.') for (i++; isDigit(text[i]); ) i++;
    if (/^[eE][+-]?\d/.test(text.slice(i, i + 3))) for (i += /^[eE][+-]/.test(text.slice(i, i + 2)) ? 2 : 1; isDigit(text[i]); ) i++;
    return i;
  };
  const constant = (): Rational => {
    const start = pos;
    pos = numberEnd(pos);
    const literal = text.slice(start, pos);
    const value = decimalValue(literal);
    if (value === null || value.den !== 1n || value.num >= TWO_TO_53 || value.num <= -TWO_TO_53) {
      return refuse(`the constant ${literal} is not exact (allowed: integers below 2^53 and fractions like 1/2, not decimals)`, start);
    }
    return value;
  };
  const startsNumber = (at: number): boolean => isDigit(text[at]) || (text[at] === '.' && isDigit(text[at + 1]));
  const primary = (): Operand => {
    skip();
    const c = text[pos];
    if (startsNumber(pos)) return { p: polyConstant(ring, constant()), kind: 'constant' };
    if (isNameStart(c)) {
      const at = pos;
      const v = name();
      let next = pos;
      while (text[next] === ' ' || text[next] === '\t') next++;
      if (text[next] === '(') refuse(`FunctionNode is not allowed in a polynomial (allowed: numbers, variables, + - * / ^ and parentheses)`, at);
      return { p: variable(v, at), kind: 'variable' };
    }
    if (c === '(') {
      pos++;
      const inner = nested(sum);
      skip();
      if (text[pos] !== ')') unexpected();
      pos++;
      return { p: inner, kind: 'parenthesis' };
    }
    return unexpected();
  };
  const power = (): Operand => {
    skip();
    const start = pos;
    const base = primary();
    const end = pos;
    skip();
    if (text[pos] !== '^') {
      pos = end;
      return base;
    }
    pos++;
    const exponentAt = pos;
    const e = constantOf(nested(signed).p);
    if (e === undefined || e.den !== 1n || e.num < 0n || e.num > 64n) return refuse('exponents must be integers in [0, 64]', exponentAt);
    const k = Number(e.num);
    // a product of k of the t terms, with repetition: at most C(t + k - 1, k) monomials
    options.beforeExpansion?.(`the power ${text.slice(start, pos).trim()}`, Math.min(monomialCount(base.p.terms.size - 1, k), monomialCount(n, k * polyTotalDegree(base.p))));
    return { p: polyPow(base.p, k), kind: 'operator' };
  };
  /** Signs, then a power: `-a^2` is `-(a^2)`. */
  function signed(): Operand {
    let signs = 0;
    let negative = false;
    for (skip(); text[pos] === '-' || text[pos] === '+'; skip(), signs++) negative = (text[pos++] === '-') !== negative;
    const x = power();
    if (signs === 0) return x;
    return { p: negative ? polyNeg(x.p) : x.p, kind: signs === 1 && x.kind === 'constant' ? 'signed constant' : 'operator' };
  }
  const spaceAfter = (at: number): number => {
    let i = at;
    while (text[i] === ' ' || text[i] === '\t') i++;
    return i;
  };
  /** `1/2a` is `(1/2)*a`: a number divided by a number that an implicit product follows. */
  const fraction = (): Operand => {
    let x = signed();
    let last = x;
    for (;;) {
      skip();
      if (text[pos] !== '/' || (last.kind !== 'constant' && last.kind !== 'signed constant')) return x;
      const at = spaceAfter(pos + 1);
      if (!startsNumber(at)) return x;
      const next = spaceAfter(numberEnd(at));
      if (!isNameStart(text[next]) && text[next] !== '(') return x;
      pos = at;
      const d = constant();
      if (d.num === 0n) refuse('division only by a nonzero constant (allowed: e.g. (a+b)/2)', at);
      x = { p: polyScale(ratInv(d), x.p), kind: 'operator' };
      last = { p: polyConstant(ring, d), kind: 'constant' };
    }
  };
  /** Implicit products bind tighter than `*` and `/`: `a/2b` is `a/(2b)`. A number follows only a variable or a parenthesis (`(a+b) 2`). */
  const implicitProduct = (): Polynomial<Rational> => {
    skip();
    const start = pos;
    let last = fraction();
    const factors = [last.p];
    for (;;) {
      skip();
      const c = text[pos];
      if (!isNameStart(c) && c !== '(' && !(startsNumber(pos) && (last.kind === 'variable' || last.kind === 'parenthesis'))) break;
      last = fraction();
      factors.push(last.p);
    }
    return multiply(factors, start, pos);
  };

  // ------------------------------------------------------------ both dialects
  /** Checks the size of each partial product of `factors` (the text from `start` to `end`), then multiplies. */
  function multiply(factors: readonly Polynomial<Rational>[], start: number, end: number): Polynomial<Rational> {
    let p = factors[0];
    for (let k = 1; k < factors.length; k++) {
      const b = factors[k];
      if (options.beforeExpansion) {
        const bound = Math.min(p.terms.size * b.terms.size, monomialCount(n, polyTotalDegree(p) + polyTotalDegree(b)));
        options.beforeExpansion(factors.length === 2 ? `the product ${text.slice(start, end).trim()}` : `the product of the first ${k + 1} factors of ${factors.length}`, bound);
      }
      p = polyMul(p, b);
    }
    return p;
  }
  /** Factors joined by `*` (plain), or implicit products joined by `*` and `/` (expression). */
  const product = (): Polynomial<Rational> => {
    skip();
    const start = pos;
    const factor = expression ? implicitProduct : plainFactor;
    const factors = [factor()];
    let scale = RAT_ONE;
    for (;;) {
      skip();
      if (text[pos] === '*') {
        pos++;
        factors.push(factor());
      } else if (expression && text[pos] === '/') {
        const at = spaceAfter(++pos);
        const d = constantOf(implicitProduct());
        if (d === undefined || d.num === 0n) refuse('division only by a nonzero constant (allowed: e.g. (a+b)/2)', at);
        scale = ratMul(scale, ratInv(d as Rational));
      } else break;
    }
    const p = multiply(factors, start, pos);
    return scale === RAT_ONE ? p : polyScale(scale, p);
  };
  function sum(): Polynomial<Rational> {
    skip();
    let negative = false;
    if (!expression) {
      if (pos === text.length) refuse('empty polynomial', pos);
      if (text[pos] === '-') {
        negative = true;
        pos++;
      }
    }
    const terms: Polynomial<Rational>[] = [];
    for (;;) {
      const t = product();
      terms.push(negative ? polyNeg(t) : t);
      skip();
      if (text[pos] !== '+' && text[pos] !== '-') return polySum(ring, terms);
      negative = text[pos++] === '-';
    }
  }

  const p = sum();
  skip();
  if (pos !== text.length) unexpected();
  return p;
}

/** `text` quoted for a message: whole when short, else 60 characters either side of `at`. */
function quoted(text: string, at: number): string {
  if (text.length <= 200) return JSON.stringify(text);
  const from = Math.max(0, at - 60);
  return `${from > 0 ? '…' : ''}${JSON.stringify(text.slice(from, at + 60))}${at + 60 < text.length ? '…' : ''} (${text.length} characters)`;
}

/**
 * Parses `text`, in the `plain` dialect (see the file header), as a
 * polynomial of `ring` (over Q). `where` prefixes error messages (default
 * `parsePolynomial`). Throws FormatError naming the (0-based) position.
 */
export function parsePolynomial(text: unknown, ring: PolynomialRing<Rational>, where = 'parsePolynomial'): Polynomial<Rational> {
  if (typeof text !== 'string') {
    throw new FormatError(where, `expected a polynomial written as a string, got ${JSON.stringify(text) ?? String(text)}`);
  }
  return readPolynomial(text, ring, {
    dialect: 'plain',
    refuse: (reason, at) => {
      throw new FormatError(where, `${reason} at position ${at} in ${quoted(text, at)} (expected terms like 3*w1_1_2^2 or -1/2*x*y joined by + and -)`);
    },
  });
}
