import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { polyEvaluate } from '../../src/algebra/polynomial';
import { polyToString } from '../../src/algebra/polynomialFormat';
import { rational } from '../../src/algebra/rational';
import { FormatError } from '../../src/errors';
import { parsePolynomialMap } from '../../src/symbolic/parsePolynomialMap';

describe('parsePolynomialMap', () => {
  it('parses exactly: rational constants, implicit products, powers, parentheses, commas inside parentheses are not separators', () => {
    const { polynomials } = parsePolynomialMap(['a', 'b'], '2a b - 3, (a+b)^2/2, -a, +b');
    expect(polynomials.map((p) => polyToString(p))).toEqual(['2*a*b - 3', '1/2*a^2 + a*b + 1/2*b^2', '-a', 'b']);
  });

  it('evaluation of the parsed polynomial equals evaluating the text by hand (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -20, max: 20 }), fc.integer({ min: -20, max: 20 }), (x, y) => {
        const [p] = parsePolynomialMap(['a', 'b'], '3*a^2*b - 1/2*b + 7').polynomials;
        const v = polyEvaluate(p, [rational(x), rational(y)]);
        const expected = rational(2 * (3 * x * x * y) - y + 14, 2);
        expect(v).toEqual(expected);
      }),
      { seed: 11, numRuns: 50 },
    );
  });

  const bad: [string, RegExp][] = [
    ['0.5*a', /the constant 0\.5 is not exact/],
    ['sin(a)', /FunctionNode is not allowed/],
    ['a/b', /division only by a nonzero constant/],
    ['a/0', /division only by a nonzero constant/],
    ['a^-1', /exponents must be integers in \[0, 64\]/],
    ['a^100', /exponents must be integers in \[0, 64\]/],
    ['x', /unknown variable "x" \(allowed: a, b\)/],
    ['a,,b', /must be a comma-separated list/],
    ['a +* b', /component 1/],
    ['a == b', /not allowed in a polynomial/],
    ['123456789012345678901234', /is not exact/],
  ];
  for (const [text, message] of bad) {
    it(`refuses "${text}" with a FormatError naming the component`, () => {
      expect(() => parsePolynomialMap(['a', 'b'], text)).toThrow(FormatError);
      expect(() => parsePolynomialMap(['a', 'b'], text)).toThrow(message);
    });
  }

  it('refuses bad variable names', () => {
    expect(() => parsePolynomialMap(['a', 'a'], 'a')).toThrow(/^parsePolynomialMap: variables/);
  });
});
