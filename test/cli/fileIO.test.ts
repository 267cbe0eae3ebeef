/**
 * Issue #9 items 5, 6 (input size), 8: every command reads and writes files
 * through src/cli/fileIO.ts; a failure is one line `deeplin <command>: …`
 * naming the path, exit 2, within a second, and nothing is created outside
 * the one missing directory level a command may make.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { describe, expect, it } from 'vitest';
import { bufferIO } from '../../src/cli/commandIO';
import { checkOutputPath, readInputJson, readInputText, writeOutputFile } from '../../src/cli/fileIO';
import { runCli } from '../../src/cli/main';

const run = async (args: string[]): Promise<{ code: number; out: string[]; err: string[]; ms: number }> => {
  const io = bufferIO();
  const t0 = Date.now();
  const code = await runCli(args, io);
  return { code, out: io.lines, err: io.errors, ms: Date.now() - t0 };
};
const dir = mkdtempSync(join(tmpdir(), 'deeplin-fileio-'));
const W = 'proofs/depth16-width2.witness.json';

describe('output paths are checked before any work, in under a second', () => {
  const cases: [string[], RegExp][] = [
    [['report', W, '--out', '/proc/nope/r.html'], /^deeplin report: cannot write --out \/proc\/nope\/r\.html: /],
    [['verify', '--depth', '4', '--width', '1', '--witness', '/proc/nope/w.json'], /^deeplin verify: cannot write --witness \/proc\/nope\/w\.json: /],
    [['counterexample', '--depth', '4', '--width', '1', '--out', `${W}/x.json`], /^deeplin counterexample: cannot write --out .*x\.json: .*depth16-width2\.witness\.json is not a directory$/],
    [['counterexample', '--depth', '4', '--width', '1', '--out', `${dir}/nonexistent/dir/w.json`], /^deeplin counterexample: cannot write --out .*: directory .*\/nonexistent does not exist \(create it first\)$/],
    [['search', '--width', '2', '--max-depth', '7', '--witness', `${dir}/a/b/w.json`], /^deeplin search: cannot write --witness .*: directory .*\/a does not exist/],
    [['merge', 'test/sweep/fixtures/uniform-shard-0-of-2.json', '--out', `${dir}/x/y/m.json`], /^deeplin merge: cannot write --out .*: directory .*\/x does not exist/],
    [['report', W, '--out', dir], /^deeplin report: cannot write --out .*: it is a directory$/],
  ];
  for (const [args, pattern] of cases) {
    it(args.join(' '), async () => {
      const r = await run(args);
      expect(r.code, r.err.join('\n')).toBe(2);
      expect(r.err).toHaveLength(1);
      expect(r.err[0]).toMatch(pattern);
      expect(r.ms).toBeLessThan(1000);
    });
  }
  it('creates nothing when it refuses', () => {
    expect(existsSync(join(dir, 'nonexistent'))).toBe(false);
    expect(existsSync(join(dir, 'a'))).toBe(false);
  });
});

describe('writeOutputFile', () => {
  it('creates one missing directory level (out/ in a fresh clone) and writes the text', () => {
    const path = join(dir, 'fresh', 'r.txt');
    writeOutputFile('test', 'out', path, 'hello\n');
    expect(readFileSync(path, 'utf8')).toBe('hello\n');
  });
  it('checkOutputPath refuses two missing levels and a file as parent', () => {
    expect(() => checkOutputPath('test', 'out', join(dir, 'p', 'q', 'r.txt'))).toThrow(/^deeplin test: cannot write --out .*: directory .*\/p does not exist/);
    writeFileSync(join(dir, 'file'), '');
    expect(() => checkOutputPath('test', 'out', join(dir, 'file', 'r.txt'))).toThrow(/is not a directory$/);
  });
});

describe('input files', () => {
  it('caps the bytes read: /dev/zero is refused quickly, not slurped', () => {
    const t0 = Date.now();
    expect(() => readInputText('check', '/dev/zero', 1 << 20)).toThrow('deeplin check: /dev/zero is larger than 1048576 bytes (the input limit); is it the right file?');
    expect(Date.now() - t0).toBeLessThan(1000);
  });
  it('names missing files and directories', () => {
    expect(() => readInputText('check', join(dir, 'none.json'))).toThrow(/^deeplin check: cannot read .*none\.json: no such file$/);
    mkdirSync(join(dir, 'd'));
    expect(() => readInputText('check', join(dir, 'd'))).toThrow(/^deeplin check: cannot read .*d: it is a directory$/);
  });
  it('parses JSON strictly, naming the file', () => {
    writeFileSync(join(dir, 'dup.json'), '{"a": 1, "a": 2}');
    expect(() => readInputJson('report', join(dir, 'dup.json'))).toThrow(/^deeplin report: .*dup\.json: duplicate key "a" at \$ \(line 1\)$/);
  });
  it('deeplin check /dev/zero: one line, exit 2', async () => {
    const r = await run(['check', '/dev/zero']);
    expect([r.code, r.err]).toEqual([2, ['deeplin check: /dev/zero is larger than 67108864 bytes (the input limit); is it the right file?']]);
  });
});

describe('one voice: error lines start with deeplin <command>:', () => {
  it('a library prefix (parseWitness:) is replaced by the command', async () => {
    writeFileSync(join(dir, 'kind.json'), '{"kind": "nope"}');
    const r = await run(['export', '--format', 'm2', '--witness', join(dir, 'kind.json')]);
    expect(r.code).toBe(2);
    expect(r.err[0]).toMatch(/^deeplin export: /);
  });
});

describe('exit codes follow the README table', () => {
  it('search exits 1 when it finds nothing, like counterexample', async () => {
    const r = await run(['search', '--width', '1', '--max-depth', '4', '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out.join('\n')).minimalDepth).toBeNull();
  });
});
