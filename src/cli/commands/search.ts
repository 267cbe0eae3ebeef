/**
 * `deeplin search`: the smallest failing depth for a uniform width.
 */
import { MAX_JOBS } from '../../parallel/pool';
import { certifyDepths } from '../../verify/certifyDepths';
import { searchMinimalDepthInWorkers, type DepthVerdict } from '../../sweep/searchMinimalDepth';
import { searchProfiles } from '../../verify/searchProfiles';
import type { CommandIO } from '../commandIO';
import { integerOption, parseArgs } from '../parseArgs';
import { ArgumentError } from '../../errors';
import { interruptedLine, startLongRun } from '../progressBar';
import { writeOutputJson, checkOutputPath } from '../fileIO';
import { seedOption, printJson } from '../commonOptions';

export const searchHelp = `deeplin search --width w --max-depth D [--data-independent] [--seed S] [--jobs J] [--checkpoint FILE] [--witness FILE] [--certify [--certify-effort exact|verdict]] [--cycle-string-limit L] [--json]
deeplin search --profiles --max-width w --min-depth a --max-depth b [--runs R] [--seed S] [--witness FILE] [--json]

Finds the smallest depth N <= D at which the main conjecture fails for uniform
width w, writes its witness, and shows that every smaller depth holds (each
depth settled exhaustively over the components of A_H; coverage stated).
A depth whose data-dependent part cannot be enumerated (more than L cycle
strings, --cycle-string-limit, default 5,000,000) is undetermined, and the
minimal depth is then reported as a range ("between 7 and 8").
The depths are verified in parallel by --jobs J worker threads (default: the
available cores; the result is the same for every J, --jobs 1 runs in-process);
work on larger depths is cancelled once a failure is found and every smaller
depth is done. --checkpoint FILE appends each finished depth to FILE and skips
the finished depths when the same search (width, seed, coverage) is rerun.
Ctrl-C stops cleanly (exit 130) and prints the command that resumes.
With --profiles: a fast-check search over width profiles (depth a..b, widths
1..w); a failing profile is shrunk towards smaller depth and widths. This mode
runs sequentially in-process (no --jobs, no --checkpoint), with a progress bar
over the R random runs (shrinking comes after).
--certify proves every depth that holds (verify --certify on it: relations on
delta's image proved exactly on every component); each entry of depths gets
"proved", and the failing depth is proved by its exact witness. The proofs
stop at deterministic work budgets (term products), never a time limit; they
run in this process, one component after another (--jobs is for the search).
--certify-effort verdict (as for verify) runs the second, wider relation search
only on components whose bound is not yet below the generic dimension: the same
"proved", fewer components exact, much faster at width 3 depth 6.

Example:
  npx deeplin search --width 2 --max-depth 10 --witness out/minimal-width2.witness.json`;

export async function searchCommand(argv: readonly string[], io: CommandIO): Promise<number> {
  const { options } = parseArgs('search', argv, {
    width: 'string', 'max-depth': 'string', seed: 'string', witness: 'string', json: 'boolean',
    profiles: 'boolean', 'max-width': 'string', 'min-depth': 'string', runs: 'string', 'data-independent': 'boolean',
    jobs: 'string', checkpoint: 'string', certify: 'boolean', 'certify-effort': 'string', 'cycle-string-limit': 'string',
  });
  const effort = options['certify-effort'] ?? 'exact';
  if (effort !== 'exact' && effort !== 'verdict') throw new ArgumentError('deeplin search', '--certify-effort', effort, 'exact or verdict');
  if (options['certify-effort'] !== undefined && !options.certify) throw new ArgumentError('deeplin search', '--certify-effort', effort, 'only with --certify');
  if (options.profiles) {
    if (options.jobs !== undefined) throw new ArgumentError('deeplin search', '--jobs', options.jobs, 'no --jobs with --profiles (that mode runs sequentially)');
    if (options.checkpoint !== undefined) throw new ArgumentError('deeplin search', '--checkpoint', options.checkpoint, 'no --checkpoint with --profiles');
    return profileSearch(options, io);
  }
  const width = integerOption('search', 'width', options.width, 1, 16);
  const maxDepth = integerOption('search', 'max-depth', options['max-depth'], 2, 64);
  if (width === undefined) throw new ArgumentError('deeplin search', '--width', undefined, 'an integer in [1, 16]');
  if (maxDepth === undefined) throw new ArgumentError('deeplin search', '--max-depth', undefined, 'an integer in [2, 64]');
  const seed = seedOption('search', options);
  if (typeof options.witness === 'string') checkOutputPath('search', 'witness', options.witness);
  const jobs = integerOption('search', 'jobs', options.jobs, 1, MAX_JOBS);
  const checkpoint = typeof options.checkpoint === 'string' ? options.checkpoint : undefined;
  if (!options.json) io.err(`deeplin search: width ${width}, depths 2..${maxDepth}, seed ${seed}`);
  const coverage = options['data-independent'] ? 'data-independent' : 'full';
  const cycleStringLimit = integerOption('search', 'cycle-string-limit', options['cycle-string-limit'], 1, 1e9);
  const display = startLongRun(io);
  let last = '';
  let run;
  try {
    run = await searchMinimalDepthInWorkers(width, maxDepth, {
      seed,
      coverage,
      cycleStringLimit,
      jobs,
      checkpoint,
      label: 'deeplin search',
      signal: display.signal,
      onProgress: (done, total) => display.update(done, total, last),
      onDepthProgress: (depth, p) => display.within(`depth ${depth}`, p),
      onComputed: (v) => display.drop(`depth ${v.depth}`),
      onDepth: (v) => {
        display.drop(`depth ${v.depth}`);
        const line = `depth ${v.depth}: ${v.verdict} [${depthCoverage(v, coverage)}] (restricted ${v.restrictedDimension} [${restrictedHow(v)}] vs generic ${v.genericDimension} [${v.genericExact ? 'exact' : 'exact mod p lower bound'}], ${v.components} components, ${v.seconds.toFixed(2)} s)`;
        if (options.json) last = `depth ${v.depth}: ${v.verdict}`; // the full line goes to the JSON
        else io.out(line);
      },
    });
  } finally {
    display.close();
  }
  if (run.status === 'aborted' || !run.result) {
    io.err(interruptedLine('search', argv, run.done, run.total, 'depths', checkpoint !== undefined));
    return 130;
  }
  const result = run.result;
  let witnessPath: string | null = null;
  if (result.witness) {
    witnessPath = typeof options.witness === 'string' ? options.witness : `out/minimal-width${width}.witness.json`;
    writeOutputJson('search', 'witness', witnessPath, result.witness);
  }
  let depths: readonly DepthVerdict[] = result.depths;
  if (options.certify) {
    const certifying = startLongRun(io, { interrupt: false }); // synchronous: Ctrl-C keeps killing the process
    try {
      depths = certifyDepths(width, result.depths, {
        seed,
        coverage,
        effort,
        onDepthProgress: (d, p) => certifying.within(`depth ${d}`, p),
        onDepth: (d, proved) => {
          certifying.drop(`depth ${d}`);
          if (!options.json) io.out(`depth ${d}: ${proved ? 'PROVED (every component carries proved relations)' : 'not proved (some component still Monte-Carlo)'}`);
        },
      });
    } finally {
      certifying.close();
    }
  }
  const proved = options.certify ? { proved: depths.every((d) => (d as { proved?: boolean }).proved) } : {};
  if (options.json) {
    printJson(io, {
      width, minimalDepth: result.minimalDepth, minimalDepthRange: result.minimalDepthRange, witness: witnessPath,
      smallerDepthsHold: result.smallerDepthsHold, undeterminedDepths: result.undeterminedDepths, settled: settledWords(result.undeterminedDepths, coverage),
      ...proved, seed, method: result.method, depths: depths.map(searchDepthJson),
    });
  } else {
    const range = result.minimalDepthRange;
    if (result.minimalDepth !== null) io.out(`minimal failing depth for width ${width}: ${result.minimalDepth}; every smaller depth holds (coverage per depth above)`);
    else if (range && range[1] !== null) io.out(`minimal failing depth for width ${width}: between ${range[0]} and ${range[1]} (depth ${range[1]} fails; ${settledWords(result.undeterminedDepths, coverage)})`);
    else io.out(`no failure up to depth ${maxDepth} for width ${width} (${settledWords(result.undeterminedDepths, coverage)})`);
    if (witnessPath) io.out(`witness written to ${witnessPath}; re-check with: npx deeplin check ${witnessPath}`);
  }
  if (result.witness) return 0;
  return result.undeterminedDepths.length > 0 ? 3 : 1; // like counterexample: 1 when nothing was found; 3 when some depth is undetermined
}

function profileSearch(options: Record<string, string | boolean>, io: CommandIO): number {
  const maxWidth = integerOption('search', 'max-width', options['max-width'], 1, 8);
  const minDepth = integerOption('search', 'min-depth', options['min-depth'], 2, 32) ?? 2;
  const maxDepth = integerOption('search', 'max-depth', options['max-depth'], minDepth, 32);
  if (maxWidth === undefined) throw new ArgumentError('deeplin search', '--max-width', undefined, 'an integer in [1, 8] (with --profiles)');
  if (maxDepth === undefined) throw new ArgumentError('deeplin search', '--max-depth', undefined, `an integer in [${minDepth}, 32]`);
  const runs = integerOption('search', 'runs', options.runs, 1, 100000) ?? 100;
  const seed = seedOption('search', options);
  if (typeof options.witness === 'string') checkOutputPath('search', 'witness', options.witness);
  const display = startLongRun(io, { interrupt: false }); // synchronous: Ctrl-C keeps killing the process
  let tried = 0;
  let r;
  try {
    r = searchProfiles({ minDepth, maxDepth, maxWidth, runs, seed, onProfile: (w, v) => display.update(++tried, Math.max(runs, tried), `(${w.join(',')}): ${v}`) });
  } finally {
    display.close();
  }
  let witnessPath: string | null = null;
  if (r.status === 'found' && r.witness) {
    witnessPath = typeof options.witness === 'string' ? options.witness : `out/shrunk-widths-${r.widths.join('-')}.witness.json`;
    writeOutputJson('search', 'witness', witnessPath, r.witness);
  }
  if (options.json) printJson(io, { ...r, witness: witnessPath, seed });
  else if (r.status === 'found') io.out(`failing profile (shrunk): (${r.widths.join(',')}), depth ${r.widths.length - 1}, after ${r.tried} profiles; witness ${witnessPath}\n${r.method}`);
  else io.out(`no failing profile among ${r.tried} (evidence, not proof)\n${r.method}`);
  return r.status === 'found' ? 0 : 1;
}

/** Which depths are settled and how, in one clause (the same words in text and JSON). */
function settledWords(undetermined: readonly number[], coverage: 'full' | 'data-independent'): string {
  const how = coverage === 'full' ? 'over all of A_H (data-independent and data-dependent parts)' : 'over the data-independent part of A_H (as requested)';
  if (undetermined.length === 0) return `every depth below the first failure is settled ${how}`;
  return `depth${undetermined.length > 1 ? 's' : ''} ${undetermined.join(', ')} undetermined (only the data-independent part covered: the data-dependent part was not enumerated); every other depth below is settled ${how}`;
}

/** A depth's coverage in the per-depth line: a 'data-independent' coverage in a full search is a gap, and says so. */
function depthCoverage(v: DepthVerdict, coverage: 'full' | 'data-independent'): string {
  if (v.coverage === 'full' || coverage === 'data-independent') return v.coverage;
  if (v.verdict === 'fails') return 'data-independent: stopped at a certified failure, which suffices';
  return 'data-independent only: data-dependent part NOT covered';
}

/** A depth in the search JSON: a certified failure carries no failure probability (it is proved by its witness). */
function searchDepthJson(d: DepthVerdict): Record<string, unknown> {
  if (d.verdict !== 'fails') return { ...d };
  const { failureProbability: _omitted, ...rest } = d;
  return { ...rest, certified: true };
}

/** How a depth's restricted dimension was obtained, in a few words. */
function restrictedHow(v: DepthVerdict): string {
  if (v.components === 0 && v.verdict === 'holds') return 'A_H empty';
  if (v.verdict === 'fails') return 'certified: exact mod p lower bound = generic upper bound';
  return `exact mod p lower bound; Monte-Carlo upper, failure probability <= ${v.failureProbability.toExponential(1)}`;
}
