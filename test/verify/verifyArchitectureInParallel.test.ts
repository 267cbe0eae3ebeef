import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { describe, expect, it } from 'vitest';
import { bufferIO } from '../../src/cli/commandIO';
import { runCli } from '../../src/cli/main';
import { uniformArchitecture, architecture } from '../../src/model/architecture';
import { dataDependentPart } from '../../src/verify/dataDependentPart';
import { dataDependentPartInParallel } from '../../src/verify/dataDependentPartInParallel';
import { verifyArchitecture, verifySetup } from '../../src/verify/verifyArchitecture';
import { checkWitness } from '../../src/witness/checkWitness';
import { verifyArchitectureInParallel } from '../../src/verify/verifyArchitectureInParallel';

const withoutTime = (r: object): unknown => JSON.parse(JSON.stringify(r, (k, v) => (k === 'seconds' ? undefined : v)));

describe('verifyArchitectureInParallel', () => {
  it('gives the same result as the sequential verifyArchitecture (holds, fails, all components)', async () => {
    for (const [arch, opts] of [
      [uniformArchitecture(6, 2), { coverage: 'data-independent' as const }],
      [uniformArchitecture(8, 2), { coverage: 'data-independent' as const }],
      [architecture([1, 1, 2, 2, 1, 2]), {}],
      [uniformArchitecture(7, 1), { stopAtFailure: false }],
    ] as const) {
      const seq = verifyArchitecture(arch, { seed: 3, ...opts });
      const par = await verifyArchitectureInParallel(arch, { seed: 3, jobs: 1, ...opts });
      expect(withoutTime(par)).toEqual(withoutTime(seq));
    }
  });

  it('deeplin verify --jobs 2 prints the same JSON as --jobs 1 (worker threads)', async () => {
    // it fails, so it writes a witness: into a temporary directory, never the checkout's out/
    const witness = join(mkdtempSync(join(tmpdir(), 'deeplin-verify-jobs-')), 'w.json');
    const run = async (jobs: string): Promise<unknown> => {
      const io = bufferIO();
      await runCli(['verify', '--depth', '8', '--width', '2', '--data-independent', '--all-components', '--json', '--jobs', jobs, '--witness', witness], io);
      return withoutTime(JSON.parse(io.lines.join('\n')));
    };
    const one = await run('1');
    const two = await run('2');
    expect(two).toEqual(one);
    expect((one as { verdict: string }).verdict).toBe('fails');
  });

  it('evaluates the data-dependent orbits in the pool: --jobs 2 equals the sequential run, stopping at the first failure or not', async () => {
    // widths (1,1,2,2,2,2): 11 maximal data-dependent orbits (two batches); largest orbit first, the 1st reaches the generic dimension
    const arch = architecture([1, 1, 2, 2, 2, 2]);
    for (const stopAtFailure of [true, false]) {
      const seq = verifyArchitecture(arch, { seed: 1, stopAtFailure });
      const par = await verifyArchitectureInParallel(arch, { seed: 1, jobs: 2, stopAtFailure });
      expect(withoutTime(par)).toEqual(withoutTime(seq));
      expect([par.verdict, par.witness?.group, checkWitness(par.witness).ok]).toEqual(['fails', 'stabilizer', true]);
      expect(par.components.filter((c) => c.label.startsWith('data-dependent')).length).toBe(stopAtFailure ? 1 : 11);
    }
  });

  it('draws the data-dependent orbits in rounds: several rounds give the evaluations and note of the sequential run', async () => {
    const holds = uniformArchitecture(6, 2); // a palindrome, 19 orbits to evaluate (34 maximal): rounds of 8, 8, 3
    const setup = verifySetup(holds, { seed: 1 });
    const seq = dataDependentPart(holds, setup);
    const sequential = [...seq.evaluations].map((e) => e.evaluation);
    const par = await dataDependentPartInParallel(holds, setup, { jobs: 2, round: 8 });
    expect([...par.evaluations].map((e) => e.evaluation)).toEqual(sequential);
    expect(par.note(19)).toBe(seq.note(19));
    // a failure in the first round of 4 (widths (1,1,2,2,2,2): the 1st orbit fails) draws no second round: its note counts 1 orbit evaluated
    const fails = architecture([1, 1, 2, 2, 2, 2]);
    const stopped = await dataDependentPartInParallel(fails, verifySetup(fails, { seed: 1 }), { jobs: 2, round: 4 });
    expect([...stopped.evaluations]).toHaveLength(4);
    // the size guard reached while drawing: the orbits drawn before it are evaluated, then it is thrown, as in the lazy sequence
    const evaluatedBefore = (evaluations: Iterable<{ evaluation: unknown }>): [unknown[], string] => {
      const out: unknown[] = [];
      try {
        for (const e of evaluations) out.push(e.evaluation);
      } catch (e) {
        return [out, (e as Error).message];
      }
      return [out, 'no error'];
    };
    const guarded = evaluatedBefore(dataDependentPart(holds, setup, { cycleStringLimit: 200 }).evaluations);
    expect(guarded[1]).toMatch(/^maximalHessianCycleOrbits: number of decompositions generated = "> 200"/);
    expect(guarded[0].length).toBeGreaterThan(0);
    expect(evaluatedBefore((await dataDependentPartInParallel(holds, setup, { jobs: 2, round: 3, cycleStringLimit: 200 })).evaluations)).toEqual(guarded);
    expect(stopped.note(1)).toMatch(/^data-dependent part: 1 maximal string orbits among the 1 largest of \d+ distinct data-dependent so far /);
  });

  it('refuses --jobs outside [1, 256] in one line', async () => {
    const io = bufferIO();
    expect(await runCli(['verify', '--depth', '4', '--width', '2', '--jobs', '0'], io)).toBe(2);
    expect(io.errors).toEqual([expect.stringMatching(/^deeplin verify: --jobs = 0 is out of range/)]);
  });
});
