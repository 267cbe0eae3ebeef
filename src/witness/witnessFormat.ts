/**
 * The counterexample-witness file format (version 1) and its strict parser.
 * Every number is an exact rational written as a string ("p" or "p/q");
 * floats, JSON numbers in matrices, ragged rows and wrong shapes are refused
 * with one line naming the field.
 *
 * ```json
 * { "kind": "deeplin/counterexample-witness", "version": 1,
 *   "widths": [2, 2, …], "data": { "X": [["3", "-1/2", …]], "Y": [[…]] },
 *   "point": [W_1, …, W_N], "conditions": [[2, 4], …],
 *   "claims": { "genericDimension": 45, "restrictedDimension": 45, "codomainDimension": 45 } }
 * ```
 * `point[i-1]` is W_i as an array of rows; `[a, b]` in `conditions` means
 * W_b ⋯ W_a = 0. Every field is either re-checked by `checkWitness`
 * (kind, version, widths, data, point, conditions, claims, group, and
 * `orbit.intervals` / `orbit.dimension` when present) or listed in
 * {@link WITNESS_INFORMATIONAL_FIELDS} (free text and provenance, never shown
 * as a claim); any other field is refused, so nothing in a file can look like
 * a checked claim without being one. Parse the text with `parseStrictJson`
 * (src/strictJson.ts) first: duplicate keys are refused there.
 *
 * @example
 * ```ts
 * import { parseWitness } from 'deeplin';
 * (() => { try { parseWitness({ kind: 'nope' }); } catch (e) { return (e as Error).message; } })(); // "parseWitness: kind must be \"deeplin/counterexample-witness\", got \"nope\""
 * ```
 */
import type { Matrix } from '../algebra/matrix';
import { parseRational, type Rational } from '../algebra/rational';
import { FormatError } from '../errors';
import { architecture, type Architecture } from '../model/architecture';
import { requireFields } from '../strictJson';

export const WITNESS_KIND = 'deeplin/counterexample-witness';
export const WITNESS_VERSION = 1;

/** Fields a checker does not re-check: free text and provenance (how the witness was found). */
export const WITNESS_INFORMATIONAL_FIELDS: readonly string[] = ['statement', 'evidence', 'recheck'];

export interface WitnessClaims {
  readonly genericDimension: number;
  readonly restrictedDimension: number;
  readonly codomainDimension: number;
}

/** The JSON as written to disk (strings for numbers). */
export interface WitnessJson {
  readonly kind: typeof WITNESS_KIND;
  readonly version: 1;
  readonly statement?: string;
  readonly widths: readonly number[];
  readonly data: { readonly X: string[][]; readonly Y: string[][] };
  readonly point: string[][][];
  readonly conditions: [number, number][];
  readonly claims: WitnessClaims;
  /**
   * Which group's orbit the tangent map T uses: "G" (default; Π GL(d_v), the
   * listed products must imply A_H for all data) or "stabilizer" (the subgroup
   * H fixing C = X Yᵀ; A_H is H-invariant for that data — data-dependent points).
   */
  readonly group?: 'G' | 'stabilizer';
  readonly orbit?: { readonly intervals: [number, number][]; readonly dimension?: number };
  readonly evidence?: Record<string, unknown>;
  readonly recheck?: string;
}

/** The parsed, exact witness. */
export interface Witness {
  readonly arch: Architecture;
  readonly X: Matrix<Rational>;
  readonly Y: Matrix<Rational>;
  readonly point: Matrix<Rational>[];
  readonly conditions: readonly (readonly [number, number])[];
  readonly claims: WitnessClaims;
  readonly group: 'G' | 'stabilizer';
  readonly orbit?: { readonly intervals: readonly (readonly [number, number])[]; readonly dimension?: number };
}

function failer(where: string): (what: string) => never {
  return (what) => {
    throw new FormatError(where, what);
  };
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}


function exactMatrix(value: unknown, rows: number, cols: number | undefined, name: string, where: string): Rational[][] {
  const fail: (what: string) => never = failer(where);
  if (!Array.isArray(value) || value.length !== rows) fail(`${name} must be an array of ${rows} rows, got ${Array.isArray(value) ? value.length : typeof value}`);
  const width = cols ?? (Array.isArray(value[0]) ? value[0].length : -1);
  if (width < 1) fail(`${name} must have at least one column`);
  return value.map((row: unknown, i: number) => {
    if (!Array.isArray(row) || row.length !== width) fail(`${name} row ${i} must have ${width} entries, got ${Array.isArray(row) ? row.length : typeof row}`);
    return row.map((x: unknown, j: number) => parseRational(x, `${where}: ${name}[${i}][${j}]`));
  });
}

/** `where` starts every error message (default `parseWitness`; the CLI passes `deeplin check: FILE`). */
export function parseWitness(json: unknown, where = 'parseWitness'): Witness {
  const fail: (what: string) => never = failer(where);
  const fields = (obj: object, path: string, required: readonly string[], optional: readonly string[] = []): void => requireFields(obj, path, required, optional, where);
  const matrix = (value: unknown, rows: number, cols: number | undefined, name: string): Rational[][] => exactMatrix(value, rows, cols, name, where);
  const count = (value: unknown, name: string): number => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) fail(`claims.${name} must be a non-negative integer, got ${JSON.stringify(value)}`);
    return value as number;
  };
  if (!isObject(json)) fail('the witness must be a JSON object');
  const w = json;
  if (w.kind !== WITNESS_KIND) fail(`kind must be "${WITNESS_KIND}", got ${JSON.stringify(w.kind)}`);
  if (w.version !== WITNESS_VERSION) fail(`version must be ${WITNESS_VERSION}, got ${JSON.stringify(w.version)}`);
  fields(w, '$', ['kind', 'version', 'widths', 'data', 'point', 'conditions', 'claims'], ['group', 'orbit', ...WITNESS_INFORMATIONAL_FIELDS]);
  for (const key of ['statement', 'recheck']) if (w[key] !== undefined && typeof w[key] !== 'string') fail(`${key} must be a string`);
  if (w.evidence !== undefined && !isObject(w.evidence)) fail('evidence must be an object');
  if (!Array.isArray(w.widths)) fail('widths must be an array of integers d_0..d_N');
  let arch: Architecture;
  try {
    arch = architecture(w.widths);
  } catch (e) {
    fail(`widths: ${(e as Error).message}`);
  }
  const d = arch.widths;
  const N = arch.depth;
  const data = w.data as Record<string, unknown> | undefined;
  if (!isObject(data)) fail('data must be an object with matrices X and Y');
  fields(data, '$.data', ['X', 'Y']);
  const X = matrix(data.X, d[0], undefined, 'data.X');
  const Y = matrix(data.Y, d[N], X[0].length, 'data.Y');
  if (!Array.isArray(w.point) || w.point.length !== N) fail(`point must be an array of N = ${N} matrices W_1..W_N`);
  const point = (w.point as unknown[]).map((W, i) => matrix(W, d[i + 1], d[i], `point[${i}] (W_${i + 1}, ${d[i + 1]}x${d[i]})`));
  if (!Array.isArray(w.conditions)) fail('conditions must be an array of pairs [a, b]');
  const conditions = (w.conditions as unknown[]).map((c, i) => {
    if (!Array.isArray(c) || c.length !== 2 || !c.every((x) => Number.isInteger(x)) || c[0] < 1 || c[1] < c[0] || c[1] > N) {
      fail(`conditions[${i}] must be [a, b] with integers 1 <= a <= b <= ${N}, got ${JSON.stringify(c)}`);
    }
    return [c[0], c[1]] as const;
  });
  const claims = w.claims as Record<string, unknown> | undefined;
  if (!isObject(claims)) fail('claims must be an object');
  fields(claims, '$.claims', ['genericDimension', 'restrictedDimension', 'codomainDimension']);
  const parsedClaims: WitnessClaims = {
    genericDimension: count(claims.genericDimension, 'genericDimension'),
    restrictedDimension: count(claims.restrictedDimension, 'restrictedDimension'),
    codomainDimension: count(claims.codomainDimension, 'codomainDimension'),
  };
  if (w.group !== undefined && w.group !== 'G' && w.group !== 'stabilizer') fail(`group must be "G" or "stabilizer", got ${JSON.stringify(w.group)}`);
  const group = (w.group ?? 'G') as 'G' | 'stabilizer';
  let orbit: Witness['orbit'];
  const o = w.orbit as Record<string, unknown> | undefined;
  if (o !== undefined) {
    if (!isObject(o) || !Array.isArray(o.intervals)) fail('orbit.intervals must be an array of [s, t]');
    fields(o, '$.orbit', ['intervals'], ['dimension']);
    if (o.dimension !== undefined && (typeof o.dimension !== 'number' || !Number.isInteger(o.dimension) || o.dimension < 0)) fail(`orbit.dimension must be a non-negative integer, got ${JSON.stringify(o.dimension)}`);
    const intervals = (o.intervals as unknown[]).map((iv, i) => {
      if (!Array.isArray(iv) || iv.length !== 2 || !iv.every((x) => Number.isInteger(x)) || iv[0] < 0 || iv[1] < iv[0] || iv[1] > N) {
        fail(`orbit.intervals[${i}] must be [s, t] with integers 0 <= s <= t <= ${N}`);
      }
      return [iv[0], iv[1]] as const;
    });
    orbit = o.dimension === undefined ? { intervals } : { intervals, dimension: o.dimension as number };
  }
  return { arch, X, Y, point, conditions, claims: parsedClaims, group, orbit };
}
