/**
 * Issue #9 items 1-2: a verdict (and a search's "smaller depths hold") is only
 * as strong as its coverage. With a small cycle-string limit (50: width 2
 * generates 18 decompositions at depth 4, 90 at depth 5, 333 at depth 6) the
 * data-dependent part of A_H is not covered: verify says undetermined (exit 3)
 * with the reason, search reports the minimal depth as a range, and the
 * report page says which depths are undetermined. (On the old behaviour verify
 * printed HOLDS, exit 0, and search claimed minimalDepth 8 with every smaller
 * depth holding.)
 */
import { describe, expect, it } from 'vitest';
import { bufferIO } from '../../src/cli/commandIO';
import { runCli } from '../../src/cli/main';
import { renderReport } from '../../src/report/renderReport';

async function run(args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const io = bufferIO();
  const code = await runCli(args, io);
  return { code, out: io.lines, err: io.errors };
}

describe('verify: partial coverage is undetermined', () => {
  it('--cycle-string-limit below the enumeration: UNDETERMINED, exit 3, the reason stated', async () => {
    const r = await run(['verify', '--depth', '5', '--width', '2', '--cycle-string-limit', '50', '--jobs', '1', '--json']);
    expect(r.code).toBe(3);
    const j = JSON.parse(r.out.join('\n'));
    expect(j).toMatchObject({ verdict: 'undetermined', coverage: 'data-independent' });
    expect(j.coverageNote).toMatch(/data-dependent part NOT covered: .*out of range/);
    expect(j.evidence.explanation).toMatch(/^UNDETERMINED: .*not covered/);
    const html = renderReport(j, { file: 'verify.json' });
    expect(html).toContain('only the data-independent part of A_H was covered');
    expect(html).not.toContain('the bounds do not settle');
  });

  it('the text says the data-dependent part was not covered; the same run with the default limit holds (full coverage unchanged)', async () => {
    const partial = await run(['verify', '--depth', '5', '--width', '2', '--cycle-string-limit', '50', '--jobs', '1']);
    expect(partial.code).toBe(3);
    expect(partial.out[0]).toBe('verdict: UNDETERMINED   (coverage: the data-independent part of A_H only: the data-dependent part was NOT covered)');
    const full = await run(['verify', '--depth', '5', '--width', '2', '--jobs', '1']);
    expect(full.code).toBe(0);
    expect(full.out[0]).toBe('verdict: HOLDS   (coverage: all of A_H, data-independent and data-dependent parts)');
  });

  it('--data-independent asked for: holds, about that part, and says so', async () => {
    const r = await run(['verify', '--depth', '5', '--width', '2', '--cycle-string-limit', '50', '--data-independent', '--jobs', '1']);
    expect(r.code).toBe(0);
    expect(r.out[0]).toBe('verdict: HOLDS   (coverage: the data-independent part of A_H only, as requested)');
  });

  it('a failure on the data-independent part says it stopped there (item 2), not that the user restricted the coverage', async () => {
    const r = await run(['verify', '--depth', '8', '--width', '2', '--jobs', '1', '--witness', '/tmp/deeplin-test-claims-d8w2.witness.json']);
    expect(r.code).toBe(1);
    expect(r.out[0]).toBe('verdict: FAILS   (coverage: stopped at a certified failure on the data-independent part (a subvariety of A_H suffices))');
    expect(r.out.join('\n')).not.toContain('data-independent part of A_H only');
  });
});

describe('search: the minimal depth as a range when a smaller depth is undetermined', () => {
  it('--json: minimalDepth null, minimalDepthRange [5, 8], smallerDepthsHold false, a certified failure without failureProbability', async () => {
    const r = await run(['search', '--width', '2', '--max-depth', '8', '--cycle-string-limit', '50', '--jobs', '1', '--witness', '/tmp/deeplin-test-claims-search.witness.json', '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out.join('\n'));
    expect(j).toMatchObject({ minimalDepth: null, minimalDepthRange: [5, 8], smallerDepthsHold: false, undeterminedDepths: [5, 6, 7] });
    expect(j.settled).toMatch(/^depths 5, 6, 7 undetermined/);
    const d8 = j.depths.find((d: { depth: number }) => d.depth === 8);
    expect(d8).toMatchObject({ verdict: 'fails', certified: true });
    expect(d8).not.toHaveProperty('failureProbability');
    expect(j.depths.find((d: { depth: number }) => d.depth === 4)).toMatchObject({ verdict: 'holds', coverage: 'full' });
    expect(j.depths.find((d: { depth: number }) => d.depth === 4).failureProbability).toBeGreaterThan(0);

    const html = renderReport(j, { file: 'search.json' });
    expect(html).toContain('between 5 and 8');
    expect(html).toContain('Depths 5, 6, 7 are <b>undetermined</b>');
    expect(html).not.toContain('Every smaller depth holds');
  });

  it('text: "between 5 and 8" and per-depth coverage gaps; full coverage still gives a single minimal depth', async () => {
    const r = await run(['search', '--width', '2', '--max-depth', '8', '--cycle-string-limit', '50', '--jobs', '1', '--witness', '/tmp/deeplin-test-claims-search.witness.json']);
    expect(r.out.find((l) => l.startsWith('depth 5:'))).toMatch(/^depth 5: undetermined \[data-independent only: data-dependent part NOT covered\] \(restricted 9 /);
    expect(r.out.find((l) => l.startsWith('depth 8:'))).toMatch(/^depth 8: fails \[data-independent: stopped at a certified failure, which suffices\]/);
    expect(r.out.some((l) => l.startsWith('minimal failing depth for width 2: between 5 and 8 (depth 8 fails; depths 5, 6, 7 undetermined'))).toBe(true);
    const full = await run(['search', '--width', '2', '--max-depth', '7', '--jobs', '1', '--witness', '/tmp/deeplin-test-claims-search.witness.json', '--json']);
    expect(JSON.parse(full.out.join('\n'))).toMatchObject({ minimalDepth: 7, minimalDepthRange: null, smallerDepthsHold: true, undeterminedDepths: [] });
  });

  it('no failure found and a depth undetermined: exit 3, not "no failure" with exit 1', async () => {
    const r = await run(['search', '--width', '2', '--max-depth', '5', '--cycle-string-limit', '50', '--jobs', '1', '--json']);
    expect(r.code).toBe(3);
    expect(JSON.parse(r.out.join('\n'))).toMatchObject({ minimalDepth: null, minimalDepthRange: [5, null], smallerDepthsHold: false });
  });
});
