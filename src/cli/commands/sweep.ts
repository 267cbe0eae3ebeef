/**
 * `deeplin sweep`: verify a deterministic list of architectures (or one
 * shard of it) with worker threads, resumable from a checkpoint.
 */
import { ArgumentError } from '../../errors';
import { MAX_JOBS } from '../../parallel/pool';
import { runSweep, sweepToJson } from '../../sweep/runSweep';
import { MAX_SWEEP_ARCHITECTURES, MAX_SWEEP_DEPTH, MAX_SWEEP_WIDTH, parseShard, sweepParameters, sweepSize, type SweepParameters } from '../../sweep/sweepPlan';
import type { CommandIO } from '../commandIO';
import { printJsonText, seedOption } from '../commonOptions';
import { integerOption, parseArgs } from '../parseArgs';
import { interruptedLine, startLongRun } from '../progressBar';
import { writeOutputFile } from '../fileIO';

export const sweepHelp = `deeplin sweep (--max-width w | --uniform w1,w2,...) [--min-depth a] --max-depth b [--data-independent] [--seed S] [--jobs J] [--shard i/n] [--checkpoint FILE] [--out FILE] [--json]

Verifies a fixed list of architectures with worker threads and writes one JSON result.
The list, in canonical order (by depth, then lexicographically by widths):
--max-width w: every width profile (d_0,...,d_N) with 1 <= d_i <= w, for
a <= N <= b (default a = 2); --uniform w1,w2,...: the uniform widths w1, w2, ...
at every depth a..b. Each architecture is settled by the verifier of
\`deeplin verify\` (all of A_H, or --data-independent), seed S (default 1).
At most ${MAX_SWEEP_ARCHITECTURES} architectures per sweep.

  --jobs J         worker threads (default: the available cores); the result
                   is identical for every J (--jobs 1 runs in-process)
  --shard i/n      only architectures k with k mod n = i (0 <= i < n): run the
                   n shards anywhere (e.g. a Slurm array or a Kubernetes indexed
                   job) and combine them with \`deeplin merge\`
  --checkpoint F   append each finished architecture to F (JSON lines); rerun
                   the same command to resume without redoing finished work
  --out FILE       write the sweep result ({"kind": "deeplin/sweep", ...,
                   "results": [...]}, witnesses of failures inline)
  --json           print the sweep result on stdout

Progress: a bar with ETA on a terminal, plain lines otherwise. Ctrl-C stops
cleanly (exit 130) and prints the command that resumes from the checkpoint
(with --jobs 1 it takes effect when the current architecture is done).
Exit codes: 0 the sweep is complete (whatever the verdicts), 2 bad input,
130 interrupted.

Example:
  npx deeplin sweep --uniform 1,2 --min-depth 2 --max-depth 5 --out out/sweep-uniform.json`;

/**
 * Runs `deeplin sweep` (see {@link sweepHelp}); resolves with the exit code.
 */
export async function sweepCommand(argv: readonly string[], io: CommandIO): Promise<number> {
  const { options } = parseArgs('sweep', argv, {
    'max-width': 'string', uniform: 'string', 'min-depth': 'string', 'max-depth': 'string', 'data-independent': 'boolean', seed: 'string',
    jobs: 'string', shard: 'string', checkpoint: 'string', out: 'string', json: 'boolean',
  });
  const fn = 'deeplin sweep';
  if (options['max-width'] !== undefined && options.uniform !== undefined) throw new ArgumentError(fn, '--uniform', options.uniform, 'either --max-width or --uniform, not both');
  if (options['max-width'] === undefined && options.uniform === undefined) throw new ArgumentError(fn, '--max-width', undefined, '--max-width w (all profiles with widths <= w) or --uniform w1,w2,... (uniform widths)');
  const minDepth = integerOption('sweep', 'min-depth', options['min-depth'], 2, MAX_SWEEP_DEPTH) ?? 2;
  const maxDepth = integerOption('sweep', 'max-depth', options['max-depth'], minDepth, MAX_SWEEP_DEPTH);
  if (maxDepth === undefined) throw new ArgumentError(fn, '--max-depth', undefined, `an integer in [${minDepth}, ${MAX_SWEEP_DEPTH}]`);
  const coverage = options['data-independent'] ? 'data-independent' : 'full';
  let parameters: SweepParameters;
  if (options.uniform !== undefined) {
    const widths = String(options.uniform).split(',').map((p, i) => integerOption('sweep', `uniform (entry ${i})`, p.trim(), 1, MAX_SWEEP_WIDTH) as number);
    parameters = sweepParameters({ family: 'uniform', widths, minDepth, maxDepth, coverage }, fn);
  } else {
    const maxWidth = integerOption('sweep', 'max-width', options['max-width'], 1, MAX_SWEEP_WIDTH) as number;
    parameters = sweepParameters({ family: 'profiles', maxWidth, minDepth, maxDepth, coverage }, fn);
  }
  const seed = seedOption('sweep', options);
  const jobs = integerOption('sweep', 'jobs', options.jobs, 1, MAX_JOBS);
  const shard = typeof options.shard === 'string' ? parseShard(options.shard, fn) : null;
  const checkpoint = typeof options.checkpoint === 'string' ? options.checkpoint : undefined;
  const out = typeof options.out === 'string' ? options.out : undefined;
  const total = sweepSize(parameters);
  const described =
    parameters.family === 'uniform'
      ? `uniform widths ${parameters.widths.join(',')}, depths ${minDepth}..${maxDepth}`
      : `all width profiles with d_i <= ${parameters.maxWidth}, depths ${minDepth}..${maxDepth}`;
  if (!options.json) io.err(`deeplin sweep: ${total} architectures (${described}, coverage ${coverage}), seed ${seed}${shard ? `, shard ${shard.index}/${shard.count}` : ''}`);

  const t0 = Date.now();
  const display = startLongRun(io);
  let run;
  try {
    run = await runSweep(parameters, {
      seed, shard, jobs, checkpoint, label: fn, signal: display.signal,
      onProgress: (done, n) => display.update(done, n),
      onArchitectureProgress: (widths, p) => display.within(`(${widths.join(',')})`, p),
      onComputed: (v) => display.drop(`(${v.widths.join(',')})`),
    });
  } finally {
    display.close();
  }
  if (run.status === 'aborted') {
    io.err(interruptedLine('sweep', argv, run.done, run.total, 'architectures', checkpoint !== undefined));
    return 130;
  }
  const result = run.result;
  if (!result) throw new ArgumentError(fn, 'sweep', 'no result', 'a completed sweep');
  const text = sweepToJson(result);
  if (out !== undefined) {
    writeOutputFile('sweep', 'out', out, text);
  }
  if (options.json) {
    printJsonText(io, text);
    return 0;
  }
  const count = (v: string): number => result.results.filter((r) => r.verdict === v).length;
  if (run.resumed > 0) io.out(`resumed ${run.resumed} architectures from ${checkpoint}`);
  io.out(`holds ${count('holds')}, fails ${count('fails')}, undetermined ${count('undetermined')} (of ${result.results.length}${shard ? ` in shard ${shard.index}/${shard.count}; ${total} in the sweep` : ''})`);
  const fails = result.results.filter((r) => r.verdict === 'fails');
  if (fails.length > 0) io.out(`fails: ${fails.slice(0, 12).map((r) => `(${r.widths.join(',')})`).join(' ')}${fails.length > 12 ? ` … (${fails.length} in all)` : ''}`);
  if (out !== undefined) io.out(`sweep written to ${out}${shard ? `; combine the ${shard.count} shards with: npx deeplin merge SHARD-FILES... --out FILE` : ''}`);
  io.out(`(${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  return 0;
}
