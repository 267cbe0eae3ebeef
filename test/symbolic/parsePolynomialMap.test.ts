import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { polyEvaluate } from '../../src/algebra/polynomial';
import { polyToString } from '../../src/algebra/polynomialFormat';
import { rational } from '../../src/algebra/rational';
import { FormatError } from '../../src/errors';
import { memoryBudget } from '../../src/limits/memoryBudget';
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

  it('names the command and its options in every message, and states what is allowed', () => {
    const opts = { name: 'deeplin image-dim', argument: '--map', variablesArgument: '--vars' };
    expect(() => parsePolynomialMap(['a', 'b'], 'a, 0.5*b', opts)).toThrow(
      /^deeplin image-dim: --map component 2 "0\.5\*b": the constant 0\.5 is not exact \(allowed: integers below 2\^53 and fractions like 1\/2, not decimals\)$/,
    );
    expect(() => parsePolynomialMap(['a', 'b'], 'a +* b', opts)).toThrow(/^deeplin image-dim: --map component 1 "a \+\* b": .*\(allowed: a polynomial in a, b written with numbers/);
    expect(() => parsePolynomialMap(['a', 'b'], 'a,,b', opts)).toThrow(/^deeplin image-dim: --map "a,,b" must be a comma-separated list of polynomials \(allowed: /);
    expect(() => parsePolynomialMap(['a', '1b'], 'a', opts)).toThrow(/^deeplin image-dim: --vars: polynomialRing: variables\[1\] = "1b"/);
  });
});

describe('parsePolynomialMap: expansions are bounded before they are allocated', () => {
  const tiny = memoryBudget({ heapLimit: 2 ** 20, totalMemory: 2 ** 30 }); // 768 KB

  it('refuses a power whose expansion exceeds the budget, with the bound on its terms and the estimate', () => {
    const t0 = Date.now();
    expect(() => parsePolynomialMap(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'], 'a, (a+b+c+d+e+f+g+h)^64', { name: 'deeplin image-dim', argument: '--map' })).toThrow(
      /^deeplin image-dim: --map component 2 = "\(a\+b\+c\+d\+e\+f\+g\+h\)\^64" is out of range \(allowed: polynomials whose expansion fits in memory \(the power .* has up to 1\.33e\+9 terms\); estimated peak memory [\d.]+ GB \(polynomial expansion\) exceeds the budget /,
    );
    expect(Date.now() - t0).toBeLessThan(1000); // refused from the sizes, not after trying
  });

  it('refuses a product whose expansion exceeds a small budget, and accepts it under a large one', () => {
    const text = '(a+b+c+d+e+f+g+h+i+j)^3 * (a+b+c+d+e+f+g+h+i+j)^3';
    const vars = 'abcdefghij'.split('');
    expect(() => parsePolynomialMap(vars, text, { budget: tiny })).toThrow(/^parsePolynomialMap: component 1 = .* \(allowed: polynomials whose expansion fits in memory \(the product .* has up to 8\.01e\+3 terms\)/);
    expect(parsePolynomialMap(vars, text).polynomials[0].terms.size).toBe(5005); // C(15, 6): all monomials of degree 6 in 10 variables
  });

  it('bounds a power by the number of monomials of its degree (never below the true size)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 6 }), (n, k) => {
        const vars = 'abcd'.split('').slice(0, n);
        const p = parsePolynomialMap(vars, `(${vars.join(' + ')} + 1)^${k}`).polynomials[0];
        // (a + ... + 1)^k has every monomial of degree <= k: C(n + k, n) terms
        let binom = 1;
        for (let i = 1; i <= n; i++) binom = (binom * (k + i)) / i;
        expect(p.terms.size).toBe(Math.round(binom));
      }),
      { seed: 12, numRuns: 30 },
    );
  });
});

describe('long sums and products do not recurse per term (issue #9 item 6)', () => {
  it('one 10,000-term polynomial parses (it overflowed the call stack before)', () => {
    const terms = Array.from({ length: 10_000 }, (_, i) => `${i + 1}*a^${i % 9}*b`).join(' + ');
    const [f] = parsePolynomialMap(['a', 'b'], terms).polynomials;
    expect(f.terms.size).toBe(9);
  });
  it('a 5,000-factor product of constants and a 10,000-term difference', () => {
    const product = Array.from({ length: 5000 }, () => '1').join('*');
    const difference = Array.from({ length: 10_000 }, () => 'a').join(' - ');
    const [p, d] = parsePolynomialMap(['a'], `${product}*a, ${difference}`).polynomials;
    expect(polyToString(p, 'plain')).toBe('a');
    expect(polyToString(d, 'plain')).toBe('-9998*a');
  });
});
