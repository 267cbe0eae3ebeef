/**
 * `deeplin merge`: combine the shard files of a sweep into the unsharded result.
 */
import { ArgumentError } from '../../errors';
import { mergeSweeps } from '../../sweep/mergeSweeps';
import { sweepToJson } from '../../sweep/runSweep';
import type { CommandIO } from '../commandIO';
import { printJsonText } from '../commonOptions';
import { parseArgs } from '../parseArgs';
import { readInputJson, writeOutputFile, checkOutputPath } from '../fileIO';

export const mergeHelp = `deeplin merge SHARD.json... --out FILE [--json]

Combines the shard files of a sweep into the result of the unsharded run.
The shards are written by \`deeplin sweep --shard i/n --out ...\`; the merged
file is byte for byte the one the unsharded sweep writes. Checks
that every file belongs to the same sweep (parameters, seed, total and shard
count), that no shard index repeats and that each shard holds exactly its
architectures; when shards are missing it names their indices and writes
nothing. An unsharded sweep file counts as shard 0/1.

Example:
  npx deeplin merge test/sweep/fixtures/uniform-shard-0-of-2.json test/sweep/fixtures/uniform-shard-1-of-2.json --out out/sweep-merged.json`;

/**
 * Runs `deeplin merge` (see {@link mergeHelp}); returns the exit code.
 */
export function mergeCommand(argv: readonly string[], io: CommandIO): number {
  const { positional, options } = parseArgs('merge', argv, { out: 'string', json: 'boolean' });
  const fn = 'deeplin merge';
  if (positional.length === 0) throw new ArgumentError(fn, 'SHARD.json', undefined, 'one or more sweep shard files');
  if (typeof options.out !== 'string' && !options.json) throw new ArgumentError(fn, '--out', undefined, 'a file to write the merged sweep to (or --json)');
  if (typeof options.out === 'string') checkOutputPath('merge', 'out', options.out);
  const files = positional.map((name) => ({ name, json: readInputJson('merge', name) }));
  const merged = mergeSweeps(files, fn);
  const text = sweepToJson(merged);
  if (typeof options.out === 'string') {
    writeOutputFile('merge', 'out', options.out, text);
  }
  if (options.json) {
    printJsonText(io, text);
    return 0;
  }
  const count = (v: string): number => merged.results.filter((r) => r.verdict === v).length;
  io.out(`merged ${files.length} shard${files.length === 1 ? '' : 's'}: ${merged.total} architectures; holds ${count('holds')}, fails ${count('fails')}, undetermined ${count('undetermined')}`);
  io.out(`sweep written to ${options.out}`);
  return 0;
}
