import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { describe, expect, it } from 'vitest';
import { bufferIO } from '../../src/cli/commandIO';
import { runCli } from '../../src/cli/main';
import { endToEnd, flowProblem } from '../../src/flow/flowProblem';
import { balancedInitialPoint } from '../../src/flow/initialPoint';
import { flowToJson, runFlow } from '../../src/flow/runFlow';
import { Rng } from '../../src/random';

const small = { widths: [2, 3, 2], inits: 6, seed: 3, scale: 0.05, balanced: false } as const;

describe('runFlow', () => {
  it('random starts: every run reaches the global minimum with δ drift < 1e-8 (measured), lingering at W = 0 (loss tr(YYᵀ) = 5) first', async () => {
    const r = (await runFlow({ ...small, scale: 0.01 }, { jobs: 1 })).result!;
    expect(r.fractionGlobalMinimum).toBe(1);
    expect(r.maxDeltaDrift).toBeLessThan(1e-8);
    expect(r.maxDeltaDrift).toBeGreaterThan(0); // measured, not assumed
    expect(r.timeLimited).toBe(0);
    for (const run of r.runs) {
      expect(run.gap).toBeLessThan(1e-9);
      expect(run.curve.t.length).toBeLessThanOrEqual(82);
      const values = run.plateaus.map((p) => p.value);
      expect([values[0], values[values.length - 1]]).toEqual([5, 0]);
      expect(run.plateaus[run.plateaus.length - 1].kinds).toEqual(['global-minimum']);
    }
  });

  it('balanced starts (δ = 0) on square widths: the sign of det W is conserved, so the runs with det W(0) > 0 reach the global minimum (Y = diag(2, 1)) and the others linger on (or stop at) the saddle value 1', async () => {
    const params = { widths: [2, 3, 2], inits: 8, seed: 3, scale: 0.01, balanced: true } as const;
    const r = (await runFlow(params, { jobs: 1 })).result!;
    const p = flowProblem(params.widths, r.data.X, r.data.Y);
    let negative = 0;
    for (const run of r.runs) {
      expect(run.initialDeltaNorm).toBeLessThan(1e-15);
      expect(run.status).toBe('converged');
      const W = endToEnd(p, balancedInitialPoint(params.widths, new Rng(run.seed), params.scale));
      const det = W[0] * W[3] - W[1] * W[2];
      if (det < 0) negative++;
      if (det > 0) expect(run.reachedGlobalMinimum).toBe(true);
      // det < 0: in exact arithmetic the flow converges to the saddle value 1; in floats (δ(0) ≈ 1e-20, not 0)
      // it either stops there (‖∇L‖ ≤ gradTol) or escapes after a long plateau, once the decaying singular
      // value reaches the rounding level — either way it lingers at 1 far longer than a random start does
      if (det < 0) expect(run.plateaus.find((x) => x.value === 1)?.dwell).toBeGreaterThan(5);
    }
    expect(negative).toBeGreaterThan(0); // both cases occur
    expect(negative).toBeLessThan(8);
    expect(r.maxDeltaDrift).toBeLessThan(1e-8);
  });

  it('Ctrl-C with a checkpoint loses nothing: the resumed run gives the same bytes, and the checkpoint refuses another seed', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'deeplin-flow-')), 'flow.jsonl');
    const controller = new AbortController();
    const first = await runFlow(small, { jobs: 1, checkpoint: file, signal: controller.signal, onProgress: (done) => done === 2 && controller.abort() });
    expect([first.status, first.done, first.result]).toEqual(['aborted', 2, null]);
    const second = await runFlow(small, { jobs: 1, checkpoint: file });
    expect([second.status, second.resumed]).toEqual(['complete', 2]);
    const fresh = await runFlow(small, { jobs: 1 });
    expect(flowToJson(second.result!)).toBe(flowToJson(fresh.result!));
    await expect(runFlow({ ...small, seed: 4 }, { jobs: 1, checkpoint: file })).rejects.toThrow(/belongs to a different run \(seed: 3 there, 4 here/);
  });

  it('deeplin flow: --json has runs, fractionGlobalMinimum, maxDeltaDrift; bad input is one line with exit 2', async () => {
    const io = bufferIO();
    expect(await runCli(['flow', '--widths', '2,2,2', '--inits', '3', '--seed', '1', '--json'], io)).toBe(0);
    const json = JSON.parse(io.lines.join('\n'));
    expect(json.kind).toBe('deeplin/flow');
    expect(json.runs).toHaveLength(3);
    expect(json.fractionGlobalMinimum).toBe(1);
    expect(json.maxDeltaDrift).toBeLessThan(1e-8);
    for (const [args, message] of [
      [['--widths', '2,2,2', '--scale', '0'], /^deeplin flow: --scale = 0 is out of range \(allowed: a number in \(0, 100\]\)$/],
      [['--widths', '2,2,2', '--inits', '0'], /^deeplin flow: --inits = 0 is out of range/],
      [['--widths', '2,2'], /^deeplin flow: --widths/],
      [['--widths', '2,99,2'], /^deeplin flow: --widths = "?2,99,2"? is out of range/],
      [['--inits', '3'], /^deeplin flow: --widths/],
    ] as const) {
      const bad = bufferIO();
      expect(await runCli(['flow', ...args], bad)).toBe(2);
      expect(bad.errors).toHaveLength(1);
      expect(bad.errors[0]).toMatch(message);
    }
  });

  it('deeplin flow --out writes the file it prints with --json', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'deeplin-flow-')), 'f.json');
    const io = bufferIO();
    expect(await runCli(['flow', '--widths', '1,2,1', '--inits', '2', '--out', out], io)).toBe(0);
    expect(io.lines.join('\n')).toMatch(/reached a global minimum: 2\/2/);
    const io2 = bufferIO();
    await runCli(['flow', '--widths', '1,2,1', '--inits', '2', '--json'], io2);
    expect(readFileSync(out, 'utf8')).toBe(`${io2.lines.join('\n')}\n`);
    writeFileSync(out, '');
  });
});
