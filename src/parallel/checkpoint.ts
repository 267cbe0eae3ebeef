/**
 * Checkpoint files for long runs: JSON lines, a header naming the run (its
 * command and every parameter that determines the results), then one line
 * `{"index": k, "output": …}` per finished unit of work, written with one
 * `write` as soon as it finishes (a killed run loses at most the line being
 * written; a torn last line is dropped on reopening). Reopening with the same
 * run identity resumes; a different identity is refused with a line naming
 * what differs.
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, truncateSync, writeSync } from 'fs';
import { dirname } from 'path';
import { FormatError } from '../errors';

export const CHECKPOINT_KIND = 'deeplin/checkpoint';
export const CHECKPOINT_VERSION = 1;

export interface Checkpoint<T> {
  readonly file: string;
  /** Outputs already in the file, by index (the last line wins for a repeated index). */
  readonly finished: ReadonlyMap<number, T>;
  /** Appends one finished unit (one write, flushed to the operating system). */
  append(index: number, output: T): void;
  close(): void;
}

/**
 * Opens (creating it if needed) the checkpoint `file` for the run `identity`
 * (any JSON object; compared field by field). `accept(index, output)` may
 * refuse a line that does not belong to this run (a {@link FormatError}
 * naming the line). `who` starts error messages (default "openCheckpoint").
 */
export function openCheckpoint<T>(
  file: string,
  identity: Record<string, unknown>,
  accept?: (index: number, output: unknown) => boolean,
  who = 'openCheckpoint',
): Checkpoint<T> {
  const finished = new Map<number, T>();
  const header = JSON.stringify({ kind: CHECKPOINT_KIND, version: CHECKPOINT_VERSION, run: identity });
  let fd: number;
  try {
    const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
    // a torn last line (the run was killed while writing it) is dropped
    const complete = text.endsWith('\n') ? text : text.slice(0, text.lastIndexOf('\n') + 1);
    if (text !== '') {
      const lines = complete.split('\n').slice(0, -1);
      let head: { kind?: unknown; version?: unknown; run?: unknown } = {};
      try {
        head = lines.length > 0 ? JSON.parse(lines[0]) : {};
      } catch {
        // reported below
      }
      if (head.kind !== CHECKPOINT_KIND || head.version !== CHECKPOINT_VERSION) {
        throw new FormatError(who, `${file} is not a deeplin checkpoint (its first line is not a "${CHECKPOINT_KIND}" version ${CHECKPOINT_VERSION} header); use another checkpoint file`);
      }
      const differences = differ(head.run, identity);
      if (differences.length > 0) {
        throw new FormatError(who, `checkpoint ${file} belongs to a different run (${differences.slice(0, 4).join('; ')}${differences.length > 4 ? '; …' : ''}); rerun with the same parameters or use another checkpoint file`);
      }
      lines.slice(1).forEach((line, k) => {
        let entry: { index?: unknown; output?: unknown } = {};
        try {
          entry = JSON.parse(line);
        } catch {
          throw new FormatError(who, `checkpoint ${file} line ${k + 2} is not JSON; delete that line to resume`);
        }
        if (typeof entry.index !== 'number' || !Number.isInteger(entry.index) || !('output' in entry) || (accept && !accept(entry.index, entry.output))) {
          throw new FormatError(who, `checkpoint ${file} line ${k + 2} does not belong to this run; delete that line to resume`);
        }
        finished.set(entry.index, entry.output as T);
      });
      if (complete !== text) truncateSync(file, Buffer.byteLength(complete));
    } else {
      mkdirSync(dirname(file), { recursive: true });
    }
    fd = openSync(file, 'a'); // O_APPEND: every line goes to the end in one write
    if (text === '') writeSync(fd, `${header}\n`);
  } catch (e) {
    if (e instanceof FormatError) throw e;
    throw new FormatError(who, `cannot use checkpoint ${file}: ${(e as Error).message}`);
  }
  let open = true;
  return {
    file,
    finished,
    append(index: number, output: T): void {
      if (!open) throw new FormatError(who, `checkpoint ${file} is closed`);
      writeSync(fd, `${JSON.stringify({ index, output })}\n`);
    },
    close(): void {
      if (open) closeSync(fd);
      open = false;
    },
  };
}

/** Field-by-field differences between two run identities ("seed: 1 there, 2 here"). */
function differ(there: unknown, here: unknown, path = ''): string[] {
  if (JSON.stringify(there) === JSON.stringify(here)) return [];
  if (there && here && typeof there === 'object' && typeof here === 'object' && !Array.isArray(there) && !Array.isArray(here)) {
    const keys = [...new Set([...Object.keys(there), ...Object.keys(here)])];
    return keys.flatMap((k) => differ((there as Record<string, unknown>)[k], (here as Record<string, unknown>)[k], path ? `${path}.${k}` : k));
  }
  return [`${path || 'run'}: ${JSON.stringify(there) ?? 'absent'} there, ${JSON.stringify(here) ?? 'absent'} here`];
}
