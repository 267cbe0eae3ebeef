/**
 * Where a command writes: results to `out`, diagnostics to `err`, transient
 * progress to `progress` (overwritten in place on a terminal, plain lines
 * otherwise; how often is the progress ticker's business, see progressTicker.ts).
 */
export interface CommandIO {
  out(line: string): void;
  err(line: string): void;
  progress(line: string): void;
  /** Progress goes to a terminal (one line rewritten) rather than a log. */
  readonly terminal: boolean;
}

export function processIO(): CommandIO {
  const tty = Boolean(process.stderr.isTTY);
  let dirty = false; // a progress line is showing on the terminal
  const clear = (): void => {
    if (dirty) process.stderr.write('\r\x1b[K');
    dirty = false;
  };
  return {
    out: (line) => {
      clear();
      process.stdout.write(`${line}\n`);
    },
    err: (line) => {
      clear();
      process.stderr.write(`${line}\n`);
    },
    progress: (line) => {
      if (tty) {
        process.stderr.write(`\r${line}\x1b[K`);
        dirty = true;
      } else process.stderr.write(`${line}\n`);
    },
    terminal: tty,
  };
}

/** Collects output in memory (tests, library callers); progress as a log would get it (`terminal` false unless asked). */
export function bufferIO(options: { readonly terminal?: boolean } = {}): CommandIO & { lines: string[]; errors: string[]; progressLines: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  const progressLines: string[] = [];
  return { lines, errors, progressLines, out: (l) => lines.push(l), err: (l) => errors.push(l), progress: (l) => progressLines.push(l), terminal: options.terminal ?? false };
}
