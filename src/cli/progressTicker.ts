/**
 * The progress ticker of long runs: turns {@link Progress} reports (any
 * number, from any thread, as fast as the work produces them) into a few
 * readable lines on standard error, never on standard output. Each report
 * belongs to a track (e.g. "depth 7" while depths run in parallel, or "" for
 * a single run); a track's line shows its phase, done/total, the percentage,
 * the time in the phase and an ETA from the rate measured since the phase began.
 *
 * When a line is shown — time-based, with an injectable clock (tests use a
 * fake one, no real sleeps):
 * - on a terminal (rewritten in place): at the first report, at a new phase
 *   or the end of one (done = total), and otherwise at most every
 *   {@link TERMINAL_INTERVAL_MS}; {@link ProgressTicker.tick} (a timer) shows it
 *   again every interval, so the elapsed time and ETA move while the work runs
 *   in a worker;
 * - otherwise (a log: plain lines): at the first report, at the end of a
 *   phase, and otherwise at most every {@link LOG_INTERVAL_MS} (the timer
 *   repeats the last line after that long, so a log never goes silent for a minute);
 * - {@link ProgressTicker.finish}: the latest state if it was not shown (the final line).
 * (CLI-internal: not exported from the package.)
 */
import type { Progress } from '../parallel/progress';
import { formatDuration } from './progressBar';

/** On a terminal the line is refreshed at least and at most this often (while reports or ticks come). */
export const TERMINAL_INTERVAL_MS = 1000;
/** In a log a line is written at most this often between phase ends, and at least this often while ticks come. */
export const LOG_INTERVAL_MS = 30_000;

export interface ProgressTickerOptions {
  /** Standard error is a terminal (one line rewritten) or not (plain lines). */
  readonly terminal: boolean;
  /** The clock in milliseconds (default Date.now). */
  readonly now?: () => number;
  /** Text before the tracks (e.g. a progress bar over depths), rendered at each show. */
  readonly lead?: (now: number) => string;
}

export interface ProgressTicker {
  /** Records a report of `track` and shows the line when due. */
  report(track: string, progress: Progress): void;
  /** Removes a finished track (e.g. a depth that is done) from the line. */
  drop(track: string): void;
  /** Shows the line when due (call it from a timer: it keeps elapsed and ETA moving). */
  tick(): void;
  /** The lead changed (e.g. a depth finished): shows the line when due, or at once with `now`. */
  poke(now?: boolean): void;
  /** Shows the latest state if it was not shown yet. */
  finish(): void;
}

interface Track {
  progress: Progress;
  /** When this phase began, and how much was done then (the rate is measured from there). */
  readonly since: number;
  readonly doneAtStart: number;
}

/**
 * `phase: done/total (pct%), m:ss in phase, ETA m:ss[; note]` — the ETA
 * assumes the rest of the phase goes at the rate measured since it began
 * (`--` until something is done).
 */
export function progressLine(p: Progress, elapsedMs: number, doneAtStart = 0): string {
  const fraction = p.total > 0 ? Math.min(1, Math.max(0, p.done / p.total)) : 1;
  const fresh = p.done - doneAtStart;
  const eta = p.done >= p.total ? formatDuration(0) : fresh <= 0 || elapsedMs <= 0 ? '--' : formatDuration(((elapsedMs / fresh) * (p.total - p.done)) / 1000);
  return `${p.phase}: ${p.done}/${p.total} (${Math.floor(fraction * 100)}%), ${formatDuration(elapsedMs / 1000)} in phase, ETA ${eta}${p.note ? `; ${p.note}` : ''}`;
}

export function progressTicker(emit: (line: string) => void, options: ProgressTickerOptions): ProgressTicker {
  const now = options.now ?? Date.now;
  const interval = options.terminal ? TERMINAL_INTERVAL_MS : LOG_INTERVAL_MS;
  const tracks = new Map<string, Track>();
  let lastShown: number | null = null;
  let pending = false; // the latest state was not shown
  const show = (): void => {
    const t = now();
    const parts = [...tracks].map(([name, tr]) => `${name ? `${name}: ` : ''}${progressLine(tr.progress, t - tr.since, tr.doneAtStart)}`);
    const lead = options.lead?.(t) ?? '';
    const line = [lead, parts.join(' | ')].filter((s) => s).join('  ');
    if (line) emit(line);
    lastShown = t;
    pending = false;
  };
  const due = (): boolean => lastShown === null || now() - lastShown >= interval;
  return {
    report(track, progress) {
      const old = tracks.get(track);
      const newPhase = !old || old.progress.phase !== progress.phase || old.progress.total !== progress.total;
      tracks.set(track, newPhase ? { progress, since: now(), doneAtStart: progress.done } : { ...old, progress });
      pending = true;
      const ended = progress.done >= progress.total && (newPhase || old.progress.done < progress.total);
      if (due() || ended || (options.terminal && newPhase)) show();
    },
    drop(track) {
      tracks.delete(track);
    },
    tick() {
      if (lastShown !== null && due()) show();
    },
    poke(at = false) {
      pending = true;
      if (at || due()) show();
    },
    finish() {
      if (pending) show();
    },
  };
}
