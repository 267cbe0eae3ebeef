/**
 * Every user-facing failure listed in issue #4 is ONE line on stderr naming
 * the argument, the value and the allowed range, with exit code 2, nothing
 * on stdout and no stack trace (a stack trace only with --debug): depth < 2,
 * widths <= 0 or non-integers, malformed expressions, inconsistent X/Y
 * shapes, a witness with floats, and sizes whose estimated memory exceeds the
 * machine (estimated before anything is allocated, refused with the estimate).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { describe, expect, it } from 'vitest';
import { bufferIO } from '../../src/cli/commandIO';
import { runCli } from '../../src/cli/main';

async function run(args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const io = bufferIO();
  const code = await runCli(args, io);
  return { code, out: io.lines, err: io.errors };
}

/** Exit 2, exactly one line on stderr matching `message`, nothing on stdout, no stack trace. */
async function expectOneLine(args: string[], message: RegExp): Promise<void> {
  const r = await run(args);
  expect(r.code, `${args.join(' ')}: ${r.err.join(' / ')}`).toBe(2);
  expect(r.err, args.join(' ')).toHaveLength(1);
  expect(r.err[0]).toMatch(message);
  expect(r.err[0]).not.toMatch(/\n|\bat .*\.(ts|js):\d+|internal error/);
  expect(r.out).toEqual([]);
}

const dir = mkdtempSync(join(tmpdir(), 'deeplin-errors-'));
const file = (name: string, content: unknown): string => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};

describe('depth < 2', () => {
  const cases: [string[], RegExp][] = [
    [['verify', '--depth', '1', '--width', '2'], /^deeplin verify: --depth = 1 is out of range \(allowed: an integer in \[2, 1000000\]\)$/],
    [['verify', '--depth', '0', '--width', '2'], /^deeplin verify: --depth = 0 is out of range \(allowed: an integer in \[2, /],
    [['verify', '--widths', '2,2'], /^deeplin verify: --widths = "2,2" is out of range \(allowed: at least 3 comma-separated widths d_0,\.\.\.,d_N \(depth >= 2\)\)$/],
    [['counterexample', '--depth', '1', '--width', '2', '--out', join(dir, 'x.json')], /^deeplin counterexample: --depth = 1 is out of range \(allowed: an integer in \[2, /],
    [['export', '--depth', '1', '--width', '2', '--format', 'm2'], /^deeplin export: --depth = 1 is out of range \(allowed: an integer in \[2, /],
    [['export', '--widths', '3', '--format', 'json'], /^deeplin export: --widths = "3" is out of range \(allowed: at least 3 /],
  ];
  for (const [args, message] of cases) it(args.join(' '), () => expectOneLine(args, message));
});

describe('widths <= 0 or not integers', () => {
  const cases: [string[], RegExp][] = [
    [['verify', '--depth', '4', '--width', '0'], /^deeplin verify: --width = 0 is out of range \(allowed: an integer in \[1, 100000\]\)$/],
    [['verify', '--depth', '4', '--width', '-2'], /^deeplin verify: --width = -2 is out of range \(allowed: an integer in \[1, 100000\]\)$/],
    [['verify', '--depth', '4', '--width', '2.5'], /^deeplin verify: --width = "2\.5" is out of range \(allowed: an integer in \[1, 100000\]\)$/],
    [['verify', '--depth', '4.0', '--width', '2'], /^deeplin verify: --depth = "4\.0" is out of range \(allowed: an integer in \[2, /],
    [['verify', '--widths', '2,0,2'], /^deeplin verify: --widths \(entry 1\) = 0 is out of range \(allowed: an integer in \[1, 100000\]\)$/],
    [['verify', '--widths', '2,-1,2'], /^deeplin verify: --widths \(entry 1\) = -1 is out of range /],
    [['verify', '--widths', '2,1.5,2'], /^deeplin verify: --widths \(entry 1\) = "1\.5" is out of range \(allowed: an integer in \[1, 100000\]\)$/],
    [['verify', '--widths', '2,,2'], /^deeplin verify: --widths \(entry 1\) = "" is out of range /],
    [['counterexample', '--widths', '2,x,2,2,2', '--out', join(dir, 'x.json')], /^deeplin counterexample: --widths \(entry 1\) = "x" is out of range /],
    [['export', '--depth', '4', '--width', '1e3', '--format', 'm2'], /^deeplin export: --width = "1e3" is out of range /],
  ];
  for (const [args, message] of cases) it(args.join(' '), () => expectOneLine(args, message));
});

describe('malformed expressions (image-dim --map, --vars, --params, --source-param)', () => {
  const im = (...rest: string[]): string[] => ['image-dim', '--vars', 'a,b', ...rest];
  const cases: [string[], RegExp][] = [
    [im('--map', 'a*b, 0.5*a'), /^deeplin image-dim: --map component 2 "0\.5\*a": the constant 0\.5 is not exact \(allowed: integers below 2\^53 and fractions like 1\/2, not decimals\)$/],
    [im('--map', 'a +* b'), /^deeplin image-dim: --map component 1 "a \+\* b": .* \(allowed: a polynomial in a, b written with numbers, \+ - \* \/ \^ and parentheses\)$/],
    [im('--map', 'a, sin(b)'), /^deeplin image-dim: --map component 2 "sin\(b\)": FunctionNode is not allowed in a polynomial \(allowed: /],
    [im('--map', 'a*x'), /^deeplin image-dim: --map component 1 "a\*x": unknown variable "x" \(allowed: a, b\)$/],
    [im('--map', 'a/b'), /^deeplin image-dim: --map component 1 "a\/b": division only by a nonzero constant \(allowed: /],
    [im('--map', 'a^-1'), /^deeplin image-dim: --map component 1 "a\^-1": exponents must be integers in \[0, 64\]$/],
    [im('--map', 'a,,b'), /^deeplin image-dim: --map "a,,b" must be a comma-separated list of polynomials \(allowed: /],
    [['image-dim', '--vars', 'a,a', '--map', 'a'], /^deeplin image-dim: --vars: polynomialRing: variables\[1\] = "a" is out of range \(allowed: a name not used by another variable\)$/],
    [im('--map', 'a*b', '--params', 's', '--source-param', 's, 0.1'), /^deeplin image-dim: --source-param component 2 "0\.1": the constant 0\.1 is not exact /],
    [im('--map', 'a*b', '--params', 's', '--source-param', 's'), /^deeplin image-dim: --source-param = "s" is out of range \(allowed: 2 comma-separated polynomials in s, one per variable in --vars \(a, b\); got 1\)$/],
    [im('--map', 'a*b', '--params', 's'), /^deeplin image-dim: --source-param is missing \(expected: with --params: 2 comma-separated polynomials/],
    [im('--map', 'a*b', '--source-param', 's, s'), /^deeplin image-dim: --params is missing \(expected: /],
    [im('--map', 'a*b', '--params', 's', '--source-param', 's, t'), /^deeplin image-dim: --source-param component 2 "t": unknown variable "t" \(allowed: s\)$/],
    [['image-dim', '--map', 'a'], /^deeplin image-dim: --vars is missing /],
  ];
  for (const [args, message] of cases) it(args.slice(1).join(' '), () => expectOneLine(args, message));
});

describe('inconsistent X/Y shapes and inexact data (verify --data)', () => {
  const v = (data: unknown): string[] => ['verify', '--depth', '5', '--width', '2', '--data', file(`data-${Math.random().toString(36).slice(2)}.json`, data), '--json'];
  const Y = [['1', '1', '0'], ['2', '-1', '1']];
  const cases: [string, string[], RegExp][] = [
    ['X has d_0 + 1 rows', v({ X: [['1', '0', '2'], ['0', '1', '1'], ['1', '1', '1']], Y }), /^deeplin verify: --data: X rows = 3 is out of range \(allowed: d_0 = 2\)$/],
    ['Y has too few rows', v({ X: [['1', '0', '2'], ['0', '1', '1']], Y: [['1', '1', '0']] }), /^deeplin verify: --data: Y rows = 1 is out of range \(allowed: d_N = 2\)$/],
    ['Y has fewer columns than X', v({ X: [['1', '0', '2'], ['0', '1', '1']], Y: [['1', '1'], ['2', '-1']] }), /^deeplin verify: --data: Y columns = "2,2" is out of range \(allowed: m = 3 \(the number of columns of X\)\)$/],
    ['X is ragged', v({ X: [['1', '0', '2'], ['0', '1']], Y }), /^deeplin verify: --data: X columns = "ragged or empty" is out of range \(allowed: the same m >= 1 in every row\)$/],
    ['X holds a float', v({ X: [['1', '0.5', '2'], ['0', '1', '1']], Y }), /^deeplin verify: --data X\[0\]\[1\]: "0\.5" is not an exact rational/],
    ['not an object with X and Y', v({ X: [['1']] }), /^deeplin verify: --data .* must be an object \{"X": \[\[\.\.\.\]\], "Y": \[\[\.\.\.\]\]\}$/],
  ];
  for (const [name, args, message] of cases) it(name, () => expectOneLine(args, message));

  it('without --json the only other stderr line is the informational banner printed before the data are read', async () => {
    const r = await run(v({ X: [['1', '0', '2'], ['0', '1', '1']], Y: [['1', '1', '0']] }).filter((a) => a !== '--json'));
    expect(r.code).toBe(2);
    expect(r.err.filter((l) => !/^deeplin verify: widths \(/.test(l))).toEqual(['deeplin verify: --data: Y rows = 1 is out of range (allowed: d_N = 2)']);
  });
});

describe('a witness with floats (check)', () => {
  const witness = (): { point: string[][][]; data: { X: unknown[][] } } => JSON.parse(readFileSync('proofs/depth16-width2.witness.json', 'utf8'));
  it('a decimal string in the point', async () => {
    const w = witness();
    w.point[0][0][0] = '1.25';
    await expectOneLine(['check', file('point-float.json', w)], /^deeplin check: \S+point-float\.json: point\[0\] \(W_1, 2x2\)\[0\]\[0\]: "1\.25" is not an exact rational \(expected "p" or "p\/q" with integers p, q\)$/);
  });
  it('a JSON number in the data', async () => {
    const w = witness();
    w.data.X[0][0] = 0.5;
    await expectOneLine(['check', file('data-float.json', w)], /^deeplin check: \S+data-float\.json: data\.X\[0\]\[0\]: expected an exact rational written as a string "p" or "p\/q", got 0\.5$/);
  });
  it('an exponent-notation number', async () => {
    const w = witness();
    w.point[1][0][1] = '1e3';
    await expectOneLine(['check', file('exp-float.json', w)], /"1e3" is not an exact rational/);
  });
});

describe('sizes whose estimated memory exceeds the machine (refused before allocating, with the estimate)', () => {
  const estimate = /; estimated peak memory [\d.e+]+ [KMGTPE]?B \(.+\) exceeds the budget [\d.]+ [KMGT]?B = 0\.75 x min\(V8 heap limit [\d.]+ [KMGT]?B, RAM [\d.]+ [KMGT]?B\)\)$/;
  const cases: [string[], RegExp][] = [
    [['verify', '--depth', '10', '--width', '1000'], /^deeplin verify: --width = 1000 is out of range \(allowed: an integer in \[1, \d+\] at --depth 10/],
    [['verify', '--depth', '1000000', '--width', '1'], /^deeplin verify: --depth = 1000000 is out of range \(allowed: an integer in \[2, \d+\] at --width 1;/],
    [['verify', '--widths', '1,100000,1'], /^deeplin verify: --widths = "1,100000,1" is out of range \(allowed: widths that fit in memory, e\.g\. this profile with every width capped at \d+;/],
    [['counterexample', '--depth', '16', '--width', '200', '--out', join(dir, 'never.json')], /^deeplin counterexample: --width = 200 is out of range \(allowed: an integer in \[1, \d+\] at --depth 16/],
    [['export', '--widths', '1,1000,1', '--format', 'm2'], /^deeplin export: --widths = "1,1000,1" is out of range \(allowed: widths that fit in memory, e\.g\. this profile with every width capped at \d+; estimated peak memory [\d.]+ GB \(symbolic delta/],
    [['image-dim', '--vars', 'a,b,c,d,e,f,g,h', '--map', 'a, (a+b+c+d+e+f+g+h)^64'], /^deeplin image-dim: --map component 2 = "\(a\+b\+c\+d\+e\+f\+g\+h\)\^64" is out of range \(allowed: polynomials whose expansion fits in memory/],
  ];
  for (const [args, message] of cases) {
    it(args.join(' '), async () => {
      const t0 = Date.now();
      await expectOneLine(args, message);
      await expectOneLine(args, estimate);
      expect(Date.now() - t0).toBeLessThan(5000); // refused from the sizes, not after allocating
    });
  }
});

describe('--debug shows the stack trace instead of the one line', () => {
  it('rethrows the error (with its stack) under --debug', async () => {
    const io = bufferIO();
    await expect((async () => runCli(['verify', '--depth', '1', '--width', '2', '--debug'], io))()).rejects.toThrow(/--depth = 1 is out of range/);
    expect(io.errors).toEqual([]);
  });
});
