/**
 * Parses a polynomial map written as text, e.g. `"a*b, b*c, 1/2*a^2 - c"`,
 * into exact polynomials over Q. mathjs does the parsing (its expression
 * grammar and error positions); the AST is then converted exactly by us:
 * mathjs evaluates constants as floating point, so decimals such as `0.5` are
 * refused (write `1/2`), integer constants must be exact doubles (|n| < 2^53),
 * division is allowed only by constants, and powers only with non-negative
 * integer exponents.
 *
 * @example
 * ```ts
 * import { parsePolynomialMap, polyToString } from 'deeplin';
 * const { polynomials } = parsePolynomialMap(['a', 'b'], 'a*b, (a+b)^2/2');
 * polynomials.map((p) => polyToString(p)); // ["a*b","1/2*a^2 + a*b + 1/2*b^2"]
 * ```
 */
import { parse, type MathNode } from 'mathjs';
import { polyAdd, polyConstant, polyMul, polyNeg, polyPow, polyScale, polySub, polyTotalDegree, polyVariable, type Polynomial } from '../algebra/polynomial';
import { polynomialRing, type PolynomialRing } from '../algebra/polynomialRing';
import { rational, ratInv, type Rational } from '../algebra/rational';
import { QQ } from '../algebra/rationalField';
import { FormatError } from '../errors';

export interface PolynomialMap {
  readonly ring: PolynomialRing<Rational>;
  readonly polynomials: readonly Polynomial<Rational>[];
}

const FN = 'parsePolynomialMap';

export function parsePolynomialMap(variables: readonly string[], text: string): PolynomialMap {
  let ring: PolynomialRing<Rational>;
  try {
    ring = polynomialRing(QQ, variables);
  } catch (e) {
    throw new FormatError(FN, `variables: ${(e as Error).message}`);
  }
  const parts = splitTopLevel(text);
  if (parts.length === 0 || parts.some((p) => p.trim() === '')) throw new FormatError(FN, `"${text}" must be a comma-separated list of polynomials`);
  const polynomials = parts.map((part, i) => {
    let node: MathNode;
    try {
      node = parse(part);
    } catch (e) {
      throw new FormatError(FN, `component ${i + 1} "${part.trim()}": ${(e as Error).message}`);
    }
    return convert(node, ring, `component ${i + 1} "${part.trim()}"`);
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

function convert(node: MathNode, ring: PolynomialRing<Rational>, where: string): Polynomial<Rational> {
  const n = node as MathNode & { type: string; value?: unknown; name?: string; fn?: string; op?: string; args?: MathNode[]; content?: MathNode };
  switch (n.type) {
    case 'ParenthesisNode':
      return convert(n.content as MathNode, ring, where);
    case 'ConstantNode': {
      const v = n.value;
      if (typeof v !== 'number' || !Number.isSafeInteger(v)) {
        throw new FormatError(FN, `${where}: the constant ${String(v)} is not exact (use integers below 2^53 and fractions like 1/2, not decimals)`);
      }
      return polyConstant(ring, rational(BigInt(v)));
    }
    case 'SymbolNode': {
      const name = n.name as string;
      if (!ring.variables.includes(name)) throw new FormatError(FN, `${where}: unknown variable "${name}" (allowed: ${ring.variables.join(', ')})`);
      return polyVariable(ring, name);
    }
    case 'OperatorNode': {
      const args = (n.args ?? []).map((a) => convert(a, ring, where));
      switch (n.fn) {
        case 'add':
          return polyAdd(args[0], args[1]);
        case 'subtract':
          return polySub(args[0], args[1]);
        case 'multiply':
          return polyMul(args[0], args[1]);
        case 'unaryMinus':
          return polyNeg(args[0]);
        case 'unaryPlus':
          return args[0];
        case 'divide': {
          const c = constantOf(args[1]);
          if (c === undefined || c.num === 0n) throw new FormatError(FN, `${where}: division only by a nonzero constant`);
          return polyScale(ratInv(c), args[0]);
        }
        case 'pow': {
          const e = constantOf(args[1]);
          if (e === undefined || e.den !== 1n || e.num < 0n || e.num > 64n) throw new FormatError(FN, `${where}: exponents must be integers in [0, 64]`);
          return polyPow(args[0], Number(e.num));
        }
        default:
          throw new FormatError(FN, `${where}: the operator "${n.op}" is not allowed in a polynomial (use + - * / ^)`);
      }
    }
    default:
      throw new FormatError(FN, `${where}: ${n.type} is not allowed in a polynomial (use numbers, variables, + - * / ^ and parentheses)`);
  }
}
