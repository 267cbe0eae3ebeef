import { describe, expect, it } from 'vitest';
import { uniformArchitecture } from '../../src/model/architecture';
import type { Progress } from '../../src/parallel/progress';
import { searchMinimalDepthInWorkers } from '../../src/sweep/searchMinimalDepth';
import { certifyDepths } from '../../src/verify/certifyDepths';
import { verifyArchitecture } from '../../src/verify/verifyArchitecture';
import { verifyArchitectureInParallel } from '../../src/verify/verifyArchitectureInParallel';

/** The phases in order, each with its last report. */
const lastOfEachPhase = (reports: readonly Progress[]): [string, number, number][] => {
  const out: [string, number, number][] = [];
  for (const p of reports) {
    if (out.length === 0 || out[out.length - 1][0] !== p.phase) out.push([p.phase, p.done, p.total]);
    else out[out.length - 1] = [p.phase, p.done, p.total];
  }
  return out;
};

describe('verify progress: phase by phase, done counting up to total', () => {
  it('verifyArchitecture and verifyArchitectureInParallel report the same phases, each ending at total (the component count is the orbit count)', async () => {
    const arch = uniformArchitecture(4, 2);
    const sequential: Progress[] = [];
    const r = verifyArchitecture(arch, { seed: 1, onProgress: (p) => sequential.push(p) });
    const parallel: Progress[] = [];
    await verifyArchitectureInParallel(arch, { seed: 1, jobs: 1, onProgress: (p) => parallel.push(p) });
    const phases = lastOfEachPhase(sequential);
    expect(phases).toEqual([
      ['data-independent components evaluated', 7, 7],
      ['choices of strings through C bounded (largest orbit dimension)', 6, 6],
      ['choices of strings through C explored', 6, 6],
    ]);
    expect(r.orbitCount).toBe(7 + 1);
    expect(lastOfEachPhase(parallel)).toEqual(phases);
    // the previous order: the whole maximal list (closure tests), then the evaluations
    const sorted: Progress[] = [];
    verifyArchitecture(arch, { seed: 1, dataDependentOrder: 'sorted', onProgress: (p) => sorted.push(p) });
    expect(lastOfEachPhase(sorted).slice(3)).toEqual([
      ['maximal string orbits (closure tests)', 1, 1],
      ['data-dependent orbits evaluated', 1, 1],
    ]);
    // within a phase done never goes back
    for (const reports of [sequential, parallel, sorted]) {
      reports.forEach((p, k) => {
        if (k > 0 && reports[k - 1].phase === p.phase) expect(p.done).toBeGreaterThanOrEqual(reports[k - 1].done);
      });
    }
  });

  it('searchMinimalDepthInWorkers passes each depth\'s progress on, with the depth', async () => {
    const seen = new Map<number, Progress>();
    const run = await searchMinimalDepthInWorkers(2, 4, { seed: 1, jobs: 1, coverage: 'data-independent', onDepthProgress: (depth, p) => seen.set(depth, p) });
    expect(run.status).toBe('complete');
    expect([...seen].map(([d, p]) => [d, p.phase, p.done, p.total])).toEqual([
      [2, 'data-independent components evaluated', 0, 0],
      [3, 'data-independent components evaluated', 1, 1],
      [4, 'data-independent components evaluated', 7, 7],
    ]);
  });

  it('certifyDepths reports the verify phases, then the components certified with the search inside the next one as the note', () => {
    const reports: Progress[] = [];
    const [depth4] = certifyDepths(2, [{ depth: 4, verdict: 'holds' }], { seed: 1, coverage: 'data-independent', onDepthProgress: (_d, p) => reports.push(p) });
    expect(depth4.proved).toBe(true);
    const phases = lastOfEachPhase(reports);
    expect(phases.map(([phase]) => phase)).toEqual(['data-independent components evaluated', 'components certified (relations proved exactly)']);
    expect(phases[1]).toEqual(['components certified (relations proved exactly)', 7, 7]);
    expect(reports.some((p) => /^next component: windows searched for relations on delta's image \d+\/\d+, \d+ of \d+ relations proved$/.test(p.note ?? ''))).toBe(true);
  });
});
