/**
 * The README test convention (used by test/docs/readme.test.ts and, for the
 * blocks marked slow, test/oracle/readmeSlow.oracle.test.ts). Every fenced
 * code block of a Markdown file is an example that runs:
 *
 * - ```ts blocks: statements run against src/index.ts (`import … from
 *   'deeplin'`); a line `EXPR; // VALUE` asserts that EXPR equals VALUE, VALUE
 *   being the longest prefix of the comment that parses as JSON (text after
 *   it is commentary) — the convention of the TSDoc examples
 *   (test/docs/examples.test.ts).
 * - shell blocks (```sh, ```console, ```shell, ```bash):
 *   - `$ deeplin ARGS` or `$ npx deeplin ARGS` runs deeplin in-process
 *     (`runCli`); the lines after it, up to the next `$` line or the end of
 *     the block (trailing blank lines dropped), are its expected output: what
 *     a terminal shows, stderr and stdout interleaved in the order written
 *     (progress lines are not shown). Each line must match exactly (trailing
 *     spaces ignored), except that a line `...` or `…` stands for any number
 *     of lines (also none), and `<seconds>` inside a line stands for a
 *     timing (a decimal number);
 *   - a line `deeplin ARGS` or `npx deeplin ARGS` without `$` runs with its
 *     output unchecked;
 *   - the exit code must be 0, or N for a command ending in `# exit N`; any
 *     other ` # comment` at the end of a command line is ignored;
 *   - `M2 --script FILE` lines run in the oracle suite (Macaulay2 needed);
 *     other lines (npm …, comments) are not run.
 *   Commands run in a scratch directory in which the checkout's directories
 *   (proofs/, test/, …) are visible through symbolic links, so files they
 *   write (`--out w.json`, `out/…`) never land in the checkout.
 * - `<!-- readme-test: slow -->` right before a block (blank lines between
 *   allowed) moves the whole block to the oracle suite; the default suite
 *   lists it as skipped, by name.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import ts from 'typescript';
import type { CommandIO } from '../../src/cli/commandIO';
import { runCli } from '../../src/cli/main';

export interface MarkdownBlock {
  readonly file: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
  readonly lang: string;
  readonly lines: readonly string[];
  readonly slow: boolean;
}

export const SHELL_LANGS = ['sh', 'console', 'shell', 'bash'];
export const SLOW_MARKER = '<!-- readme-test: slow -->';

export function markdownBlocks(file: string): MarkdownBlock[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const out: MarkdownBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\w*)\s*$/.exec(lines[i]);
    if (!open) continue;
    let end = i + 1;
    while (end < lines.length && !/^```\s*$/.test(lines[end])) end++;
    let before = i - 1;
    while (before >= 0 && lines[before].trim() === '') before--;
    out.push({ file, line: i + 1, lang: open[1], lines: lines.slice(i + 1, end), slow: before >= 0 && lines[before].trim() === SLOW_MARKER });
    i = end;
  }
  return out;
}

export interface ShellCommand {
  /** 1-based line in the Markdown file. */
  readonly line: number;
  readonly text: string;
  /** Arguments after `deeplin`. */
  readonly argv: string[];
  readonly exitCode: number;
  /** Expected output lines, or null when the output is not shown (a line without `$`). */
  readonly expected: string[] | null;
}

/** The text before an unquoted ` # ` (a shell comment), and that comment. */
function splitComment(text: string): [string, string] {
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '#' && (i === 0 || /\s/.test(text[i - 1]))) return [text.slice(0, i).trimEnd(), text.slice(i + 1).trim()];
  }
  return [text.trimEnd(), ''];
}

/** Splits a command line on spaces outside single or double quotes (no escapes, no expansions). */
export function shellWords(text: string): string[] {
  return [...text.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]);
}

function deeplinCommand(text: string): { argv: string[]; exitCode: number } | null {
  const [command, comment] = splitComment(text);
  const words = shellWords(command);
  const start = words[0] === 'npx' ? 1 : 0;
  if (words[start] !== 'deeplin') return null;
  const exit = /^exit (\d+)$/.exec(comment);
  return { argv: words.slice(start + 1), exitCode: exit ? Number(exit[1]) : 0 };
}

export function shellCommands(block: MarkdownBlock): ShellCommand[] {
  const out: ShellCommand[] = [];
  const lines = block.lines;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.startsWith('$ ')) {
      let end = i + 1;
      while (end < lines.length && !lines[end].startsWith('$ ')) end++;
      const expected = lines.slice(i + 1, end).map((l) => l.trimEnd());
      while (expected.length > 0 && expected[expected.length - 1] === '') expected.pop();
      const cmd = deeplinCommand(line.slice(2));
      if (!cmd) throw new Error(`${block.file}:${block.line + 1 + i}: "$ ${line.slice(2)}" is not a deeplin command (only deeplin runs after "$")`);
      out.push({ line: block.line + 1 + i, text: line.slice(2), ...cmd, expected });
      i = end - 1;
      continue;
    }
    const cmd = deeplinCommand(line);
    if (cmd) out.push({ line: block.line + 1 + i, text: line.trim(), ...cmd, expected: null });
  }
  return out;
}

/** `M2 --script FILE [ARG…]` lines of a shell block: the Macaulay2 re-checks (run by the oracle suite). */
export function m2Scripts(block: MarkdownBlock): { line: number; script: string; args: string[] }[] {
  return block.lines.flatMap((l, i) => {
    const words = shellWords(splitComment(l.startsWith('$ ') ? l.slice(2) : l)[0]);
    return words[0] === 'M2' && words[1] === '--script' && words.length >= 3 ? [{ line: block.line + 1 + i, script: words[2], args: words.slice(3) }] : [];
  });
}

/** Runs deeplin in-process; `lines` is what a terminal shows (stderr and stdout in order, no progress). */
export async function runDeeplin(argv: readonly string[]): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const io: CommandIO = {
    out: (l) => lines.push(...l.split('\n')),
    err: (l) => lines.push(...l.split('\n')),
    progress: () => undefined,
    terminal: false,
  };
  const code = await runCli(argv, io);
  return { code, lines: lines.map((l) => l.trimEnd()) };
}

const ELISION = /^\s*(\.\.\.|…)\s*$/;

function linePattern(expected: string): RegExp {
  const parts = expected.split('<seconds>').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('\\d+(?:\\.\\d+)?')}$`);
}

/** null when `actual` matches `expected` (with `...` elisions and `<seconds>`), else a description of the first mismatch. */
export function outputMismatch(expected: readonly string[], actual: readonly string[]): string | null {
  const patterns = expected.map((e) => (ELISION.test(e) ? null : linePattern(e)));
  const memo = new Map<string, boolean>();
  let deepest = { e: 0, a: 0 };
  const match = (e: number, a: number): boolean => {
    const key = `${e},${a}`;
    const hit = memo.get(key);
    if (hit !== undefined) return hit;
    if (e > deepest.e || (e === deepest.e && a > deepest.a)) deepest = { e, a };
    let ok: boolean;
    if (e === patterns.length) ok = a === actual.length;
    else if (patterns[e] === null) ok = match(e + 1, a) || (a < actual.length && match(e, a + 1));
    else ok = a < actual.length && (patterns[e] as RegExp).test(actual[a]) && match(e + 1, a + 1);
    memo.set(key, ok);
    return ok;
  };
  if (match(0, 0)) return null;
  const { e, a } = deepest;
  return [
    `output line ${a + 1} does not match expected line ${e + 1}:`,
    `  expected: ${e < expected.length ? JSON.stringify(expected[e]) : '(end of output)'}`,
    `  actual:   ${a < actual.length ? JSON.stringify(actual[a]) : '(end of output)'}`,
    'actual output:',
    ...actual.map((l) => `  ${l}`),
  ].join('\n');
}

/**
 * A fresh scratch directory in which every directory of the checkout
 * (except out/, dist/, node_modules/, .git/ and scratch/) is a symbolic link:
 * between `enter()` (chdir into it) and `leave()` (chdir back, delete it)
 * commands see proofs/ and test/, and whatever they write stays there.
 */
export function scratchWorkingDirectory(root = resolve(__dirname, '..', '..')): { dir: string; enter: () => void; leave: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'deeplin-readme-'));
  for (const name of readdirSync(root)) {
    if (['out', 'dist', 'node_modules', '.git', 'scratch'].includes(name)) continue;
    if (statSync(join(root, name)).isDirectory()) symlinkSync(join(root, name), join(dir, name), 'dir');
  }
  let previous = process.cwd();
  return {
    dir,
    enter: () => {
      previous = process.cwd();
      process.chdir(dir);
    },
    leave: () => {
      process.chdir(previous);
      rmSync(dir, { recursive: true, force: true }); // removes the links, never what they point to
    },
  };
}

// ---------------------------------------------------------------- ts blocks (the TSDoc convention)

function jsonPrefix(comment: string): { ok: true; value: unknown } | { ok: false } {
  const text = comment.trim();
  for (let end = text.length; end > 0; end--) {
    if (end < text.length && !/[\s:,(]/.test(text[end])) continue;
    try {
      return { ok: true, value: JSON.parse(text.slice(0, end)) };
    } catch {
      // shorter prefix
    }
  }
  return { ok: false };
}

const NOT_EXPRESSION = /^(const|let|var|import|export|try|for|while|if|else|return|function|class|type|interface|\}|\/\/)/;

/** The code with `EXPR; // JSON` lines turned into `__check(EXPR, JSON, text)` calls and `import … from 'deeplin'` into `__deeplin`. */
export function instrument(code: string): { js: string; assertions: number } {
  let assertions = 0;
  const lines = code.split('\n').map((line) => {
    const imp = /^import\s+(type\s+)?\{([^}]*)\}\s+from\s+'([^']+)';?\s*$/.exec(line);
    if (imp) {
      if (imp[1]) return '';
      const names = imp[2].split(',').map((s) => s.trim()).filter((s) => s && !s.startsWith('type '));
      const source = imp[3] === 'deeplin' ? '__deeplin' : `require(${JSON.stringify(imp[3])})`;
      return `const { ${names.join(', ')} } = ${source};`;
    }
    const m = /^(\s*)(.*?);\s*\/\/\s?(.*)$/.exec(line);
    if (m && !NOT_EXPRESSION.test(m[2].trim())) {
      const parsed = jsonPrefix(m[3]);
      if (parsed.ok) {
        assertions++;
        return `${m[1]}__check(${m[2]}, ${JSON.stringify(JSON.stringify(parsed.value))}, ${JSON.stringify(m[2].trim())});`;
      }
    }
    return line;
  });
  const js = ts.transpileModule(lines.join('\n'), { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
  return { js, assertions };
}
