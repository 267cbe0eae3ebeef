/**
 * Text forms of polynomials: for people (`plain`), for Macaulay2 (`m2`) and
 * Singular (`singular`) input, and LaTeX (`latex`). Terms are printed in
 * {@link polyTerms} order (graded reverse lexicographic, largest first).
 * Coefficients are printed with the field's `toString`, so rationals appear
 * as `1/2` and F_p elements as their representative in [0, p).
 */
import { ArgumentError } from '../errors';
import { type Polynomial, polyTerms } from './polynomial';

/**
 * The output styles of {@link polyToString}.
 */
export type PolyFormatStyle = 'plain' | 'm2' | 'singular' | 'latex';

const STYLES: readonly PolyFormatStyle[] = ['plain', 'm2', 'singular', 'latex'];

/** Splits a coefficient's text into sign and magnitude; parenthesises compound text. */
function splitSign(text: string): { negative: boolean; magnitude: string } {
  const negative = text.startsWith('-');
  let magnitude = negative ? text.slice(1) : text;
  if (/[-+\s*]/.test(magnitude)) magnitude = `(${magnitude})`;
  return { negative, magnitude };
}

function latexBase(letters: string): string {
  return letters.length === 1 ? letters : `\\mathit{${letters.replace(/_/g, '\\_')}}`;
}

/**
 * LaTeX for a variable name: `w3_1_2` → `w^{(3)}_{1,2}` (layer 3, entry
 * (1,2)), `x12` → `x_{12}`, `x_1_2` → `x_{1,2}`, `x` → `x`; any other name is
 * printed upright-italic with escaped underscores.
 */
function latexVariable(name: string): string {
  let m = /^([A-Za-z]+)(\d+)_(\d+(?:_\d+)*)$/.exec(name);
  if (m) return `${latexBase(m[1])}^{(${m[2]})}_{${m[3].split('_').join(',')}}`;
  m = /^([A-Za-z]+)_?(\d+(?:_\d+)*)$/.exec(name);
  if (m) return `${latexBase(m[1])}_{${m[2].split('_').join(',')}}`;
  return latexBase(name);
}

/**
 * A variable name as Macaulay2 reads it. In Macaulay2 `_` is subscripting, so
 * `w3_1_2` becomes the indexed variable `w_(3,1,2)` and `x_7` becomes `x_7`;
 * names without `_` are unchanged. (Singular accepts `w3_1_2` as it is.)
 */
export function m2VariableName(name: string): string {
  if (!name.includes('_')) return name;
  const m = /^([A-Za-z]+)(\d*)((?:_\d+)+)$/.exec(name);
  if (!m) throw new ArgumentError('m2VariableName', 'name', name, 'letters, optional digits, then _-separated integers (e.g. w3_1_2), or a name without _');
  const indices = [...(m[2] ? [m[2]] : []), ...m[3].slice(1).split('_')];
  return indices.length === 1 ? `${m[1]}_${indices[0]}` : `${m[1]}_(${indices.join(',')})`;
}

function monomial(variables: readonly string[], exponents: readonly number[], latex: boolean, m2: boolean): string {
  const factors: string[] = [];
  exponents.forEach((e, i) => {
    if (e === 0) return;
    if (!latex) {
      const v = m2 ? m2VariableName(variables[i]) : variables[i];
      factors.push(e === 1 ? v : `${v}^${e}`);
      return;
    }
    const v = latexVariable(variables[i]);
    factors.push(e === 1 ? v : `${v.includes('^') ? `{${v}}` : v}^{${e}}`);
  });
  return factors.join(latex ? '' : '*');
}

function latexCoefficient(magnitude: string): string {
  const m = /^(\d+)\/(\d+)$/.exec(magnitude);
  return m ? `\\frac{${m[1]}}{${m[2]}}` : magnitude;
}

/**
 * The polynomial as text.
 * - `plain`: `3*x^2*y - 1/2*z` (spaces around binary `+`/`-`).
 * - `m2`, `singular`: `3*x^2*y-1/2*z`, input both systems parse unchanged
 *   (explicit `*` and `^`, rational coefficients as `p/q`); in `m2` a name
 *   like `w3_1_2` is written as the indexed variable `w_(3,1,2)` ({@link m2VariableName}).
 * - `latex`: `3x^{2}y - \frac{1}{2}z`, with structured variable names
 *   rendered as sub/superscripts (`w3_1_2` → `w^{(3)}_{1,2}`).
 *
 * The zero polynomial is `0` in every style. Unknown styles throw ArgumentError.
 *
 * @example
 * ```ts
 * import { parsePolynomialMap, polyToString } from 'deeplin';
 * const [p] = parsePolynomialMap(['x', 'w3_1_2'], '3*x^2*w3_1_2 - 1/2*x').polynomials;
 * polyToString(p);          // "3*x^2*w3_1_2 - 1/2*x"
 * polyToString(p, 'm2');    // "3*x^2*w_(3,1,2)-1/2*x"
 * polyToString(p, 'latex'); // "3x^{2}w^{(3)}_{1,2} - \\frac{1}{2}x"
 * ```
 */
export function polyToString<T>(p: Polynomial<T>, style: PolyFormatStyle = 'plain'): string {
  if (!STYLES.includes(style)) throw new ArgumentError('polyToString', 'style', style, STYLES.map((s) => `'${s}'`).join(', '));
  const terms = polyTerms(p);
  if (terms.length === 0) return '0';
  const latex = style === 'latex';
  const spaced = style === 'plain' || latex;
  const { field, variables } = p.ring;
  let out = '';
  terms.forEach(([e, c], t) => {
    const { negative, magnitude } = splitSign(field.toString(c));
    const mono = monomial(variables, e, latex, style === 'm2');
    const coeff = latex ? latexCoefficient(magnitude) : magnitude;
    let body: string;
    if (mono === '') body = coeff;
    else if (magnitude === '1') body = mono;
    else body = latex ? `${coeff}${mono}` : `${coeff}*${mono}`;
    if (t === 0) out += negative ? `-${body}` : body;
    else if (spaced) out += negative ? ` - ${body}` : ` + ${body}`;
    else out += negative ? `-${body}` : `+${body}`;
  });
  return out;
}
