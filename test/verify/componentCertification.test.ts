import { describe, expect, it } from 'vitest';
import { uniformArchitecture } from '../../src/model/architecture';
import { certifyComponentTask, componentTasks } from '../../src/verify/componentCertification';
import { verifyArchitecture } from '../../src/verify/verifyArchitecture';
import { bufferIO } from '../../src/cli/commandIO';
import { runCli } from '../../src/cli/main';

describe('componentTasks / certifyComponentTask: the certify effort', () => {
  const arch = uniformArchitecture(4, 2);
  const result = verifyArchitecture(arch, { seed: 1 });

  it('effort verdict puts the generic dimension\'s certified lower bound into every task; exact (default) puts nothing', () => {
    expect(componentTasks(arch, result, 1, { effort: 'verdict' }).map((t) => t.options.widerPassAtLeast)).toEqual(new Array(8).fill(result.genericDimension.lowerBound));
    expect(componentTasks(arch, result, 1, {}).every((t) => t.options.widerPassAtLeast === undefined)).toBe(true);
  });

  it('skips the wider pass when the first pass is already below widerPassAtLeast, and says so', () => {
    // a budget of one term product: relation proofs cannot finish, so a component left to relations is not exact after the first pass
    const tasks = componentTasks(arch, result, 1, { maxTermProducts: 1 });
    const k = tasks.findIndex((t) => !certifyComponentTask(t).exact);
    expect(k).toBeGreaterThanOrEqual(0);
    const task = tasks[k];
    const above = certifyComponentTask({ ...task, options: { ...task.options, widerPassAtLeast: 1000 } });
    expect(above.reason).toMatch(/first pass only \(--certify-effort verdict: \d+ is already below 1000\)$/);
    const below = certifyComponentTask({ ...task, options: { ...task.options, widerPassAtLeast: 0 } });
    expect(below.reason).not.toMatch(/first pass only/);
  });

  it('verify refuses a bad --certify-effort, and one without --certify, with one line and exit 2', async () => {
    const bad = bufferIO();
    expect(await runCli(['verify', '--depth', '3', '--width', '2', '--certify', 'out/x.json', '--certify-effort', 'fast'], bad)).toBe(2);
    expect(bad.errors).toEqual([expect.stringMatching(/^deeplin verify: --certify-effort .*fast.*exact or verdict/)]);
    const alone = bufferIO();
    expect(await runCli(['verify', '--depth', '3', '--width', '2', '--certify-effort', 'verdict'], alone)).toBe(2);
    expect(alone.errors).toEqual([expect.stringMatching(/^deeplin verify: --certify-effort .*only with --certify FILE/)]);
  });
});
