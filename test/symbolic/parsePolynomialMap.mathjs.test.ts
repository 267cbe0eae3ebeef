/**
 * The polynomial parser against an independent implementation: mathjs
 * (configured with exact Fractions) evaluates the same random expression text
 * at a random rational point, and the value must equal the parsed
 * polynomial's exact value there. mathjs is not the parser any more (its
 * recursive-descent parser overflowed the stack on 10,000-term polynomials,
 * issue #9 item 6); it stays as this oracle.
 */
import fc from 'fast-check';
import { all, create } from 'mathjs';
import { describe, expect, it } from 'vitest';
import { polyEvaluate } from '../../src/algebra/polynomial';
import { rational } from '../../src/algebra/rational';
import { parsePolynomialMap } from '../../src/symbolic/parsePolynomialMap';

const math = create(all, { number: 'Fraction' });
const VARS = ['a', 'b', 'c'];

/** Random expression text over a, b, c: integer and fraction constants, + - * /const ^k, parentheses, unary minus. */
const expr: fc.Arbitrary<string> = fc.letrec<{ e: string }>((tie) => ({
  e: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...VARS),
    fc.integer({ min: 0, max: 9 }).map(String),
    fc.tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 9 })).map(([p, q]) => `(${p}/${q})`),
    fc.tuple(tie('e'), fc.constantFrom('+', '-', '*'), tie('e')).map(([x, op, y]) => `(${x} ${op} ${y})`),
    fc.tuple(tie('e'), fc.integer({ min: 1, max: 5 })).map(([x, q]) => `(${x})/${q}`),
    fc.tuple(tie('e'), fc.integer({ min: 0, max: 3 })).map(([x, k]) => `(${x})^${k}`),
    tie('e').map((x) => `-(${x})`),
  ),
})).e;

describe('parsePolynomialMap against mathjs (exact Fractions) as an independent evaluator', () => {
  it('the parsed polynomial and mathjs give the same exact value at random rational points (property)', () => {
    fc.assert(
      fc.property(expr, fc.array(fc.tuple(fc.integer({ min: -7, max: 7 }), fc.integer({ min: 1, max: 5 })), { minLength: 3, maxLength: 3 }), (text, point) => {
        const [p] = parsePolynomialMap(VARS, text).polynomials;
        const v = polyEvaluate(p, point.map(([n, d]) => rational(n, d)));
        const scope = Object.fromEntries(VARS.map((v, i) => [v, math.fraction(point[i][0], point[i][1])]));
        const f = math.evaluate(text, scope) as { s: bigint | number; n: bigint | number; d: bigint | number };
        expect(`${v.num}/${v.den}`).toBe(`${BigInt(f.s) * BigInt(f.n)}/${BigInt(f.d)}`);
      }),
      { seed: 7101, numRuns: 300 },
    );
  });
});
