/**
 * Every example in README.md, proofs/README.md and docs/MATH.md runs, so the docs cannot
 * rot: ```ts blocks against src/index.ts (`EXPR; // JSON` asserts), shell
 * blocks through `runCli` with their shown output compared line by line
 * (`...` elides lines, `<seconds>` stands for a timing). The convention is
 * stated in full in ./markdownExamples.ts. Blocks marked
 * `<!-- readme-test: slow -->` are listed here as skipped and run by
 * test/oracle/readmeSlow.oracle.test.ts, as are the `M2 --script` lines.
 */
import { readdirSync, readFileSync } from 'fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as deeplin from '../../src/index';
import { instrument, markdownBlocks, outputMismatch, runDeeplin, scratchWorkingDirectory, shellCommands, SHELL_LANGS } from './markdownExamples';

const FILES = ['README.md', 'proofs/README.md', 'docs/MATH.md'];
const blocks = FILES.flatMap((f) => markdownBlocks(f));
const scratch = scratchWorkingDirectory();

beforeAll(() => scratch.enter());
afterAll(() => scratch.leave());

describe('README examples run and print what they show', () => {
  it('finds the examples (a ts block, shell blocks with shown output, proofs/README commands)', () => {
    const shell = blocks.filter((b) => SHELL_LANGS.includes(b.lang));
    expect(blocks.filter((b) => b.lang === 'ts').length).toBeGreaterThan(0);
    expect(shell.flatMap(shellCommands).filter((c) => c.expected !== null).length).toBeGreaterThan(3);
    expect(shell.filter((b) => b.file === 'proofs/README.md').flatMap(shellCommands).length).toBeGreaterThan(0);
  });

  for (const block of blocks) {
    const where = `${block.file}:${block.line}`;
    if (block.lang === 'ts') {
      it(`${where} (ts)`, () => {
        const { js, assertions } = instrument(block.lines.join('\n'));
        expect(assertions, `${where}: a ts example states at least one value`).toBeGreaterThan(0);
        const check = (actual: unknown, expected: string, expr: string): void => {
          const seen = JSON.stringify(actual, (_k, v) => (typeof v === 'bigint' ? v.toString() : v));
          expect(seen, `${expr} in ${where}`).toBe(expected);
        };
        // eslint-disable-next-line @typescript-eslint/no-implied-eval
        new Function('__deeplin', '__check', 'require', js)(deeplin, check, require);
      });
      continue;
    }
    if (!SHELL_LANGS.includes(block.lang)) continue;
    const commands = shellCommands(block);
    if (commands.length === 0) continue;
    if (block.slow) {
      it.skip(`${where}: ${commands.map((c) => c.text).join('; ')} (marked slow: run by test/oracle/readmeSlow.oracle.test.ts)`, () => undefined);
      continue;
    }
    for (const c of commands) {
      it(`${block.file}:${c.line} ${c.expected === null ? '' : '$ '}${c.text}`, async () => {
        const r = await runDeeplin(c.argv);
        expect(r.code, `${c.text}\n${r.lines.join('\n')}`).toBe(c.exitCode);
        if (c.expected !== null) {
          const mismatch = outputMismatch(c.expected, r.lines);
          expect(mismatch, `${block.file}:${c.line} ${c.text}`).toBeNull();
        }
      });
    }
  }
});

describe('the docs are self-contained and use npx', () => {
  // read at collection time, from the checkout (the tests themselves run in the scratch directory)
  const pages = [...FILES, ...readdirSync('proofs').filter((f) => f.endsWith('.md')).map((f) => `proofs/${f}`)];
  const text = new Map(pages.map((p) => [p, readFileSync(p, 'utf8')]));
  const shell = new Map(pages.map((p) => [p, markdownBlocks(p).filter((b) => SHELL_LANGS.includes(b.lang))]));
  it('point to docs/MATH.md, never to ../shared (a clone has no ../shared)', () => {
    expect(text.get('README.md')).toContain('docs/MATH.md');
    for (const page of pages) expect(text.get(page), page).not.toMatch(/\.\.\/shared/);
  });
  it('write every deeplin command as `npx deeplin …` (after npm ci there is no deeplin on the PATH)', () => {
    for (const page of pages) {
      expect(text.get(page)?.match(/`deeplin [a-z]/g) ?? [], `${page}: inline commands`).toEqual([]);
      const bare = (shell.get(page) ?? []).flatMap(shellCommands).filter((c) => !/^(\$ )?npx deeplin /.test(c.text));
      expect(bare.map((c) => `${page}:${c.line} ${c.text}`)).toEqual([]);
    }
  });
});

describe('the README test convention', () => {
  it('matches literally, with "..." for any number of lines and <seconds> for a timing', () => {
    expect(outputMismatch(['a', 'b (<seconds> s)'], ['a', 'b (0.25 s)'])).toBeNull();
    expect(outputMismatch(['a', '...', 'z'], ['a', 'b', 'c', 'z'])).toBeNull();
    expect(outputMismatch(['a', '…', 'z'], ['a', 'z'])).toBeNull();
    expect(outputMismatch(['a', 'b'], ['a', 'c'])).toMatch(/output line 2 does not match expected line 2/);
    expect(outputMismatch(['a'], ['a', 'extra'])).toMatch(/actual: {3}"extra"/);
    expect(outputMismatch(['x <seconds>'], ['x 1.5e3'])).not.toBeNull();
  });

  it('reads commands with and without $, quotes, comments and # exit N', () => {
    const block = { file: 'X.md', line: 1, lang: 'sh', slow: false, lines: ['$ npx deeplin image-dim --map "a*b, b" # exit 1', 'out 1', '', '$ deeplin check f.json', 'npx deeplin verify --depth 4 --width 2   # a comment', 'npm test', 'M2 --script p.m2 # oracle'] };
    const cmds = shellCommands(block);
    expect(cmds.map((c) => [c.line, c.argv, c.exitCode, c.expected])).toEqual([
      [2, ['image-dim', '--map', 'a*b, b'], 1, ['out 1']],
      [5, ['check', 'f.json'], 0, ['npx deeplin verify --depth 4 --width 2   # a comment', 'npm test', 'M2 --script p.m2 # oracle']],
    ]);
    const bare = shellCommands({ ...block, lines: block.lines.slice(4) });
    expect(bare.map((c) => [c.argv, c.expected])).toEqual([[['verify', '--depth', '4', '--width', '2'], null]]);
  });
});
