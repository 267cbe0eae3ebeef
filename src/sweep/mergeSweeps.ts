/**
 * Combines the shard files of one sweep (`deeplin sweep --shard i/n`) into
 * the file the unsharded run writes — byte for byte, through
 * {@link sweepToJson}. Refuses shards of different sweeps (parameters, seed,
 * total or shard count), repeated shard indices, and a shard whose results
 * are not exactly its architectures; when shards are missing it names their
 * indices and returns nothing.
 *
 * @example
 * ```ts
 * import { mergeSweeps } from 'deeplin';
 * const parameters = { family: 'uniform', widths: [1], minDepth: 2, maxDepth: 3, coverage: 'full' };
 * const entry = (depth: number) => ({ widths: new Array(depth + 1).fill(1), depth, verdict: 'holds', coverage: 'full',
 *   restrictedDimension: 0, genericDimension: depth - 1, genericExact: true, components: 0, failureProbability: 0, witness: null });
 * const shard = (index: number) => ({ kind: 'deeplin/sweep', version: 1, parameters, seed: 1, shard: { index, count: 2 }, total: 2, results: [entry(index + 2)] });
 * mergeSweeps([{ name: 'b.json', json: shard(1) }, { name: 'a.json', json: shard(0) }]).results.map((r) => r.depth); // [2,3]
 * try { mergeSweeps([{ name: 'a.json', json: shard(0) }]); } catch (e) { (e as Error).message; } // "mergeSweeps: missing shard 1 of 2 (have: 0); nothing written"
 * ```
 */
import { FormatError } from '../errors';
import { sweepEntry, type SweepEntry } from './architectureVerdict';
import { SWEEP_KIND, SWEEP_VERSION, type SweepResult } from './runSweep';
import { shardIndices, sweepArchitectures, sweepParameters, type SweepParameters, type SweepParametersInput } from './sweepPlan';

/** One input of {@link mergeSweeps}: a parsed sweep file and a name for messages. */
export interface SweepFile {
  readonly name: string;
  readonly json: unknown;
}

/**
 * The merged sweep (shard null, every architecture in canonical order).
 * An unsharded file counts as shard 0 of 1.
 *
 * @example
 * ```ts
 * import { mergeSweeps } from 'deeplin';
 * (() => { try { mergeSweeps([{ name: 'x.json', json: { kind: 'nope' } }]); } catch (e) { return (e as Error).message; } })(); // "mergeSweeps: x.json is not a deeplin sweep file (expected \"kind\": \"deeplin/sweep\", \"version\": 1)"
 * ```
 */
export function mergeSweeps(files: readonly SweepFile[], who = 'mergeSweeps'): SweepResult {
  if (files.length === 0) throw new FormatError(who, 'no sweep files given');
  const parsed = files.map((f) => parseSweepFile(f, who));
  const first = parsed[0];
  const key = (p: ParsedSweep): string => JSON.stringify([p.parameters, p.seed, p.total, p.shard.count]);
  for (const p of parsed.slice(1)) {
    if (key(p) !== key(first)) {
      const what = JSON.stringify(p.parameters) !== JSON.stringify(first.parameters) ? 'parameters' : p.seed !== first.seed ? 'seed' : p.total !== first.total ? 'total' : 'shard count';
      throw new FormatError(who, `${p.name} and ${first.name} are shards of different sweeps (their ${what} differ); nothing written`);
    }
  }
  const count = first.shard.count;
  const byIndex = new Map<number, ParsedSweep>();
  for (const p of parsed) {
    const other = byIndex.get(p.shard.index);
    if (other) throw new FormatError(who, `${other.name} and ${p.name} are both shard ${p.shard.index} of ${count}; nothing written`);
    byIndex.set(p.shard.index, p);
  }
  const missing = shardIndices(count, null).filter((i) => !byIndex.has(i));
  if (missing.length > 0) {
    const shown = missing.length > 20 ? `${missing.slice(0, 20).join(', ')}, … (${missing.length} in all)` : missing.join(', ');
    const have = [...byIndex.keys()].sort((a, b) => a - b);
    throw new FormatError(who, `missing shard${missing.length > 1 ? 's' : ''} ${shown} of ${count} (have: ${have.length > 20 ? `${have.length} shards` : have.join(', ')}); nothing written`);
  }
  const architectures = sweepArchitectures(first.parameters);
  if (architectures.length !== first.total) throw new FormatError(who, `${first.name}: total ${first.total} does not match its parameters (${architectures.length} architectures)`);
  const results: SweepEntry[] = new Array(architectures.length);
  for (const p of parsed) {
    const expected = shardIndices(architectures.length, p.shard);
    if (p.results.length !== expected.length) {
      throw new FormatError(who, `${p.name} has ${p.results.length} results, but shard ${p.shard.index} of ${count} has ${expected.length} architectures; nothing written`);
    }
    expected.forEach((k, j) => {
      const widths = p.results[j].widths;
      if (!Array.isArray(widths) || widths.join(',') !== architectures[k].join(',')) {
        throw new FormatError(who, `${p.name}: result ${j} has widths ${JSON.stringify(widths)}, expected (${architectures[k].join(',')}) for shard ${p.shard.index} of ${count}; nothing written`);
      }
      results[k] = p.results[j];
    });
  }
  return { kind: SWEEP_KIND, version: SWEEP_VERSION, parameters: first.parameters, seed: first.seed, shard: null, total: first.total, results };
}

interface ParsedSweep {
  readonly name: string;
  readonly parameters: SweepParameters;
  readonly seed: number;
  readonly total: number;
  readonly shard: { readonly index: number; readonly count: number };
  readonly results: readonly SweepEntry[];
}

function parseSweepFile(file: SweepFile, who: string): ParsedSweep {
  const j = file.json as Partial<Record<keyof SweepResult, unknown>> | null;
  if (!j || typeof j !== 'object' || j.kind !== SWEEP_KIND || j.version !== SWEEP_VERSION) {
    throw new FormatError(who, `${file.name} is not a deeplin sweep file (expected "kind": "${SWEEP_KIND}", "version": ${SWEEP_VERSION})`);
  }
  let parameters: SweepParameters;
  try {
    parameters = sweepParameters(j.parameters as SweepParametersInput, who);
  } catch (e) {
    throw new FormatError(who, `${file.name}: invalid parameters (${(e as Error).message})`);
  }
  if (typeof j.seed !== 'number' || !Number.isInteger(j.seed)) throw new FormatError(who, `${file.name}: seed must be an integer`);
  if (typeof j.total !== 'number' || !Number.isInteger(j.total)) throw new FormatError(who, `${file.name}: total must be an integer`);
  if (!Array.isArray(j.results)) throw new FormatError(who, `${file.name}: results must be an array`);
  let shard = { index: 0, count: 1 };
  if (j.shard !== null) {
    const s = j.shard as { index?: unknown; count?: unknown } | undefined;
    if (!s || typeof s.index !== 'number' || typeof s.count !== 'number' || !Number.isInteger(s.index) || !Number.isInteger(s.count) || s.index < 0 || s.index >= s.count) {
      throw new FormatError(who, `${file.name}: shard must be null or {"index": i, "count": n} with 0 <= i < n`);
    }
    shard = { index: s.index, count: s.count };
  }
  const results = (j.results as unknown[]).map((r, k) => {
    const e = r as Partial<SweepEntry> | null;
    if (!e || typeof e !== 'object' || !Array.isArray(e.widths) || !['holds', 'fails', 'undetermined'].includes(String(e.verdict))) {
      throw new FormatError(who, `${file.name}: results[${k}] is not a sweep entry (widths and verdict holds / fails / undetermined)`);
    }
    return sweepEntry(r as SweepEntry);
  });
  return { name: file.name, parameters, seed: j.seed, total: j.total, shard, results };
}
