/**
 * Parses a polynomial map written as text, e.g. `"a*b, b*c, 1/2*a^2 - c"`,
 * into exact polynomials over Q: the text is split at the commas outside
 * parentheses and each part is read by the one polynomial parser
 * (`readPolynomial` in parsePolynomial.ts, `expression` dialect: parentheses,
 * implicit products, powers with exponents in [0, 64], division by nonzero
 * constants; decimals such as `0.5` are refused, write `1/2`; integer
 * constants below 2^53). Before each product or power is expanded, its number
 * of terms is bounded (min of the product of the term counts and the number
 * of monomials of that degree) and an expansion whose estimated memory
 * exceeds the budget is refused with the estimate, before it is allocated.
 *
 * Errors are one line: `NAME: ARGUMENT component i "TEXT": reason (allowed: …)`,
 * where `options.name` / `options.argument` let a command name its option
 * (e.g. `deeplin image-dim` / `--map`).
 *
 * @example
 * ```ts
 * import { parsePolynomialMap, polyToString } from 'deeplin';
 * const { polynomials } = parsePolynomialMap(['a', 'b'], 'a*b, (a+b)^2/2');
 * polynomials.map((p) => polyToString(p)); // ["a*b","1/2*a^2 + a*b + 1/2*b^2"]
 * (() => { try { parsePolynomialMap(['a', 'b'], 'a, 0.5*b', { name: 'deeplin image-dim', argument: '--map' }); return 'parsed'; } catch (e) { return (e as Error).message; } })(); // "deeplin image-dim: --map component 2 \"0.5*b\": the constant 0.5 is not exact (allowed: integers below 2^53 and fractions like 1/2, not decimals)"
 * ```
 */
import type { Polynomial } from '../algebra/polynomial';
import { polynomialRing, type PolynomialRing } from '../algebra/polynomialRing';
import type { Rational } from '../algebra/rational';
import { QQ } from '../algebra/rationalField';
import { FormatError } from '../errors';
import { memoryBudget, requireMemory, type MemoryBudget } from '../limits/memoryBudget';
import { MEMORY_BYTES, memoryEstimate } from '../limits/memoryEstimate';
import { MAX_POLYNOMIAL_TEXT, readPolynomial } from './parsePolynomial';

export interface PolynomialMap {
  readonly ring: PolynomialRing<Rational>;
  readonly polynomials: readonly Polynomial<Rational>[];
}

export interface ParsePolynomialMapOptions {
  /** Who refuses, first in every message (default `parsePolynomialMap`). */
  readonly name?: string;
  /** The option the text came from, e.g. `--map` (default: none). */
  readonly argument?: string;
  /** The option the variable names came from, e.g. `--vars` (default `variables`). */
  readonly variablesArgument?: string;
  /** Memory budget for expanding products and powers (default: this process's). */
  readonly budget?: MemoryBudget;
}

export function parsePolynomialMap(variables: readonly string[], text: string, options: ParsePolynomialMapOptions = {}): PolynomialMap {
  const name = options.name ?? 'parsePolynomialMap';
  const argument = options.argument ?? '';
  let ring: PolynomialRing<Rational>;
  try {
    ring = polynomialRing(QQ, variables);
  } catch (e) {
    throw new FormatError(name, `${options.variablesArgument ?? 'variables'}: ${(e as Error).message}`);
  }
  const prefix = argument ? `${argument} ` : '';
  if (text.length > MAX_POLYNOMIAL_TEXT) throw new FormatError(name, `${prefix}has ${text.length} characters (allowed: at most ${MAX_POLYNOMIAL_TEXT})`);
  const parts = splitTopLevel(text);
  if (parts.length === 0 || parts.some((p) => p.trim() === '')) {
    throw new FormatError(name, `${prefix}"${text}" must be a comma-separated list of polynomials (allowed: e.g. "a*b, 1/2*a^2 - c", no empty entries)`);
  }
  const budget = options.budget ?? memoryBudget();
  const n = ring.variables.length;
  const polynomials = parts.map((part, i) => {
    const component = `${prefix}component ${i + 1}`;
    return readPolynomial(part, ring, {
      dialect: 'expression',
      refuse: (reason) => {
        throw new FormatError(name, `${component} "${part.trim()}": ${reason}`);
      },
      beforeExpansion: (what, terms) => {
        const estimate = memoryEstimate([
          { name: 'polynomial expansion', items: [{ what: 'polynomial terms', count: terms, bytesEach: MEMORY_BYTES.polyTermPeakFactor * (MEMORY_BYTES.polyTermBase + n) }] },
        ]);
        requireMemory(name, component, part.trim(), estimate, `polynomials whose expansion fits in memory (${what} has up to ${terms.toPrecision(3)} terms)`, budget);
      },
    });
  });
  return { ring, polynomials };
}

/** Splits on commas outside parentheses. */
function splitTopLevel(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    else if (ch === ',' && depth === 0) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out;
}
