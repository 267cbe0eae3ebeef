/**
 * `deeplin image-dim`: dimension of the image of a polynomial map given as
 * text, optionally restricted to a variety given as the image of a
 * parametrization (`--params s,t --source-param "…"`, one polynomial per
 * variable in --vars, like a Macaulay2 ring map `map(S, R, {…})`).
 */
import { type Polynomial } from '../../algebra/polynomial';
import type { Rational } from '../../algebra/rational';
import { polynomialImageDimension, type PolynomialImageDimension } from '../../dimension/polynomialImageDimension';
import { certifyImageDimension, IMAGE_DIMENSION_TERM_PRODUCTS, type ImageDimensionCertification } from '../../certify/certifyImageDimension';
import { ArgumentError } from '../../errors';
import { memoryBudget, requireMemory } from '../../limits/memoryBudget';
import { MEMORY_BYTES, memoryEstimate, type MemoryItem } from '../../limits/memoryEstimate';
import { parsePolynomialMap } from '../../symbolic/parsePolynomialMap';
import type { CommandIO } from '../commandIO';
import { parseArgs } from '../parseArgs';
import { printJson, seedOption } from '../commonOptions';

export const imageDimHelp = `deeplin image-dim --vars a,b,c --map "a*b, b*c, a*c" [--params s,t --source-param "p1, ..., pn"] [--seed S] [--json]
       [--certify [--degree D] [--max-monomials N] [--max-term-products P] [--seconds S]]

Dimension of the Zariski closure of the image of a polynomial map with exact
rational coefficients (write 1/2, not 0.5): exact lower bound (rank of the
Jacobian mod two primes at random points), Monte-Carlo upper bound with its
failure probability, and a float SVD cross-check with singular values and gap.

Restricted to a variety: --params names the parameters and --source-param
gives the parametrization phi, one polynomial in the parameters per variable
in --vars, in order (as Macaulay2's map(S, R, {p1, ..., pn}) for R = QQ[vars],
S = QQ[params]). The map is then restricted to V = closure of phi(params):
the result is dim cl F(V) = generic rank of J_F(phi(t)) J_phi(t) (the
composite is never expanded), reported with the same evidence, and the
dimension of V itself (generic rank of J_phi) as sourceDimension.

With --json: one object with dimension (the value deeplin stands behind),
lowerBound, upperBound, failureProbability, ranks, floatRank, singularValues,
gapRatio (the string "Infinity" when the next singular value is exactly 0),
status, seed, method; restricted, also sourceDimension and source
(the same evidence for V). Exit 1 if a well-separated float rank contradicts
the exact rank.

With --certify: also PROVES the dimension when it can. Relations on the image
of degree <= D (default 3) are found mod p by interpolation and each is proved
by exact expansion over Q (F o map == 0, or F o map o phi == 0 restricted);
k proved relations with gradients of exact rank k at one exact image point
prove dim <= m - k (m = number of map components). Equal to the exact lower
bound, the dimension is exact ("exact": true, exit 0) and the relations
(strings and exact coefficients over y0..y(m-1), y_j = the j-th component)
and the affine Hilbert function h(0..D) (mod p) are shown; otherwise
"exact": false with the reason (degree limit, monomial cap --max-monomials,
default 2000, work budget --max-term-products of the exact proofs, default
10000000 term products — deterministic, the same on every machine — or the
optional time limit --seconds, default none), exit 3.

Example:
  npx deeplin image-dim --vars a,b,c --map "a*c - b^2, a + c" --params s,t --source-param "s^2, s*t, t^2"
(a*c - b^2 vanishes on the cone V over the Veronese conic, so the dimension is 1
while dim V = 2.) Unrestricted: deeplin image-dim --vars a,b,c --map "a*b, b*c, a*c"`;

const CMD = 'deeplin image-dim';

export function imageDimCommand(argv: readonly string[], io: CommandIO): number {
  const { options } = parseArgs('image-dim', argv, { vars: 'string', map: 'string', params: 'string', 'source-param': 'string', seed: 'string', json: 'boolean',
    certify: 'boolean', degree: 'string', 'max-monomials': 'string', 'max-term-products': 'string', seconds: 'string' });
  if (typeof options.vars !== 'string') throw new ArgumentError(CMD, '--vars', undefined, 'comma-separated variable names, e.g. a,b,c');
  if (typeof options.map !== 'string') throw new ArgumentError(CMD, '--map', undefined, 'comma-separated polynomials, e.g. "a*b, b*c"');
  const seed = seedOption('image-dim', options);
  const budget = memoryBudget();
  const variables = options.vars.split(',').map((v) => v.trim());
  const { polynomials } = parsePolynomialMap(variables, options.map, { name: CMD, argument: '--map', variablesArgument: '--vars', budget });
  let source: readonly Polynomial<Rational>[] | undefined;
  if (options.params !== undefined || options['source-param'] !== undefined) {
    if (typeof options.params !== 'string') throw new ArgumentError(CMD, '--params', undefined, 'comma-separated parameter names with --source-param, e.g. --params s,t');
    if (typeof options['source-param'] !== 'string') {
      throw new ArgumentError(CMD, '--source-param', undefined, `with --params: ${variables.length} comma-separated polynomials in the parameters, one per variable in --vars (${variables.join(', ')})`);
    }
    const params = options.params.split(',').map((v) => v.trim());
    source = parsePolynomialMap(params, options['source-param'], { name: CMD, argument: '--source-param', variablesArgument: '--params', budget }).polynomials;
    if (source.length !== variables.length) {
      throw new ArgumentError(CMD, '--source-param', options['source-param'], `${variables.length} comma-separated polynomials in ${params.join(', ')}, one per variable in --vars (${variables.join(', ')}); got ${source.length}`);
    }
  }
  // the symbolic Jacobians are the only allocation that grows with the text: estimate them first
  const items: MemoryItem[] = [jacobianTerms('J_F', polynomials)];
  if (source) items.push(jacobianTerms('J_phi', source));
  const estimate = memoryEstimate([{ name: 'symbolic Jacobian', items }]);
  const [big, bigText] = items.length === 2 && items[1].count * items[1].bytesEach > items[0].count * items[0].bytesEach ? ['--source-param', options['source-param']] : ['--map', options.map];
  requireMemory(CMD, big, bigText, estimate, `maps whose symbolic Jacobian fits in memory (here ${items.map((it) => `${it.count} ${it.what}`).join(', ')})`, budget);

  if (!options.certify) {
    for (const o of ['degree', 'max-monomials', 'max-term-products', 'seconds'] as const) {
      if (options[o] !== undefined) throw new ArgumentError(CMD, `--${o}`, options[o], 'only with --certify');
    }
  }
  const r = polynomialImageDimension(polynomials, { seed, source });
  const certification = options.certify
    ? certifyImageDimension(polynomials, {
        seed,
        source,
        degree: integerOption(options.degree, '--degree', 3, 1, 12),
        maxMonomials: integerOption(options['max-monomials'], '--max-monomials', 2000, 1, 20000),
        maxTermProducts: integerOption(options['max-term-products'], '--max-term-products', IMAGE_DIMENSION_TERM_PRODUCTS, 1, 1e15),
        ...(options.seconds !== undefined ? { seconds: integerOption(options.seconds, '--seconds', 0, 1, 86400) } : {}),
      })
    : undefined;
  if (options.json) {
    // the gap of an exactly-zero σ_{r+1} is Infinity: printJson writes the string "Infinity", as the text does
    printJson(io, certification ? { ...r, exact: certification.exact, certification } : r);
  } else {
    const restricted = source ? ' of the map restricted to V = closure of the image of --source-param' : '';
    io.out(`dimension${restricted}: ${r.dimension}  (${evidence(r)})`);
    if (r.source) io.out(`source variety V: dimension ${r.source.dimension}  (${evidence(r.source)}; float rank ${r.source.floatRank} (${r.source.status}))`);
    io.out(`float cross-check: rank ${r.floatRank} (${r.status === 'unreliable' ? `unreliable: ${r.floatNote}` : r.status}), gap ratio ${gapWords(r.gapRatio)}, singular values ${r.singularValues.map((s) => s.toExponential(3)).join(' ')}`);
    io.out(`seed ${r.seed}; ${r.method}`);
    if (certification) for (const line of certificationLines(certification)) io.out(line);
  }
  if (certification && !certification.exact && r.status !== 'disagree' && r.source?.status !== 'disagree') return 3;
  return r.status === 'disagree' || r.source?.status === 'disagree' ? 1 : 0;
}

function certificationLines(c: ImageDimensionCertification): string[] {
  const head = c.exact
    ? `certified: dimension ${c.dimension} exact (lower bound ${c.lowerBound} = proved upper bound ${c.upperBound} = ${c.coordinates} - ${c.relations.length} relations)`
    : `certified: undetermined — proved ${c.lowerBound} <= dimension <= ${c.upperBound}: ${c.reason}`;
  return [
    head,
    ...c.relations.map((F) => `  proved relation: ${F.polynomial} = 0`),
    `  y_j = the j-th map component; gradients independent at the image of (${c.point.join(', ')}); affine Hilbert function h(0..${c.hilbert.length - 1}) = ${c.hilbert.join(', ')} (mod p)`,
  ];
}

function integerOption(text: unknown, name: string, fallback: number, lo: number, hi: number): number {
  if (text === undefined) return fallback;
  const v = Number(text);
  if (typeof text !== 'string' || !/^\d+$/.test(text) || v < lo || v > hi) throw new ArgumentError(CMD, name, text, `an integer in [${lo}, ${hi}]`);
  return v;
}

/** The gap ratio as in the JSON: "Infinity" when σ_{r+1} is exactly 0. */
function gapWords(gap: number | null): string {
  if (gap === null) return 'n/a';
  return gap === Infinity ? 'Infinity (no gap to measure: the next singular value is exactly 0)' : gap.toExponential(2);
}

function evidence(r: PolynomialImageDimension): string {
  return `exact lower bound ${r.lowerBound}: ranks ${r.ranks.map((x) => `${x.rank} mod ${x.prime}`).join(', ')}; upper bound ${r.upperBound} with failure probability <= ${r.failureProbability.toExponential(2)}`;
}

/** Terms of all partial derivatives: Σ_f Σ_j #(terms of f containing x_j), counted from the exponent keys. */
function jacobianTerms(what: string, polys: readonly Polynomial<Rational>[]): MemoryItem {
  let count = 0;
  let variables = 0;
  for (const f of polys) {
    variables = f.ring.variables.length;
    for (const key of f.terms.keys()) for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== 0) count++;
  }
  return { what: `terms of ${what}`, count, bytesEach: MEMORY_BYTES.polyTermPeakFactor * (MEMORY_BYTES.polyTermBase + variables) };
}
