/**
 * Running the real Macaulay2 from the oracle tests: they fail, never skip,
 * when M2 is missing (.ci/run installs it with apt-get).
 */
import { execFile, execFileSync, spawnSync } from 'child_process';
import { expect } from 'vitest';

export interface M2Run {
  readonly status: number | null;
  /** Nonempty stdout lines. */
  readonly lines: string[];
  /** stdout, then stderr (for failure messages). */
  readonly stdout: string;
}

function m2Found(): boolean {
  try {
    execFileSync('which', ['M2']);
    return true;
  } catch {
    return false;
  }
}

/** Fails the test, with the install command, unless M2 is on the PATH. */
export function requireM2(): void {
  expect(m2Found(), 'Macaulay2 (M2) must be installed for the oracle tests: apt-get install -y macaulay2').toBe(true);
}

function toRun(status: number | null, stdout: string, stderr: string): M2Run {
  return { status, lines: stdout.split('\n').filter((l) => l !== ''), stdout: `${stdout}\n${stderr}` };
}

/** `M2 --script args…`, waiting for it (stopped after `timeout` ms). */
export function runM2Script(args: readonly string[], timeout: number): M2Run {
  requireM2();
  const run = spawnSync('M2', ['--script', ...args], { encoding: 'utf8', timeout });
  if (run.error) throw run.error;
  return toRun(run.status, run.stdout, run.stderr);
}

/** {@link runM2Script} without blocking the event loop (so several can run at once). */
export function runM2ScriptAsync(args: readonly string[], timeout: number): Promise<M2Run> {
  return new Promise((resolve) => {
    execFile('M2', ['--script', ...args], { encoding: 'utf8', timeout }, (error, stdout, stderr) => {
      resolve(toRun(error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr));
    });
  });
}
