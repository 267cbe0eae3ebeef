/**
 * Which deeplin result a parsed JSON value is, recognised by its shape (the
 * report renders each kind differently); `null` for anything else.
 *
 * | kind | recognised by |
 * | --- | --- |
 * | `witness` | `kind: "deeplin/counterexample-witness"` (a counterexample witness file) |
 * | `sweep` | a non-empty array `results` or `profiles` of `{widths: int[], verdict: string, …}` (`proofs/minimal-counterexamples.json`, `deeplin sweep`); an empty one only with `kind` `deeplin/sweep` or `deeplin/minimal-counterexamples` |
 * | `search` | `deeplin search --json`: a non-empty `depths` array of `{depth, verdict, restrictedDimension, genericDimension}` |
 * | `profile-search` | `deeplin search --profiles --json`: `status` `found` (with `widths`) or `none-found`, `tried`, `method` |
 * | `verify` | `deeplin verify --json`: `verdict`, `widths`, `genericDimension`, `restrictedDimension`, `evidence.maximalComponents` |
 * | `image-dim` | `deeplin image-dim --json`: `singularValues`, `dimension`, `lowerBound`, `upperBound`, `failureProbability`, `floatRank` |
 * | `flow` | `deeplin flow --json`: `kind: "deeplin/flow"` with an array `runs` |
 */
import { WITNESS_KIND } from '../witness/witnessFormat';

export type ReportKind = 'witness' | 'sweep' | 'search' | 'profile-search' | 'verify' | 'image-dim' | 'flow';

/** One-line description of every accepted input, for error messages and help. */
export const REPORT_INPUTS =
  'deeplin verify --json, deeplin image-dim --json, deeplin search --json (per depth or --profiles), deeplin flow --json, ' +
  'a sweep ({"results" or "profiles": [{"widths": [...], "verdict": "..."}, ...]}, e.g. proofs/minimal-counterexamples.json), ' +
  `or a counterexample witness (kind ${WITNESS_KIND})`;

/** Kinds of sweep files that may have an empty profile list. */
export const SWEEP_KINDS: readonly string[] = ['deeplin/sweep', 'deeplin/minimal-counterexamples'];

type Obj = Record<string, unknown>;

export function isObject(x: unknown): x is Obj {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

export function isIntArray(x: unknown): x is number[] {
  return Array.isArray(x) && x.every((v) => Number.isInteger(v));
}

const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** The profile array of a sweep and the field it came from (`results` preferred over `profiles`), or null. */
export function sweepEntries(json: unknown): { readonly field: 'results' | 'profiles'; readonly entries: Obj[] } | null {
  if (!isObject(json)) return null;
  for (const field of ['results', 'profiles'] as const) {
    const list = json[field];
    if (!Array.isArray(list)) continue;
    if (!list.every((e) => isObject(e) && isIntArray(e.widths) && e.widths.length >= 1 && typeof e.verdict === 'string')) continue;
    if (list.length === 0 && !SWEEP_KINDS.includes(String(json.kind))) continue;
    return { field, entries: list as Obj[] };
  }
  return null;
}

export function reportKind(json: unknown): ReportKind | null {
  if (!isObject(json)) return null;
  if (json.kind === WITNESS_KIND) return 'witness';
  if (json.kind === 'deeplin/flow' && Array.isArray(json.runs)) return 'flow';
  if (sweepEntries(json) !== null) return 'sweep';
  const depths = json.depths;
  if (
    Array.isArray(depths) &&
    depths.length > 0 &&
    depths.every((d) => isObject(d) && Number.isInteger(d.depth) && typeof d.verdict === 'string' && isNum(d.restrictedDimension) && isNum(d.genericDimension))
  ) {
    return 'search';
  }
  if (((json.status === 'found' && isIntArray(json.widths)) || json.status === 'none-found') && isNum(json.tried) && typeof json.method === 'string') return 'profile-search';
  if (
    typeof json.verdict === 'string' &&
    isIntArray(json.widths) &&
    isNum(json.genericDimension) &&
    isNum(json.restrictedDimension) &&
    isObject(json.evidence) &&
    Array.isArray(json.evidence.maximalComponents)
  ) {
    return 'verify';
  }
  if (
    Array.isArray(json.singularValues) &&
    json.singularValues.every((v) => typeof v === 'number' || v === null) &&
    isNum(json.dimension) &&
    isNum(json.lowerBound) &&
    isNum(json.upperBound) &&
    isNum(json.failureProbability) &&
    (json.floatRank === null || isNum(json.floatRank))
  ) {
    return 'image-dim';
  }
  return null;
}
