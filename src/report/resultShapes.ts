/**
 * The shapes by which `deeplin report` recognises each deeplin result (see the
 * table in fileKinds.ts): one predicate per kind, on a parsed JSON object.
 */

type Obj = Record<string, unknown>;

/** Kinds of sweep files that may have an empty profile list. */
export const SWEEP_KINDS: readonly string[] = ['deeplin/sweep', 'deeplin/minimal-counterexamples'];

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

/** `deeplin search --json`: a non-empty `depths` array of `{depth, verdict, restrictedDimension, genericDimension}`. */
export function isSearchResult(json: Obj): boolean {
  const depths = json.depths;
  return (
    Array.isArray(depths) &&
    depths.length > 0 &&
    depths.every((d) => isObject(d) && Number.isInteger(d.depth) && typeof d.verdict === 'string' && isNum(d.restrictedDimension) && isNum(d.genericDimension))
  );
}

/** `deeplin search --profiles --json`: `status` `found` (with `widths`) or `none-found`, `tried`, `method`. */
export function isProfileSearchResult(json: Obj): boolean {
  return ((json.status === 'found' && isIntArray(json.widths)) || json.status === 'none-found') && isNum(json.tried) && typeof json.method === 'string';
}

/** `deeplin verify --json`: `verdict`, `widths`, `genericDimension`, `restrictedDimension`, `evidence.maximalComponents`. */
export function isVerifyResult(json: Obj): boolean {
  return (
    typeof json.verdict === 'string' &&
    isIntArray(json.widths) &&
    isNum(json.genericDimension) &&
    isNum(json.restrictedDimension) &&
    isObject(json.evidence) &&
    Array.isArray(json.evidence.maximalComponents)
  );
}

/** `deeplin image-dim --json`: `singularValues`, `dimension`, `lowerBound`, `upperBound`, `failureProbability`, `floatRank`. */
export function isImageDimResult(json: Obj): boolean {
  return (
    Array.isArray(json.singularValues) &&
    json.singularValues.every((v) => typeof v === 'number' || v === null) &&
    isNum(json.dimension) &&
    isNum(json.lowerBound) &&
    isNum(json.upperBound) &&
    isNum(json.failureProbability) &&
    (json.floatRank === null || isNum(json.floatRank))
  );
}
