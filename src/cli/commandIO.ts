/**
 * Where a command writes: results to `out`, diagnostics to `err`, transient
 * progress to `progress` (overwritten in place on a terminal, plain lines otherwise).
 */
export interface CommandIO {
  out(line: string): void;
  err(line: string): void;
  progress(line: string): void;
}

export function processIO(): CommandIO {
  const tty = Boolean(process.stderr.isTTY);
  let last = 0;
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
      const now = Date.now();
      if (tty) {
        process.stderr.write(`\r${line}\x1b[K`);
        dirty = true;
      } else if (now - last > 1000) {
        process.stderr.write(`${line}\n`);
        last = now;
      }
    },
  };
}

/** Collects output in memory (tests, library callers). */
export function bufferIO(): CommandIO & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (l) => lines.push(l), err: (l) => errors.push(l), progress: () => undefined };
}
