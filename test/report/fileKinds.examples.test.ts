/** The examples that were in the TSDoc of src/report/reportKind.ts, now fileKinds.ts (an internal module, not public API), as unit tests. */
import { describe, expect, it } from 'vitest';
import { reportKind } from '../../src/report/fileKinds';

const shown = (v: unknown): string => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));

describe('reportKind (former TSDoc examples)', () => {
  it('example 1', async () => {
    expect(shown(reportKind({ dimension: 1, lowerBound: 1, upperBound: 1, failureProbability: 0, floatRank: 1, gapRatio: 1e9, singularValues: [2] }))).toBe(shown("image-dim"));
    expect(shown(reportKind({ results: [{ widths: [1, 2, 1], verdict: 'holds' }] }))).toBe(shown("sweep"));
    expect(shown(reportKind({ hello: 'world' }))).toBe(shown(null));
  });
});
