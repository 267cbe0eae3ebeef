/**
 * Which architectures a sweep verifies, in the canonical order (by depth,
 * then lexicographically by widths), and how they are cut into shards:
 * architecture k (0-based, in canonical order) belongs to shard k mod n.
 *
 * - `profiles`: every width profile (d_0, …, d_N) with 1 ≤ d_i ≤ maxWidth,
 *   for minDepth ≤ N ≤ maxDepth (Σ_N maxWidth^(N+1) architectures);
 * - `uniform`: the uniform widths in `widths` (sorted, without repeats) at
 *   every depth minDepth ≤ N ≤ maxDepth.
 */
import { ArgumentError } from '../errors';

/** Sweeps with more architectures than this are refused (split the range, or use a property-based search). */
export const MAX_SWEEP_ARCHITECTURES = 100_000;
/** The largest width and depth a sweep accepts. */
export const MAX_SWEEP_WIDTH = 64;
export const MAX_SWEEP_DEPTH = 64;

export type SweepCoverage = 'full' | 'data-independent';

/** The parameters that determine a sweep's list of architectures and verdicts (with the seed). Fields in canonical order. */
export type SweepParameters =
  | { readonly family: 'profiles'; readonly maxWidth: number; readonly minDepth: number; readonly maxDepth: number; readonly coverage: SweepCoverage }
  | { readonly family: 'uniform'; readonly widths: readonly number[]; readonly minDepth: number; readonly maxDepth: number; readonly coverage: SweepCoverage };

export type SweepParametersInput =
  | { readonly family: 'profiles'; readonly maxWidth: number; readonly minDepth: number; readonly maxDepth: number; readonly coverage?: SweepCoverage }
  | { readonly family: 'uniform'; readonly widths: readonly number[]; readonly minDepth: number; readonly maxDepth: number; readonly coverage?: SweepCoverage };

/** Shard `index` of `count` (0 ≤ index < count). */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

/** The largest shard count accepted. */
export const MAX_SHARDS = 100_000;

/**
 * Validates sweep parameters and puts them in canonical form (fields in a
 * fixed order, uniform widths sorted without repeats, coverage "full" by
 * default), so equal sweeps have byte-equal parameters. Refuses a sweep of
 * more than {@link MAX_SWEEP_ARCHITECTURES} architectures, naming the count.
 *
 * @example
 * ```ts
 * import { sweepParameters } from 'deeplin';
 * sweepParameters({ family: 'uniform', widths: [3, 1, 3], minDepth: 2, maxDepth: 4 }); // {"family":"uniform","widths":[1,3],"minDepth":2,"maxDepth":4,"coverage":"full"}
 * try { sweepParameters({ family: 'profiles', maxWidth: 4, minDepth: 2, maxDepth: 9 }); } catch (e) { (e as Error).message; } // "sweepParameters: the sweep has 1398080 architectures …"
 * ```
 */
export function sweepParameters(input: SweepParametersInput, who = 'sweepParameters'): SweepParameters {
  const coverage = input.coverage ?? 'full';
  if (coverage !== 'full' && coverage !== 'data-independent') throw new ArgumentError(who, 'coverage', coverage, '"full" or "data-independent"');
  const minDepth = checkInteger(who, 'minDepth', input.minDepth, 2, MAX_SWEEP_DEPTH);
  const maxDepth = checkInteger(who, 'maxDepth', input.maxDepth, minDepth, MAX_SWEEP_DEPTH);
  let parameters: SweepParameters;
  if (input.family === 'profiles') {
    const maxWidth = checkInteger(who, 'maxWidth', input.maxWidth, 1, MAX_SWEEP_WIDTH);
    parameters = { family: 'profiles', maxWidth, minDepth, maxDepth, coverage };
  } else if (input.family === 'uniform') {
    if (!Array.isArray(input.widths) || input.widths.length === 0) throw new ArgumentError(who, 'widths', input.widths, `a non-empty list of integers in [1, ${MAX_SWEEP_WIDTH}]`);
    const widths = [...new Set(input.widths.map((w, i) => checkInteger(who, `widths[${i}]`, w, 1, MAX_SWEEP_WIDTH)))].sort((a, b) => a - b);
    parameters = { family: 'uniform', widths, minDepth, maxDepth, coverage };
  } else {
    throw new ArgumentError(who, 'family', (input as { family?: unknown }).family, '"profiles" or "uniform"');
  }
  const size = sweepSize(parameters);
  if (size > MAX_SWEEP_ARCHITECTURES) {
    const e = new ArgumentError(who, 'the sweep', `${size} architectures`, `at most ${MAX_SWEEP_ARCHITECTURES} architectures`);
    e.message = `${who}: the sweep has ${size} architectures, more than the limit ${MAX_SWEEP_ARCHITECTURES}; narrow the widths or depths (or use search --profiles)`;
    throw e;
  }
  return parameters;
}

function checkInteger(who: string, name: string, value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) throw new ArgumentError(who, name, value, `an integer in [${min}, ${max}]`);
  return value;
}

/**
 * The number of architectures in the full (unsharded) sweep.
 */
export function sweepSize(p: SweepParameters): number {
  let total = 0;
  for (let N = p.minDepth; N <= p.maxDepth; N++) total += p.family === 'uniform' ? p.widths.length : p.maxWidth ** (N + 1);
  return total;
}

/**
 * Every architecture of the sweep (widths d_0..d_N) in the canonical order:
 * by depth, then lexicographically.
 */
export function sweepArchitectures(p: SweepParameters): number[][] {
  const size = sweepSize(p);
  if (size > MAX_SWEEP_ARCHITECTURES) throw new ArgumentError('sweepArchitectures', 'the sweep', `${size} architectures`, `at most ${MAX_SWEEP_ARCHITECTURES}`);
  const out: number[][] = [];
  for (let N = p.minDepth; N <= p.maxDepth; N++) {
    if (p.family === 'uniform') {
      for (const w of p.widths) out.push(new Array<number>(N + 1).fill(w));
    } else {
      let level: number[][] = [[]];
      for (let v = 0; v <= N; v++) level = level.flatMap((prefix) => Array.from({ length: p.maxWidth }, (_, k) => [...prefix, k + 1]));
      out.push(...level);
    }
  }
  return out;
}

/**
 * Parses `--shard i/n` (0 ≤ i < n ≤ {@link MAX_SHARDS}); `who` and `option`
 * name the argument in the one-line error.
 */
export function parseShard(text: string, who = 'parseShard', option = '--shard'): Shard {
  const allowed = `i/n with integers 0 <= i < n <= ${MAX_SHARDS}`;
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!m) throw new ArgumentError(who, option, text, allowed);
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(count) || count < 1 || count > MAX_SHARDS || index >= count) throw new ArgumentError(who, option, text, allowed);
  return { index, count };
}

/**
 * The canonical indices (into {@link sweepArchitectures}) that belong to a
 * shard: k with k mod count = index. No shard: all of them.
 */
export function shardIndices(total: number, shard: Shard | null): number[] {
  const out: number[] = [];
  const start = shard ? shard.index : 0;
  const step = shard ? shard.count : 1;
  for (let k = start; k < total; k += step) out.push(k);
  return out;
}
