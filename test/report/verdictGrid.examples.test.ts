/** The examples that were in the TSDoc of src/report/verdictGrid.ts (an internal module, not public API), as unit tests. */
import { describe, expect, it } from 'vitest';
import { verdictGrid } from '../../src/report/verdictGrid';

const shown = (v: unknown): string => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));

describe('verdictGrid (former TSDoc examples)', () => {
  it('example 1', async () => {
    const svg = verdictGrid([
      { widths: [1, 1, 1], verdict: 'holds' }, { widths: [1, 2, 1], verdict: 'holds' },
      { widths: [2, 1, 1], verdict: 'fails' }, { widths: [2, 2, 1], verdict: 'undetermined' },
    ]);
    expect(shown((svg.match(/class="cell"/g) ?? []).length)).toBe(shown(4));
    expect(shown(svg.includes('data-verdict="fails"'))).toBe(shown(true));
  });
});
