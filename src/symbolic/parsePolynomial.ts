/**
 * A strict, exact parser for the `plain` polynomial text of `polyToString`
 * (`3*w1_1_2^2 - 1/2*w2_1_1*w3_2_2`), used to read certificates back.
 *
 * Grammar (spaces allowed between tokens):
 *
 *   polynomial := ["-"] term (("+" | "-") term)*
 *   term       := factor ("*" factor)*
 *   factor     := integer ["/" integer] | variable ["^" integer]
 *
 * Integers are decimal digit strings; `/` is allowed only between two
 * integers (a rational coefficient); variables must belong to the ring.
 * Everything else — decimal points, exponents like `1e3`, parentheses,
 * implicit products, doubled signs, division by zero, an unknown variable —
 * is refused with a FormatError naming the (0-based) position.
 */
import {
  MAX_EXPONENT, type Polynomial, polyConstant, polyMul, polyNeg, polyPow, polySum, polyVariable,
} from '../algebra/polynomial';
import type { PolynomialRing } from '../algebra/polynomialRing';
import { rational, type Rational } from '../algebra/rational';
import { FormatError } from '../errors';

/**
 * Parses `text` as a polynomial of `ring` (over Q). `where` prefixes error
 * messages (default `parsePolynomial`). Throws FormatError on any deviation
 * from the grammar above.
 */
export function parsePolynomial(text: unknown, ring: PolynomialRing<Rational>, where = 'parsePolynomial'): Polynomial<Rational> {
  if (typeof text !== 'string') {
    throw new FormatError(where, `expected a polynomial written as a string, got ${JSON.stringify(text) ?? String(text)}`);
  }
  const index = new Map(ring.variables.map((v, i) => [v, i]));
  let pos = 0;
  const fail = (what: string, at = pos): never => {
    const found = at < text.length ? `'${text[at]}'` : 'end of text';
    throw new FormatError(where, `${what === '' ? `unexpected ${found}` : what} at position ${at} in ${JSON.stringify(text)} (expected terms like 3*w1_1_2^2 or -1/2*x*y joined by + and -)`);
  };
  const skip = (): void => {
    while (pos < text.length && text[pos] === ' ') pos++;
  };
  const integer = (): bigint => {
    const start = pos;
    while (pos < text.length && text[pos] >= '0' && text[pos] <= '9') pos++;
    if (pos === start) fail('');
    return BigInt(text.slice(start, pos));
  };
  const factor = (): Polynomial<Rational> => {
    skip();
    const ch = text[pos];
    if (ch !== undefined && ch >= '0' && ch <= '9') {
      const num = integer();
      if (text[pos] !== '/') return polyConstant(ring, rational(num));
      pos++;
      const at = pos;
      const den = integer();
      if (den === 0n) fail('denominator zero', at);
      return polyConstant(ring, rational(num, den));
    }
    if (ch !== undefined && /[A-Za-z]/.test(ch)) {
      const start = pos;
      while (pos < text.length && /[A-Za-z0-9_]/.test(text[pos])) pos++;
      const name = text.slice(start, pos);
      const v = index.get(name);
      if (v === undefined) fail(`unknown variable "${name}"`, start);
      let x = polyVariable(ring, v as number);
      if (text[pos] === '^') {
        pos++;
        const at = pos;
        const e = integer();
        if (e > BigInt(MAX_EXPONENT)) fail(`exponent above ${MAX_EXPONENT}`, at);
        x = polyPow(x, Number(e));
      }
      return x;
    }
    return fail('');
  };
  const term = (): Polynomial<Rational> => {
    let t = factor();
    for (;;) {
      skip();
      if (text[pos] !== '*') return t;
      pos++;
      t = polyMul(t, factor());
    }
  };

  skip();
  if (pos === text.length) fail('empty polynomial');
  const terms: Polynomial<Rational>[] = [];
  let negative = false;
  if (text[pos] === '-') {
    negative = true;
    pos++;
  }
  for (;;) {
    const t = term();
    terms.push(negative ? polyNeg(t) : t);
    skip();
    if (pos === text.length) break;
    const op = text[pos];
    if (op !== '+' && op !== '-') fail('');
    negative = op === '-';
    pos++;
  }
  return polySum(ring, terms);
}
