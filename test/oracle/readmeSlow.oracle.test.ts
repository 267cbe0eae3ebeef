/**
 * The README examples the default suite skips: every shell block marked
 * `<!-- readme-test: slow -->` in README.md and proofs/README.md runs here
 * under the same convention (test/docs/markdownExamples.ts: shown output
 * compared line by line, `...` elisions, `<seconds>` timings, exit codes),
 * and every `M2 --script FILE` line of their shell blocks runs in the real
 * Macaulay2 and must exit 0. Together with test/docs/readme.test.ts nothing
 * in the READMEs is silently untested. Fails (never skips) without Macaulay2.
 */
import { spawnSync } from 'child_process';
import { resolve } from 'path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { m2Scripts, markdownBlocks, outputMismatch, runDeeplin, scratchWorkingDirectory, shellCommands, SHELL_LANGS } from '../docs/markdownExamples';

const FILES = ['README.md', 'proofs/README.md', 'docs/MATH.md'];
const ROOT = resolve(__dirname, '..', '..');
const shellBlocks = FILES.flatMap((f) => markdownBlocks(f)).filter((b) => SHELL_LANGS.includes(b.lang));
const slow = shellBlocks.filter((b) => b.slow);
const scratch = scratchWorkingDirectory();

beforeAll(() => scratch.enter());
afterAll(() => scratch.leave());

describe('README examples marked slow', () => {
  it('there are slow blocks, each with at least one deeplin command', () => {
    expect(slow.length).toBeGreaterThan(0);
    for (const b of slow) expect(shellCommands(b).length, `${b.file}:${b.line}`).toBeGreaterThan(0);
  });

  for (const block of slow) {
    for (const c of shellCommands(block)) {
      it(`${block.file}:${c.line} ${c.expected === null ? '' : '$ '}${c.text}`, async () => {
        const r = await runDeeplin(c.argv);
        expect(r.code, `${c.text}\n${r.lines.join('\n')}`).toBe(c.exitCode);
        if (c.expected !== null) expect(outputMismatch(c.expected, r.lines), `${block.file}:${c.line} ${c.text}`).toBeNull();
      });
    }
  }
});

describe('README Macaulay2 re-checks (M2 --script lines)', () => {
  const scripts = shellBlocks.flatMap((b) => m2Scripts(b).map((s) => ({ ...s, file: b.file })));
  it('finds them', () => expect(scripts.length).toBeGreaterThan(0));
  for (const s of scripts) {
    it(`${s.file}:${s.line} M2 --script ${[s.script, ...s.args].join(' ')}`, () => {
      const run = spawnSync('M2', ['--script', s.script, ...s.args], { cwd: ROOT, encoding: 'utf8', timeout: 540_000 });
      expect(run.error, 'Macaulay2 (M2) must be installed: apt-get install -y macaulay2').toBeUndefined();
      expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    });
  }
});
