/**
 * Every file a command reads or writes goes through here, so every failure is
 * one line `deeplin <command>: …` naming the path (exit 2), within a second:
 *  - reads are capped at {@link MAX_INPUT_BYTES} (`/dev/zero` is refused, not slurped),
 *    directories and missing files are named as such;
 *  - JSON inputs are parsed strictly (duplicate keys, non-finite numbers refused; src/strictJson.ts);
 *  - writes check the parent directory themselves: at most one missing level
 *    is created (so `--out out/x.json` works in a fresh clone), never a chain
 *    (`--out /nonexistent/dir/w.json` is refused, nothing is created), and a
 *    parent that is a file (`--out w.json/x.json`) is named. (`mkdirSync` with
 *    `recursive: true` never returns under /proc; it is not used.) The text is
 *    written to a temporary sibling and renamed, so an interrupted write leaves
 *    no half file.
 * (CLI-internal: not exported from the package; tests in test/cli/fileIO.test.ts.)
 */
import { closeSync, mkdirSync, openSync, readSync, renameSync, rmdirSync, statSync, unlinkSync, writeFileSync, type Stats } from 'fs';
import { dirname, resolve } from 'path';
import { FormatError } from '../errors';
import { parseStrictJson } from '../strictJson';

/** Largest input file read (bytes); the largest committed result is well under 1 MB. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'it is a directory',
  ENOTDIR: 'a parent is not a directory',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EEXIST: 'it already exists',
};

function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return code !== undefined ? (REASONS[code] ?? code) : (e as Error).message;
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/** The text of an input file, at most `maxBytes` bytes (UTF-8). `what` names it in errors (default: the path). */
export function readInputText(command: string, path: string, maxBytes = MAX_INPUT_BYTES, what = path): string {
  const where = `deeplin ${command}`;
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    throw new FormatError(where, `cannot read ${what}: ${reason(e)}`);
  }
  try {
    if (statSync(path).isDirectory()) throw new FormatError(where, `cannot read ${what}: it is a directory`);
    const chunks: Buffer[] = [];
    let total = 0;
    const chunk = Buffer.alloc(1 << 20);
    for (;;) {
      let n: number;
      try {
        n = readSync(fd, chunk, 0, chunk.length, null);
      } catch (e) {
        throw new FormatError(where, `cannot read ${what}: ${reason(e)}`);
      }
      if (n === 0) break;
      total += n;
      if (total > maxBytes) throw new FormatError(where, `${what} is larger than ${maxBytes} bytes (the input limit); is it the right file?`);
      chunks.push(Buffer.from(chunk.subarray(0, n)));
    }
    return Buffer.concat(chunks).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** An input file parsed as strict JSON (src/strictJson.ts); errors name the path. */
export function readInputJson(command: string, path: string, maxBytes = MAX_INPUT_BYTES): unknown {
  const text = readInputText(command, path, maxBytes);
  return parseStrictJson(text, `deeplin ${command}: ${path}`);
}

/**
 * Refuses an output path that cannot be written, before any long computation:
 * its parent must exist, or be one missing level below an existing directory.
 */
export function checkOutputPath(command: string, option: string, path: string): void {
  outputParent(command, option, path, false);
}

function outputParent(command: string, option: string, path: string, create: boolean): void {
  const fail = (why: string): never => {
    throw new FormatError(`deeplin ${command}`, `cannot write --${option} ${path}: ${why}`);
  };
  if (path === '' || path.endsWith('/')) fail('it names a directory, not a file');
  const parent = dirname(resolve(path));
  const stat = statOrNull(parent);
  if (stat === null) {
    const grand = dirname(parent);
    const grandStat = statOrNull(grand);
    if (grandStat === null) fail(`directory ${dirname(dirname(path))} does not exist (create it first)`);
    if (!grandStat!.isDirectory()) fail(`${dirname(dirname(path))} is not a directory`);
    try {
      mkdirSync(parent);
      if (!create) rmdirSync(parent); // a probe: /proc/nope fails here, before any work
    } catch (e) {
      fail(`cannot create directory ${dirname(path)}: ${reason(e)}`);
    }
  } else if (!stat.isDirectory()) fail(`${dirname(path)} is not a directory`);
  const existing = statOrNull(path);
  if (existing !== null && existing.isDirectory()) fail('it is a directory');
}

/**
 * Writes `text` to `path` (the value of option `--option`). Creates the parent
 * directory only if its own parent exists; refuses otherwise, naming the missing directory.
 */
export function writeOutputFile(command: string, option: string, path: string, text: string): void {
  outputParent(command, option, path, true);
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  } catch (e) {
    try {
      unlinkSync(temporary);
    } catch {
      // nothing was written
    }
    throw new FormatError(`deeplin ${command}`, `cannot write --${option} ${path}: ${reason(e)}`);
  }
}

/** Writes a JSON value (2-space indent, final newline) to an output file. */
export function writeOutputJson(command: string, option: string, path: string, value: unknown): void {
  writeOutputFile(command, option, path, `${JSON.stringify(value, null, 2)}\n`);
}
