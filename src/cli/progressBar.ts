/**
 * The progress display of long runs (`deeplin sweep`, `deeplin search`,
 * `deeplin verify`): a pure formatting function, and {@link startLongRun},
 * which shows it with the progress within the current units through a
 * {@link progressTicker} on `io.progress` (overwritten in place on a terminal,
 * plain lines in a log) and turns the first Ctrl-C into an AbortSignal.
 */
import type { Progress } from '../parallel/progress';
import type { CommandIO } from './commandIO';
import { progressTicker, TERMINAL_INTERVAL_MS } from './progressTicker';

const BAR_WIDTH = 24;

/**
 * `[####----] done/total  pct%  elapsed m:ss  ETA m:ss` — the ETA assumes
 * the remaining units take as long on average as the ones finished during
 * the elapsed time (`resumed` of the `done` units were finished before, e.g.
 * read from a checkpoint; `--` until one more finishes).
 */
export function progressBar(done: number, total: number, elapsedSeconds: number, resumed = 0): string {
  const fraction = total > 0 ? Math.min(1, Math.max(0, done / total)) : 1;
  const filled = Math.round(fraction * BAR_WIDTH);
  const bar = `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}]`;
  const pct = `${Math.floor(fraction * 100)}%`.padStart(4);
  const fresh = done - resumed;
  const eta = done >= total ? formatDuration(0) : fresh <= 0 ? '--' : formatDuration((elapsedSeconds / fresh) * (total - done));
  return `${bar} ${done}/${total} ${pct}  elapsed ${formatDuration(elapsedSeconds)}  ETA ${eta}`;
}

/**
 * Seconds as `m:ss`, or `h:mm:ss` from an hour on.
 */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** A long run's progress display and Ctrl-C handling ({@link startLongRun}). */
export interface LongRun {
  /** Fires on the first SIGINT (a second SIGINT exits at once with code 130). */
  readonly signal: AbortSignal;
  /** Shows the bar for `done` of `total` (and an optional note after it). */
  update(done: number, total: number, note?: string): void;
  /** Progress within a unit still running (`track` names it, e.g. "depth 7"; "" for a run of one unit). */
  within(track: string, progress: Progress): void;
  /** The unit `track` is finished: its progress leaves the line. */
  drop(track: string): void;
  /** Shows the latest state if not shown, stops the display refresh and removes the SIGINT handler. */
  close(): void;
}

/**
 * Starts a long run: shows {@link progressBar} (when `update` is used) and the
 * progress within the running units (`within`) through a {@link progressTicker}
 * on `io.progress` — a timer ticks it every second, so on a terminal elapsed
 * time and ETA move, and a log gets a line at least every 30 s while the event
 * loop is free — and installs a SIGINT handler: the first Ctrl-C aborts
 * {@link LongRun.signal} (the command then stops scheduling, keeps its
 * checkpoint and exits with 130), a second one exits immediately. Always
 * `close()` it. With `interrupt: false` Ctrl-C keeps its default (kill the
 * process) — for runs that block the event loop and could not react to the
 * signal anyway. `now` is the clock (tests).
 */
export function startLongRun(io: CommandIO, options: { readonly interrupt?: boolean; readonly now?: () => number } = {}): LongRun {
  const controller = new AbortController();
  const now = options.now ?? Date.now;
  const start = now();
  let last: { done: number; total: number; note: string } | null = null;
  let resumed: number | null = null; // units already done at the first update (read from a checkpoint)
  const lead = (t: number): string => (last ? `${progressBar(last.done, last.total, (t - start) / 1000, resumed ?? 0)}${last.note ? `  ${last.note}` : ''}` : '');
  const ticker = progressTicker((line) => io.progress(line), { terminal: io.terminal, now, lead });
  const onSigint = (): void => {
    if (controller.signal.aborted) process.exit(130);
    controller.abort();
  };
  const interrupt = options.interrupt !== false;
  if (interrupt) process.on('SIGINT', onSigint);
  const timer = setInterval(() => ticker.tick(), TERMINAL_INTERVAL_MS);
  timer.unref();
  return {
    signal: controller.signal,
    update(done, total, note = '') {
      const first = resumed === null;
      resumed ??= done;
      last = { done, total, note };
      ticker.poke(first || done >= total);
    },
    within: (track, progress) => ticker.report(track, progress),
    drop: (track) => ticker.drop(track),
    close() {
      ticker.finish();
      clearInterval(timer);
      if (interrupt) process.removeListener('SIGINT', onSigint);
    },
  };
}

/**
 * The command line that resumes an interrupted run: `npx deeplin` and the
 * original arguments (quoted where needed), which include `--checkpoint`.
 */
export function resumeCommand(command: string, argv: readonly string[]): string {
  const quote = (a: string): string => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`);
  return ['npx', 'deeplin', command, ...argv].map(quote).join(' ');
}

/**
 * The one line a long run prints when Ctrl-C stopped it (`deeplin <command>: …`): how far it got and
 * either the command that resumes it or how to make the next run resumable.
 */
export function interruptedLine(command: string, argv: readonly string[], done: number, total: number, unit: string, checkpointed: boolean): string {
  return checkpointed
    ? `deeplin ${command}: interrupted after ${done} of ${total} ${unit}; resume with: ${resumeCommand(command, argv)}`
    : `deeplin ${command}: interrupted after ${done} of ${total} ${unit}; nothing was saved (add --checkpoint FILE to make a run resumable)`;
}
