/**
 * Relation certificates: an exact, file-checkable proof that a linear
 * functional ℓ on δ's codomain vanishes on δ(V), V = V(windows) the variety
 * where the listed products W_b ⋯ W_a vanish — the exact upper-bound route
 * of MATH §4 ("Certification").
 *
 * The certificate gives ℓ (coefficients on δ's coordinates, the upper
 * triangles of Δ_1, …, Δ_{N−1} in `deltaCoordinates` order) and cofactors
 * h_k, one per generator f_k (an entry of a vanishing product), with
 *
 *   ℓ∘δ = Σ_k h_k f_k   exactly, as polynomials over Q.
 *
 * Then ℓ∘δ ≡ 0 on V. Since ℓ∘δ is not the zero polynomial, the irreducible
 * variety cl δ(R^P) (of dimension G, the generic rank of dδ) is not contained
 * in the hyperplane {ℓ = 0}; so for every irreducible component C of V,
 * dim cl δ(C) ≤ dim(cl δ(R^P) ∩ {ℓ = 0}) ≤ G − 1.
 *
 * ```json
 * { "kind": "deeplin/relation-certificate", "version": 1, "widths": [2, 2, 2, 2, 2],
 *   "windows": [[1, 1], [4, 4], [2, 3]],
 *   "relation": { "coefficients": ["1", "0", "1", …], "coordinates": ["Delta1[1,1]", "Delta1[1,2]", …] },
 *   "cofactors": [{ "window": [1, 1], "entry": [1, 1], "cofactor": "-w1_1_1" }, …],
 *   "statement": "…", "recheck": "npx deeplin check FILE" }
 * ```
 * A cofactor belongs to the generator `entry` (1-based row, column) of the
 * product W_b ⋯ W_a of `window`; its text is the `plain` polynomial format in
 * the variables w{i}_{r}_{c} (read back by `parsePolynomial`).
 *
 * `proveRelation` finds the cofactors (see `windowIdeal`: only windows of
 * length 1 and 2 can contribute to a degree-2 identity, and membership reduces
 * to a small exact linear system on residues), then verifies the identity by
 * exact polynomial arithmetic. `checkRelationCertificate` re-verifies a file
 * from scratch with independent code: it rebuilds δ and the products
 * symbolically, parses the cofactors and expands Σ h_k f_k.
 *
 * @example
 * ```ts
 * import { architecture, proveRelation, checkRelationCertificate, rational } from 'deeplin';
 * // widths (1,1,1,1), W_1 = W_3 = 0: Δ_1 + Δ_2 = w_3² − w_1²
 * const cert = proveRelation(architecture([1, 1, 1, 1]), [[1, 1], [3, 3]], [rational(1), rational(1)]);
 * cert.cofactors; // [{"window":[1,1],"entry":[1,1],"cofactor":"-w1_1_1"},{"window":[3,3],"entry":[1,1],"cofactor":"w3_1_1"}]
 * checkRelationCertificate(JSON.parse(JSON.stringify(cert))).ok; // true
 * ```
 */
import {
  type Polynomial, polyEq, polyFromTerms, polyIsZero, polyMul, polyScale, polySub, polySum, polyVariable,
} from '../algebra/polynomial';
import { polyToString } from '../algebra/polynomialFormat';
import type { PolynomialRing } from '../algebra/polynomialRing';
import { polynomialRing } from '../algebra/polynomialRing';
import { parseRational, ratIsZero, type Rational, ratToString } from '../algebra/rational';
import { QQ } from '../algebra/rationalField';
import { rref } from '../algebra/rref';
import { ArgumentError, ArithmeticError, FormatError } from '../errors';
import { type Architecture, architecture, deltaCodomainDimension, layerOffset } from '../model/architecture';
import { symbolicDeltaCoordinates } from '../model/symbolicNetwork';
import { parsePolynomial } from '../symbolic/parsePolynomial';
import { type Window, windowIdeal } from './windowIdeal';

export const RELATION_CERTIFICATE_KIND = 'deeplin/relation-certificate';
export const RELATION_CERTIFICATE_VERSION = 1;

/** The command that re-checks a certificate file. */
const RECHECK = 'npx deeplin check FILE';

/**
 * One cofactor of a certificate: `cofactor` multiplies the generator `entry`
 * (1-based row, column) of the product W_b ⋯ W_a of `window` = [a, b].
 */
export interface RelationCofactor {
  readonly window: [number, number];
  readonly entry: [number, number];
  readonly cofactor: string;
}

/**
 * A relation certificate as written to disk (format version 1, see the file
 * header); exact rationals are strings `"p"` or `"p/q"`.
 *
 * @example
 * ```ts
 * import { architecture, proveRelation, rational, type RelationCertificate } from 'deeplin';
 * const cert: RelationCertificate | null = proveRelation(architecture([1, 1, 1]), [[1, 1], [2, 2]], [rational(1)]);
 * cert?.relation.coordinates; // ["Delta1[1,1]"]
 * ```
 */
export interface RelationCertificate {
  readonly kind: typeof RELATION_CERTIFICATE_KIND;
  readonly version: 1;
  readonly widths: number[];
  readonly windows: [number, number][];
  readonly relation: { readonly coefficients: string[]; readonly coordinates: string[] };
  readonly cofactors: RelationCofactor[];
  readonly statement: string;
  readonly recheck: string;
}

/**
 * One check of {@link checkRelationCertificate}.
 */
export interface RelationCheck {
  readonly name: string;
  readonly ok: boolean;
  readonly detail: string;
}

/**
 * The report of {@link checkRelationCertificate}: `ok` when every check
 * passed (the bound is proved), the checks, and a one-line conclusion.
 */
export interface RelationCertificateReport {
  readonly ok: boolean;
  readonly checks: readonly RelationCheck[];
  readonly conclusion: string;
}

type Poly = Polynomial<Rational>;

/** Labels of δ's coordinates: "Delta{i}[{a},{b}]", 1-based, upper triangles in `deltaCoordinates` order. */
function coordinateLabels(arch: Architecture): string[] {
  const out: string[] = [];
  for (let i = 1; i < arch.depth; i++) {
    const d = arch.widths[i];
    for (let a = 1; a <= d; a++) for (let b = a; b <= d; b++) out.push(`Delta${i}[${a},${b}]`);
  }
  return out;
}

/**
 * Proves that ℓ∘δ lies in the ideal of `windows` (each [a, b] meaning
 * W_b ⋯ W_a = 0) by finding exact cofactors, and returns the certificate —
 * or null when no identity ℓ∘δ = Σ h_k f_k exists (ℓ∘δ is then not in the
 * ideal generated by the entries of the products; it may still vanish on
 * V(windows) if that ideal is not radical). `ell` has one exact rational per
 * coordinate of δ (`deltaCodomainDimension(arch)` of them), not all zero.
 * The identity is verified by exact polynomial arithmetic before returning.
 *
 * Method: with Z the variables of the single-layer windows and f_k the
 * entries of the two-layer windows, ℓ∘δ ∈ I iff its residue (Z set to 0) is
 * Σ c_k · residue(f_k) for constants c_k (an exact linear system, solved by
 * `rref` over Q); the rest ℓ∘δ − Σ c_k f_k has a Z variable in each monomial
 * and is split into linear cofactors of those variables. Windows of length
 * ≥ 3 cannot contribute to a degree-2 identity and are ignored; two-layer
 * windows are searched but provably never needed (see `windowIdeal`), so a
 * certificate exists iff ℓ is in the trace-lemma family of the zero layers.
 *
 * Throws ArgumentError for a bad architecture, window or ℓ.
 */
export function proveRelation(arch: Architecture, windows: readonly (readonly number[])[], ell: readonly Rational[]): RelationCertificate | null {
  const FN = 'proveRelation';
  const ideal = windowIdeal(arch, windows, FN);
  const m = deltaCodomainDimension(arch);
  checkEll(FN, ell, m);
  const ring = ideal.net.ring;
  const delta = symbolicDeltaCoordinates(ideal.net);
  const F = polySum(ring, ell.flatMap((c, i) => (ratIsZero(c) ? [] : [polyScale(c, delta[i])])));
  if (polyIsZero(F)) return null; // never for ℓ ≠ 0 (δ's coordinates are independent), but no certificate could prove anything

  // constant cofactors of the quadratic generators, from the residues
  const gens = ideal.quadratic;
  const K = gens.length;
  const columns = [...gens.map((g) => ideal.residue(g.polynomial)), ideal.residue(F)];
  const rowOf = new Map<string, number>();
  for (const p of columns) for (const key of p.terms.keys()) if (!rowOf.has(key)) rowOf.set(key, rowOf.size);
  const M: Rational[][] = Array.from({ length: rowOf.size }, () => new Array<Rational>(K + 1).fill(QQ.zero));
  columns.forEach((p, k) => {
    for (const [key, c] of p.terms) M[rowOf.get(key) as number][k] = c;
  });
  const { matrix, pivots } = rref(QQ, M, K + 1);
  if (pivots.includes(K)) return null;
  const constants = new Array<Rational>(K).fill(QQ.zero);
  pivots.forEach((col, i) => {
    constants[col] = matrix[i][K];
  });

  // linear cofactors: split the remainder over the zero variables
  const rest = polySub(F, polySum(ring, gens.flatMap((g, k) => (ratIsZero(constants[k]) ? [] : [polyScale(constants[k], g.polynomial)]))));
  const buckets = new Map<number, [number[], Rational][]>();
  for (const [key, c] of rest.terms) {
    const v = ideal.zeroVariables.find((z) => key.charCodeAt(z) !== 0);
    if (v === undefined) throw new ArithmeticError(FN, 'internal error: a monomial of the remainder has no zero variable');
    const e = Array.from({ length: key.length }, (_, i) => key.charCodeAt(i));
    e[v]--;
    const list = buckets.get(v) ?? [];
    list.push([e, c]);
    buckets.set(v, list);
  }
  const linear = ideal.linear.map((g) => {
    const [a] = g.window;
    const v = layerOffset(arch, a) + (g.entry[0] - 1) * arch.widths[a - 1] + (g.entry[1] - 1);
    return { g, v, h: polyFromTerms(ring, buckets.get(v) ?? []) };
  });

  // verify the identity exactly before returning
  const sum = polySum(ring, [
    ...linear.map(({ g, h }) => polyMul(h, g.polynomial)),
    ...gens.map((g, k) => polyScale(constants[k], g.polynomial)),
  ]);
  if (!polyEq(sum, F)) throw new ArithmeticError(FN, 'internal error: the cofactor identity does not hold');

  const cofactors: RelationCofactor[] = [
    ...linear.filter(({ h }) => !polyIsZero(h)).map(({ g, h }) => ({ window: pair(g.window), entry: pair(g.entry), cofactor: polyToString(h, 'plain') })),
    ...gens.flatMap((g, k) => (ratIsZero(constants[k]) ? [] : [{ window: pair(g.window), entry: pair(g.entry), cofactor: ratToString(constants[k]) }])),
  ];
  const labels = coordinateLabels(arch);
  return {
    kind: RELATION_CERTIFICATE_KIND,
    version: RELATION_CERTIFICATE_VERSION,
    widths: [...arch.widths],
    windows: ideal.windows.map(pair),
    relation: { coefficients: ell.map(ratToString), coordinates: labels },
    cofactors,
    statement: statement(arch, ideal.windows, ell, labels),
    recheck: RECHECK,
  };
}

function pair(w: readonly [number, number] | Window): [number, number] {
  return [w[0], w[1]];
}

function checkEll(fn: string, ell: readonly Rational[], m: number): void {
  if (!Array.isArray(ell) || ell.length !== m) {
    throw new ArgumentError(fn, 'ell.length', Array.isArray(ell) ? ell.length : ell, `${m} (one coefficient per coordinate of delta)`);
  }
  ell.forEach((x: unknown, i) => {
    const q = x as Rational;
    if (q === null || typeof q !== 'object' || typeof q.num !== 'bigint' || typeof q.den !== 'bigint' || q.den <= 0n) {
      throw new ArgumentError(fn, `ell[${i}]`, x, 'an exact Rational');
    }
  });
  if (ell.every(ratIsZero)) throw new ArgumentError(fn, 'ell', 'all zero', 'a nonzero linear functional');
}

function productText([a, b]: readonly [number, number]): string {
  const layers: string[] = [];
  for (let i = b; i >= a; i--) layers.push(`W_${i}`);
  return layers.join(' ');
}

function functionalText(ell: readonly Rational[], labels: readonly string[]): string {
  let out = '';
  ell.forEach((c, i) => {
    if (ratIsZero(c)) return;
    const text = ratToString(c);
    const negative = text.startsWith('-');
    const mag = negative ? text.slice(1) : text;
    const term = mag === '1' ? labels[i] : `${mag}*${labels[i]}`;
    out += out === '' ? (negative ? `-${term}` : term) : negative ? ` - ${term}` : ` + ${term}`;
  });
  return out;
}

function statement(arch: Architecture, windows: readonly Window[], ell: readonly Rational[], labels: readonly string[]): string {
  const conditions = windows.map((w) => `${productText(w)} = 0`).join(', ');
  return (
    `For widths (${arch.widths.join(',')}), let V be the set of parameters with ${conditions}. ` +
    `The linear functional l = ${functionalText(ell, labels)} on delta's coordinates satisfies l o delta = sum_k h_k f_k exactly over Q, ` +
    'where f_k are entries of the vanishing products and h_k the listed cofactors; hence l o delta vanishes on V. ' +
    'Since l o delta is not the zero polynomial, the irreducible variety cl delta(R^P), of dimension G = the generic rank of d delta, ' +
    'is not contained in the hyperplane {l = 0}; so for every irreducible component C of V, dim cl delta(C) <= G - 1, ' +
    'and the main conjecture holds on V.'
  );
}

// ------------------------------------------------------------------ checker

interface ParsedCertificate {
  readonly arch: Architecture;
  readonly windows: readonly [number, number][];
  readonly ell: readonly Rational[];
  readonly cofactors: readonly { window: [number, number]; entry: [number, number]; h: Poly }[];
  readonly ring: PolynomialRing<Rational>;
}

const CHECK = 'checkRelationCertificate';
const TOP_KEYS = ['kind', 'version', 'widths', 'windows', 'relation', 'cofactors', 'statement', 'recheck'];

function fail(what: string): never {
  throw new FormatError(CHECK, what);
}

function object(value: unknown, name: string, keys: readonly string[]): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(`${name} must be a JSON object`);
  const o = value as Record<string, unknown>;
  for (const k of Object.keys(o)) if (!keys.includes(k)) fail(`${name} has an unknown field "${k}" (allowed: ${keys.join(', ')})`);
  for (const k of keys) if (!(k in o)) fail(`${name} is missing the field "${k}"`);
  return o;
}

function integerPair(value: unknown, name: string, ok: (x: number, y: number) => boolean, range: string): [number, number] {
  if (!Array.isArray(value) || value.length !== 2 || !value.every((x) => typeof x === 'number' && Number.isInteger(x)) || !ok(value[0], value[1])) {
    fail(`${name} must be ${range}, got ${JSON.stringify(value)}`);
  }
  return [value[0], value[1]];
}

function parseCertificate(json: unknown): ParsedCertificate {
  const c = object(json, 'the certificate', TOP_KEYS);
  if (c.kind !== RELATION_CERTIFICATE_KIND) fail(`kind must be "${RELATION_CERTIFICATE_KIND}", got ${JSON.stringify(c.kind)}`);
  if (c.version !== RELATION_CERTIFICATE_VERSION) fail(`version must be ${RELATION_CERTIFICATE_VERSION}, got ${JSON.stringify(c.version)}`);
  if (!Array.isArray(c.widths)) fail('widths must be an array of integers d_0..d_N');
  let arch: Architecture;
  try {
    arch = architecture(c.widths);
  } catch (e) {
    fail(`widths: ${(e as Error).message}`);
  }
  const N = arch.depth;
  const d = arch.widths;
  const windowRange = `[a, b] with integers 1 <= a <= b <= ${N}`;
  if (!Array.isArray(c.windows) || c.windows.length === 0) fail('windows must be a non-empty array of [a, b]');
  const windows = (c.windows as unknown[]).map((w, i) => integerPair(w, `windows[${i}]`, (a, b) => a >= 1 && a <= b && b <= N, windowRange));

  const relation = object(c.relation, 'relation', ['coefficients', 'coordinates']);
  const labels = coordinateLabels(arch);
  const m = labels.length;
  if (!Array.isArray(relation.coefficients) || relation.coefficients.length !== m) {
    fail(`relation.coefficients must be an array of ${m} exact rationals (one per coordinate of delta)`);
  }
  const ell = (relation.coefficients as unknown[]).map((x, i) => parseRational(x, `${CHECK}: relation.coefficients[${i}]`));
  if (!Array.isArray(relation.coordinates) || relation.coordinates.length !== m || relation.coordinates.some((x, i) => x !== labels[i])) {
    fail(`relation.coordinates must be exactly ${JSON.stringify(labels)}`);
  }

  const ring = polynomialRing(QQ, variableNames(arch));
  if (!Array.isArray(c.cofactors)) fail('cofactors must be an array of { window, entry, cofactor }');
  const seen = new Set<string>();
  const cofactors = (c.cofactors as unknown[]).map((raw, k) => {
    const o = object(raw, `cofactors[${k}]`, ['window', 'entry', 'cofactor']);
    const window = integerPair(o.window, `cofactors[${k}].window`, (a, b) => a >= 1 && a <= b && b <= N, windowRange);
    const [a, b] = window;
    const entry = integerPair(o.entry, `cofactors[${k}].entry`, (r, s) => r >= 1 && r <= d[b] && s >= 1 && s <= d[a - 1], `[r, c] with 1 <= r <= ${d[b]}, 1 <= c <= ${d[a - 1]}`);
    const key = JSON.stringify([window, entry]);
    if (seen.has(key)) fail(`cofactors[${k}] repeats the generator window ${JSON.stringify(window)}, entry ${JSON.stringify(entry)}`);
    seen.add(key);
    const h = parsePolynomial(o.cofactor, ring, `${CHECK}: cofactors[${k}].cofactor`);
    return { window, entry, h };
  });
  if (typeof c.statement !== 'string') fail('statement must be a string');
  if (typeof c.recheck !== 'string') fail('recheck must be a string');
  return { arch, windows, ell, cofactors, ring };
}

function variableNames(arch: Architecture): string[] {
  const names: string[] = [];
  for (let i = 1; i <= arch.depth; i++) {
    for (let r = 1; r <= arch.widths[i]; r++) for (let c = 1; c <= arch.widths[i - 1]; c++) names.push(`w${i}_${r}_${c}`);
  }
  return names;
}

/**
 * Re-verifies a relation certificate from the file alone (the parsed JSON),
 * trusting none of the prover's computations: it rebuilds δ entrywise from
 * its definition, multiplies out the products W_b ⋯ W_a, parses the
 * cofactors and checks, exactly over Q, that ℓ ≠ 0, that ℓ∘δ is not the zero
 * polynomial, that every cofactor belongs to a listed window, and that
 * ℓ∘δ − Σ h_k f_k = 0. Throws FormatError for a malformed file (unknown or
 * missing fields, floats or JSON numbers where exact rationals belong,
 * unparsable cofactors, out-of-range windows or entries); returns a report
 * otherwise.
 *
 * @example
 * ```ts
 * import { architecture, proveRelation, checkRelationCertificate, rational } from 'deeplin';
 * const cert = proveRelation(architecture([1, 1, 1]), [[1, 1], [2, 2]], [rational(1)]);
 * const tampered = { ...cert, relation: { ...cert.relation, coefficients: ['2'] } };
 * checkRelationCertificate(tampered).ok;               // false
 * checkRelationCertificate(cert).checks.map((c) => c.name); // ["relation","nonzero","windows","identity"]
 * ```
 */
export function checkRelationCertificate(json: unknown): RelationCertificateReport {
  const { arch, windows, ell, cofactors, ring } = parseCertificate(json);
  const checks: RelationCheck[] = [];
  const add = (name: string, ok: boolean, detail: string): void => {
    checks.push({ name, ok, detail });
  };
  const W = Array.from({ length: arch.depth }, (_, idx) => {
    const i = idx + 1;
    return Array.from({ length: arch.widths[i] }, (_, r) =>
      Array.from({ length: arch.widths[i - 1] }, (_, c) => polyVariable(ring, `w${i}_${r + 1}_${c + 1}`)),
    );
  });

  const nonzero = ell.filter((x) => !ratIsZero(x)).length;
  add('relation', nonzero > 0, `l has ${nonzero} nonzero coefficient(s) on ${ell.length} coordinates`);

  // ℓ∘δ from the definition Δ_i[a][b] = Σ_r W_{i+1}[r][a] W_{i+1}[r][b] − Σ_c W_i[a][c] W_i[b][c]
  const terms: Poly[] = [];
  let t = 0;
  for (let i = 1; i < arch.depth; i++) {
    const di = arch.widths[i];
    for (let a = 0; a < di; a++) {
      for (let b = a; b < di; b++, t++) {
        if (ratIsZero(ell[t])) continue;
        const up = W[i].map((row) => polyMul(row[a], row[b]));
        const down = W[i - 1][a].map((x, c) => polyMul(x, W[i - 1][b][c]));
        terms.push(polyScale(ell[t], polySub(polySum(ring, up), polySum(ring, down))));
      }
    }
  }
  const lDelta = polySum(ring, terms);
  add('nonzero', !polyIsZero(lDelta), polyIsZero(lDelta) ? 'l o delta is the zero polynomial: the relation says nothing' : `l o delta is a nonzero polynomial with ${lDelta.terms.size} terms`);

  const listed = new Set(windows.map((w) => JSON.stringify(w)));
  const stray = cofactors.filter((h) => !listed.has(JSON.stringify(h.window)));
  add(
    'windows',
    stray.length === 0,
    stray.length === 0
      ? `all ${cofactors.length} cofactors multiply entries of listed windows`
      : `cofactors for unlisted windows: ${[...new Set(stray.map((h) => JSON.stringify(h.window)))].join(', ')}`,
  );

  const products = new Map<string, Poly[][]>();
  const product = (a: number, b: number): Poly[][] => {
    const key = `${a},${b}`;
    let P = products.get(key);
    if (P === undefined) {
      let Q: Poly[][] = W[a - 1];
      for (let i = a + 1; i <= b; i++) {
        const R: Poly[][] = Q;
        Q = W[i - 1].map((row) => R[0].map((_, c) => polySum(ring, row.map((x, k) => polyMul(x, R[k][c])))));
      }
      products.set(key, Q);
      P = Q;
    }
    return P;
  };
  const combination = polySum(ring, cofactors.map(({ window: [a, b], entry: [r, c], h }) => polyMul(h, product(a, b)[r - 1][c - 1])));
  const difference = polySub(lDelta, combination);
  add(
    'identity',
    polyIsZero(difference),
    polyIsZero(difference)
      ? `l o delta = sum of ${cofactors.length} cofactor(s) times generators, exactly over Q`
      : `l o delta - sum h_k f_k is nonzero (${difference.terms.size} terms, e.g. ${polyToString(firstTerms(difference), 'plain')})`,
  );

  const ok = checks.every((x) => x.ok);
  const conclusion = ok
    ? `PROVED: for widths (${arch.widths.join(',')}) and windows ${JSON.stringify(windows)}, l vanishes on delta(V(windows)); every irreducible component C of V(windows) has dim cl delta(C) <= G - 1, G = dim cl delta(R^P).`
    : `NOT PROVED: ${checks.filter((x) => !x.ok).map((x) => x.name).join(', ')} failed.`;
  return { ok, checks, conclusion };
}

function firstTerms(p: Poly): Poly {
  const kept = new Map([...p.terms].slice(0, 3));
  return Object.freeze({ ring: p.ring, terms: kept });
}
