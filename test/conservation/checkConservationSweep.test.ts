import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { describe, expect, it } from 'vitest';
import { checkConservationSweep } from '../../src/conservation/checkConservationSweep';
import { conservationSweep } from '../../src/conservation/conservationSweep';

const prime = 2147483647;
const entries = conservationSweep({ maxWidth: 2, maxDepth: 3, maxDegree: 2, prime, seed: 1, random: { count: 0, depths: [5, 5], widths: [1, 1] } });
const file = JSON.parse(JSON.stringify({ kind: 'deeplin/conservation-sweep', version: 1, options: { prime }, entries }));

describe('checkConservationSweep', () => {
  it('re-proves every row of a small sweep from the file alone (including the incomplete (1,2,2,1))', () => {
    const c = checkConservationSweep(file);
    expect(c.ok).toBe(true);
    expect(c.rows.length).toBe(entries.length);
    expect(c.rows.every((r) => r.level === 'certified')).toBe(true);
    expect(c.rows.find((r) => r.widths.join(',') === '1,2,2,1')?.detail).toMatch(/complete: false re-proved/);
  });

  it('fails a row whose claimed bound or completeness is wrong', () => {
    const bad = JSON.parse(JSON.stringify(file));
    const row = bad.entries.find((e: { widths: number[] }) => e.widths.join(',') === '2,2,2');
    row.result.lawsUpperBound -= 1;
    expect(checkConservationSweep(bad).ok).toBe(false);
    const bad2 = JSON.parse(JSON.stringify(file));
    bad2.entries.find((e: { widths: number[] }) => e.widths.join(',') === '1,2,2,1').result.complete = true;
    expect(checkConservationSweep(bad2).rows.find((r) => r.widths.join(',') === '1,2,2,1')?.ok).toBe(false);
  });

  it('refuses a malformed file with one line', () => {
    expect(() => checkConservationSweep({ kind: 'deeplin/conservation-sweep', version: 1, options: { prime: 10 }, entries: [] })).toThrow(/options.prime 10 is not prime/);
    const bad = JSON.parse(JSON.stringify(file));
    bad.entries[0].result.lie.point[0] = 1.5;
    expect(() => checkConservationSweep(bad)).toThrow(/lie.point\[0\] must be an integer/);
  });

  it('names its kind like every other deeplin file (deeplin/<name>), also in the committed sweep', () => {
    expect(() => checkConservationSweep({ ...file, kind: 'deeplin-conservation-sweep' })).toThrow(/kind must be "deeplin\/conservation-sweep", version 1/);
    const kinds = readdirSync('proofs', { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.json'))
      .map((f) => (JSON.parse(readFileSync(join('proofs', f), 'utf8')) as { kind?: unknown }).kind)
      .filter((k) => k !== undefined);
    expect(kinds).toContain('deeplin/conservation-sweep');
    expect(kinds.filter((k) => typeof k !== 'string' || !/^deeplin\/[a-z-]+$/.test(k))).toEqual([]);
  });
});
