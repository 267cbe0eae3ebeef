/**
 * Parses a polynomial map written as text, e.g. `"a*b, b*c, 1/2*a^2 - c"`,
 * into exact polynomials over Q. mathjs does the parsing (its expression
 * grammar and error positions); the AST is then converted exactly by us:
 * mathjs evaluates constants as floating point, so decimals such as `0.5` are
 * refused (write `1/2`), integer constants must be exact doubles (|n| < 2^53),
 * division is allowed only by constants, and powers only with non-negative
 * integer exponents. Before each product or power is expanded, its number of
 * terms is bounded (min of the product of the term counts and the number of
 * monomials of that degree) and an expansion whose estimated memory exceeds
 * the budget is refused with the estimate, before it is allocated.
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
import type { MathNode } from 'mathjs';
import { polyAdd, polyConstant, polyMul, polyNeg, polyPow, polyScale, polySub, polyTotalDegree, polyVariable, type Polynomial } from '../algebra/polynomial';
import { polynomialRing, type PolynomialRing } from '../algebra/polynomialRing';
import { rational, ratInv, type Rational } from '../algebra/rational';
import { QQ } from '../algebra/rationalField';
import { FormatError } from '../errors';
import { memoryBudget, requireMemory, type MemoryBudget } from '../limits/memoryBudget';
import { MEMORY_BYTES, memoryEstimate } from '../limits/memoryEstimate';

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

interface Context {
  readonly ring: PolynomialRing<Rational>;
  readonly name: string;
  /** e.g. `--map component 2`. */
  readonly component: string;
  readonly where: string;
  readonly text: string;
  readonly budget: MemoryBudget;
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
  const parts = splitTopLevel(text);
  if (parts.length === 0 || parts.some((p) => p.trim() === '')) {
    throw new FormatError(name, `${prefix}"${text}" must be a comma-separated list of polynomials (allowed: e.g. "a*b, 1/2*a^2 - c", no empty entries)`);
  }
  const budget = options.budget ?? memoryBudget();
  const polynomials = parts.map((part, i) => {
    const where = `${prefix}component ${i + 1} "${part.trim()}"`;
    let node: MathNode;
    try {
      node = mathjsParse()(part);
    } catch (e) {
      throw new FormatError(name, `${where}: ${(e as Error).message} (allowed: a polynomial in ${ring.variables.join(', ')} written with numbers, + - * / ^ and parentheses)`);
    }
    return convert(node, { ring, name, component: `${prefix}component ${i + 1}`, where, text: part.trim(), budget });
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

function constantOf(p: Polynomial<Rational>): Rational | undefined {
  if (polyTotalDegree(p) > 0) return undefined;
  const [coefficient] = [...p.terms.values()];
  return coefficient ?? QQ.zero;
}

/** Number of monomials of degree <= D in n variables, C(n + D, n), as a float (Infinity beyond 1e300). */
function monomialCount(n: number, D: number): number {
  let c = 1;
  for (let i = 1; i <= n && c < 1e300; i++) c = (c * (D + i)) / i;
  return c;
}

/** Refuses (before allocating) an expansion with up to `terms` terms that does not fit the budget. */
function requireTerms(ctx: Context, what: string, terms: number): void {
  const n = ctx.ring.variables.length;
  const estimate = memoryEstimate([
    { name: 'polynomial expansion', items: [{ what: 'polynomial terms', count: terms, bytesEach: MEMORY_BYTES.polyTermPeakFactor * (MEMORY_BYTES.polyTermBase + n) }] },
  ]);
  requireMemory(ctx.name, ctx.component, ctx.text, estimate, `polynomials whose expansion fits in memory (${what} has up to ${terms.toPrecision(3)} terms)`, ctx.budget);
}

type OperatorLike = MathNode & { type: string; fn?: string; args?: MathNode[] };

/**
 * The binary operands along the left spine of a chain `x1 op x2 op … op xk`
 * (mathjs parses it as a left-deep tree, k levels deep), found by a loop, so a
 * 10,000-term sum does not recurse 10,000 deep; `null` unless the node is such a chain.
 */
function leftSpine(node: OperatorLike, fns: readonly string[]): { first: MathNode; rest: { fn: string; node: MathNode }[] } | null {
  const rest: { fn: string; node: MathNode }[] = [];
  let cur: OperatorLike = node;
  while (cur.type === 'OperatorNode' && fns.includes(cur.fn ?? '') && cur.args?.length === 2) {
    rest.push({ fn: cur.fn as string, node: cur.args[1] });
    cur = cur.args[0] as OperatorLike;
  }
  return rest.length === 0 ? null : { first: cur, rest: rest.reverse() };
}

function convertSum(node: OperatorLike, ctx: Context): Polynomial<Rational> | null {
  const spine = leftSpine(node, ['add', 'subtract']);
  if (spine === null) return null;
  let sum = convert(spine.first, ctx);
  for (const { fn, node: term } of spine.rest) sum = fn === 'add' ? polyAdd(sum, convert(term, ctx)) : polySub(sum, convert(term, ctx));
  return sum;
}

function convertProduct(node: OperatorLike, ctx: Context): Polynomial<Rational> | null {
  const spine = leftSpine(node, ['multiply']);
  if (spine === null) return null;
  const { ring } = ctx;
  let product = convert(spine.first, ctx);
  spine.rest.forEach(({ node: factor }, k) => {
    const b = convert(factor, ctx);
    const bound = Math.min(product.terms.size * b.terms.size, monomialCount(ring.variables.length, polyTotalDegree(product) + polyTotalDegree(b)));
    requireTerms(ctx, spine.rest.length === 1 ? `the product ${node.toString()}` : `the product of the first ${k + 2} factors of ${spine.rest.length + 1}`, bound);
    product = polyMul(product, b);
  });
  return product;
}

function convert(node: MathNode, ctx: Context): Polynomial<Rational> {
  const { ring, where, name: FN } = ctx;
  const n = node as MathNode & { type: string; value?: unknown; name?: string; fn?: string; op?: string; args?: MathNode[]; content?: MathNode };
  switch (n.type) {
    case 'ParenthesisNode':
      return convert(n.content as MathNode, ctx);
    case 'ConstantNode': {
      const v = n.value;
      if (typeof v !== 'number' || !Number.isSafeInteger(v)) {
        throw new FormatError(FN, `${where}: the constant ${String(v)} is not exact (allowed: integers below 2^53 and fractions like 1/2, not decimals)`);
      }
      return polyConstant(ring, rational(BigInt(v)));
    }
    case 'SymbolNode': {
      const name = n.name as string;
      if (!ring.variables.includes(name)) throw new FormatError(FN, `${where}: unknown variable "${name}" (allowed: ${ring.variables.join(', ')})`);
      return polyVariable(ring, name);
    }
    case 'OperatorNode': {
      const chain = n.fn === 'add' || n.fn === 'subtract' ? convertSum(n, ctx) : n.fn === 'multiply' ? convertProduct(n, ctx) : null;
      if (chain !== null) return chain;
      const args = (n.args ?? []).map((a) => convert(a, ctx));
      switch (n.fn) {
        case 'add':
          return polyAdd(args[0], args[1]);
        case 'subtract':
          return polySub(args[0], args[1]);
        case 'multiply': {
          const [a, b] = args;
          const bound = Math.min(a.terms.size * b.terms.size, monomialCount(ring.variables.length, polyTotalDegree(a) + polyTotalDegree(b)));
          requireTerms(ctx, `the product ${n.toString()}`, bound);
          return polyMul(a, b);
        }
        case 'unaryMinus':
          return polyNeg(args[0]);
        case 'unaryPlus':
          return args[0];
        case 'divide': {
          const c = constantOf(args[1]);
          if (c === undefined || c.num === 0n) throw new FormatError(FN, `${where}: division only by a nonzero constant (allowed: e.g. (a+b)/2)`);
          return polyScale(ratInv(c), args[0]);
        }
        case 'pow': {
          const e = constantOf(args[1]);
          if (e === undefined || e.den !== 1n || e.num < 0n || e.num > 64n) throw new FormatError(FN, `${where}: exponents must be integers in [0, 64]`);
          const k = Number(e.num);
          const t = args[0].terms.size;
          // a product of k of the t terms, with repetition: at most C(t + k - 1, k) monomials
          const bound = Math.min(monomialCount(t - 1, k), monomialCount(ring.variables.length, k * polyTotalDegree(args[0])));
          requireTerms(ctx, `the power ${n.toString()}`, bound);
          return polyPow(args[0], k);
        }
        default:
          throw new FormatError(FN, `${where}: the operator "${n.op}" is not allowed in a polynomial (allowed: + - * / ^)`);
      }
    }
    default:
      throw new FormatError(FN, `${where}: ${n.type} is not allowed in a polynomial (allowed: numbers, variables, + - * / ^ and parentheses)`);
  }
}

/**
 * mathjs' parser, loaded on first use: requiring mathjs costs about 0.4 s,
 * which every `deeplin` command would otherwise pay at start-up.
 */
function mathjsParse(): (expr: string) => MathNode {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('mathjs') as typeof import('mathjs')).parse;
}
