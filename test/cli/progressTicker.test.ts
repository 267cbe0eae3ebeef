import { describe, expect, it } from 'vitest';
import { LOG_INTERVAL_MS, progressLine, progressTicker, TERMINAL_INTERVAL_MS } from '../../src/cli/progressTicker';

/** A ticker on a fake clock: `at(ms)` moves the clock; `shown` lists [time, line] of every line shown. */
function fakeTicker(terminal: boolean) {
  let t = 0;
  const shown: [number, string][] = [];
  const ticker = progressTicker((line) => shown.push([t, line]), { terminal, now: () => t });
  return { ticker, shown, at: (ms: number) => (t = ms) };
}

const gaps = (shown: readonly [number, string][]): number[] => shown.slice(1).map(([t], k) => t - shown[k][0]);

describe('progressTicker (fake clock, no sleeps)', () => {
  it('on a terminal: a steady phase is shown about every second (never more than 3 s apart), its end at once', () => {
    const { ticker, shown, at } = fakeTicker(true);
    for (let ms = 0; ms <= 10_000; ms += 100) {
      at(ms);
      ticker.report('', { phase: 'components', done: ms / 100, total: 101 });
    }
    at(10_050);
    ticker.report('', { phase: 'components', done: 101, total: 101 });
    expect(shown[0]).toEqual([0, 'components: 0/101 (0%), 0:00 in phase, ETA --']);
    expect(Math.max(...gaps(shown))).toBeLessThanOrEqual(3000);
    expect(Math.min(...gaps(shown).slice(0, -1))).toBeGreaterThanOrEqual(TERMINAL_INTERVAL_MS);
    expect(shown.length).toBeGreaterThanOrEqual(10);
    expect(shown.length).toBeLessThanOrEqual(12);
    expect(shown[shown.length - 1]).toEqual([10_050, 'components: 101/101 (100%), 0:10 in phase, ETA 0:00']);
  });

  it('in a log: plain lines at most every 30 s and at least once a minute while reports come, the end of each phase always', () => {
    const { ticker, shown, at } = fakeTicker(false);
    const total = 3000; // one unit per 100 ms: a five-minute phase
    for (let k = 0; k <= total; k++) {
      at(k * 100);
      ticker.report('depth 7', { phase: 'maximal string orbits', done: k, total });
    }
    at(300_100);
    ticker.report('depth 7', { phase: 'data-dependent orbits evaluated', done: 1, total: 1 });
    const steady = gaps(shown).slice(0, -2);
    expect(Math.max(...gaps(shown))).toBeLessThanOrEqual(60_000);
    expect(Math.min(...steady)).toBeGreaterThanOrEqual(LOG_INTERVAL_MS);
    expect(shown.length).toBeLessThanOrEqual(13);
    expect(shown[shown.length - 2][1]).toBe('depth 7: maximal string orbits: 3000/3000 (100%), 5:00 in phase, ETA 0:00');
    expect(shown[shown.length - 1][1]).toBe('depth 7: data-dependent orbits evaluated: 1/1 (100%), 0:00 in phase, ETA 0:00');
  });

  it('ticks keep a silent run visible: every second on a terminal, every 30 s in a log; nothing before the first report', () => {
    for (const [terminal, every] of [[true, TERMINAL_INTERVAL_MS], [false, LOG_INTERVAL_MS]] as const) {
      const { ticker, shown, at } = fakeTicker(terminal);
      ticker.tick();
      expect(shown).toEqual([]);
      ticker.report('', { phase: 'enumeration', done: 10, total: 100 });
      for (let ms = 0; ms <= 120_000; ms += 1000) {
        at(ms);
        ticker.tick();
      }
      expect(shown.length).toBe(1 + 120_000 / every);
      expect(new Set(gaps(shown))).toEqual(new Set([every]));
      expect(shown[shown.length - 1][1]).toBe('enumeration: 10/100 (10%), 2:00 in phase, ETA --');
    }
  });

  it('finish shows the latest state when it was not shown (the final line), and only then', () => {
    const { ticker, shown, at } = fakeTicker(false);
    ticker.report('', { phase: 'rows', done: 1, total: 9 });
    at(500);
    ticker.report('', { phase: 'rows', done: 2, total: 9 });
    expect(shown).toHaveLength(1);
    ticker.finish();
    expect(shown.map(([, l]) => l)).toEqual(['rows: 1/9 (11%), 0:00 in phase, ETA --', 'rows: 2/9 (22%), 0:00 in phase, ETA 0:03']);
    ticker.finish();
    expect(shown).toHaveLength(2);
  });

  it('two tracks share one line; alternating reports do not count as new phases; a dropped track leaves it', () => {
    const { ticker, shown, at } = fakeTicker(false);
    for (let k = 0; k < 100; k++) {
      at(k * 100);
      ticker.report(`depth ${7 + (k % 2)}`, { phase: 'components', done: k >> 1, total: 1000 });
    }
    expect(shown).toHaveLength(1);
    at(40_000);
    ticker.drop('depth 7');
    ticker.tick();
    expect(shown[1][1]).toMatch(/^depth 8: components: 49\/1000 \(4%\), 0:39 in phase, ETA /);
  });
});

describe('progressLine', () => {
  it('ETA from the rate measured since the phase began (units done before it do not count)', () => {
    expect(progressLine({ phase: 'p', done: 25, total: 100 }, 10_000)).toBe('p: 25/100 (25%), 0:10 in phase, ETA 0:30');
    expect(progressLine({ phase: 'p', done: 60, total: 100 }, 10_000, 50)).toBe('p: 60/100 (60%), 0:10 in phase, ETA 0:40');
    expect(progressLine({ phase: 'p', done: 0, total: 0, note: 'empty' }, 0)).toBe('p: 0/0 (100%), 0:00 in phase, ETA 0:00; empty');
  });
});
