/**
 * `deeplin flow`: follow gradient flow from K seeded starting points and
 * report where it goes (issue #14, item 1).
 */
import { checkOutputPath, writeOutputFile } from '../fileIO';
import { ArgumentError } from '../../errors';
import { DEFAULT_FLOW_SETTINGS } from '../../flow/followFlow';
import { flowParameters, flowToJson, MAX_FLOW_INITS, runFlow } from '../../flow/runFlow';
import { MAX_JOBS } from '../../parallel/pool';
import { architectureFromOptions } from '../architectureOptions';
import type { CommandIO } from '../commandIO';
import { printJsonText, seedOption } from '../commonOptions';
import { integerOption, parseArgs } from '../parseArgs';
import { interruptedLine, startLongRun } from '../progressBar';

export const flowHelp = `deeplin flow --widths d0,...,dN [--inits K] [--seed S] [--scale s] [--balanced] [--t-max T] [--jobs J] [--checkpoint FILE] [--out FILE] [--json]

Follows gradient flow from K seeded random starts and reports where it goes.
Integrates dW/dt = -grad L, L = ||W_N...W_1 X - Y||_F^2, in float64 with an
adaptive Dormand-Prince 5(4) solver (rtol ${DEFAULT_FLOW_SETTINGS.rtol}, atol ${DEFAULT_FLOW_SETTINGS.atol}) until ||grad L|| <= ${DEFAULT_FLOW_SETTINGS.gradTol}
or t = T, on the default data X = I, Y = diag(r, ..., 1) whose critical values
tr(YY^T) - sum_{i in S} lambda_i are exact integers (MATH section 6). Per run:
the final loss and its gap to the global minimum, the plateaus (critical
values the loss lingered within ${DEFAULT_FLOW_SETTINGS.band} tr(YY^T) of, for >= ${DEFAULT_FLOW_SETTINGS.dwellFraction * 100}% of the run) with
their kinds and dwell times, and the relative drift of delta (a conserved
quantity: the drift measures the integration error). In total: the fraction
of runs reaching a global minimum and histograms of plateau sequences and
final gaps. All numbers are floats (not exact); the critical values are exact.

  --inits K        starting points (default 20, at most ${MAX_FLOW_INITS})
  --seed S         batch seed (default 1); run k uses the k-th draw from it
  --scale s        entries N(0, s^2) (default 0.1; small s starts near 0, in A_H)
  --balanced       start on delta = 0: W_i = U_i D U_{i-1}^T (random orthogonal
                   U_i, one diagonal D of scale s)
  --t-max T        time limit per run (default ${DEFAULT_FLOW_SETTINGS.tMax})
  --jobs J         worker threads (default: the available cores); the result
                   is identical for every J
  --checkpoint F   append each finished run to F; rerun to resume
  --out FILE       write the result ({"kind": "deeplin/flow", ...}); draw it
                   with deeplin report FILE
  --json           print the result on stdout

Exit codes: 0 done, 2 bad input, 130 interrupted (Ctrl-C; finished runs stay in the checkpoint).

Example:
  npx deeplin flow --widths 2,3,2 --inits 8 --seed 1 --scale 0.01 --out out/flow-example.json`;

/** A positive decimal number ("0.1", "1e-3"), strictly. */
function numberOption(name: string, value: string | boolean | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const range = `a number in (${min}, ${max}]`;
  if (typeof value !== 'string' || !/^[+]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(value)) throw new ArgumentError('deeplin flow', `--${name}`, value, range);
  const x = Number(value);
  if (!(x > min && x <= max)) throw new ArgumentError('deeplin flow', `--${name}`, x, range);
  return x;
}

/**
 * Runs `deeplin flow` (see {@link flowHelp}); resolves with the exit code.
 */
export async function flowCommand(argv: readonly string[], io: CommandIO): Promise<number> {
  const { options, positional } = parseArgs('flow', argv, {
    widths: 'string', inits: 'string', seed: 'string', scale: 'string', balanced: 'boolean', 't-max': 'string',
    jobs: 'string', checkpoint: 'string', out: 'string', json: 'boolean',
  });
  const fn = 'deeplin flow';
  if (positional.length > 0) throw new ArgumentError(fn, 'argument', positional[0], 'options only (see deeplin flow --help)');
  if (options.widths === undefined) throw new ArgumentError(fn, '--widths', undefined, 'd0,...,dN (at least 3 widths)');
  const { widths } = architectureFromOptions('flow', { widths: options.widths }, 'none');
  const inits = integerOption('flow', 'inits', options.inits, 1, MAX_FLOW_INITS) ?? 20;
  const seed = seedOption('flow', options);
  const scale = numberOption('scale', options.scale, 0, 100) ?? 0.1;
  const tMax = numberOption('t-max', options['t-max'], 0, 1e7) ?? DEFAULT_FLOW_SETTINGS.tMax;
  const jobs = integerOption('flow', 'jobs', options.jobs, 1, MAX_JOBS);
  const balanced = options.balanced === true;
  const checkpoint = typeof options.checkpoint === 'string' ? options.checkpoint : undefined;
  const out = typeof options.out === 'string' ? options.out : undefined;
  if (out !== undefined) checkOutputPath('flow', 'out', out);
  const parameters = flowParameters({ widths, inits, seed, scale, balanced, settings: { ...DEFAULT_FLOW_SETTINGS, tMax } }, fn);
  if (!options.json) io.err(`deeplin flow: widths ${widths.join(',')}, ${inits} ${balanced ? 'balanced' : 'random'} starts of scale ${scale}, seed ${seed}`);

  const t0 = Date.now();
  const display = startLongRun(io);
  let batch;
  try {
    batch = await runFlow(parameters, {
      jobs, checkpoint, label: fn, signal: display.signal, onProgress: (done, total) => display.update(done, total),
    });
  } finally {
    display.close();
  }
  if (batch.status === 'aborted' || !batch.result) {
    io.err(interruptedLine('flow', argv, batch.done, batch.total, 'runs', checkpoint !== undefined));
    return 130;
  }
  const r = batch.result;
  const text = flowToJson(r);
  if (out !== undefined) writeOutputFile('flow', 'out', out, text);
  if (options.json) {
    printJsonText(io, text);
    return 0;
  }
  const reached = r.runs.filter((x) => x.reachedGlobalMinimum).length;
  const kindsOf = (label: string): string => r.levels.find((l) => l.label === label)?.kinds.join('/') ?? '?';
  const valueOf = (label: string): number => r.levels.find((l) => l.label === label)?.value ?? NaN;
  if (batch.resumed > 0) io.out(`resumed ${batch.resumed} runs from ${checkpoint}`);
  io.out(`data: ${r.data.source}`);
  io.out(`global minimum ${r.globalMinimum} (exact); critical values ${r.levels.map((l) => l.value).join(', ')}`);
  io.out(`reached a global minimum: ${reached}/${r.runs.length} (fraction ${r.fractionGlobalMinimum}; float, final gap <= ${r.settings.band} tr(YY^T))`);
  io.out(`stopped by the time limit: ${r.timeLimited}`);
  io.out(`max relative drift of delta: ${r.maxDeltaDrift.toExponential(1)} (float64)`);
  io.out('plateau sequences (count: critical value [kind] -> ...):');
  for (const s of r.plateauSequences.slice(0, 8)) {
    io.out(`  ${String(s.count).padStart(5)}: ${s.sequence.map((l) => `${valueOf(l)} [${kindsOf(l)}]`).join(' -> ') || '(none)'}`);
  }
  if (r.plateauSequences.length > 8) io.out(`  … (${r.plateauSequences.length} sequences in all)`);
  io.out(`final gaps by decade: ${r.gapHistogram.map((h) => `${h.decade === null ? '<=0' : `1e${h.decade}`}: ${h.count}`).join(', ')}`);
  if (out !== undefined) io.out(`written to ${out} (draw it with: npx deeplin report ${out})`);
  io.out(`(${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  return 0;
}
