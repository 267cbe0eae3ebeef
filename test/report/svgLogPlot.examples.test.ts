/** The examples that were in the TSDoc of src/report/svgLogPlot.ts (an internal module, not public API), as unit tests. */
import { describe, expect, it } from 'vitest';
import { svgLogPlot } from '../../src/report/svgLogPlot';

const shown = (v: unknown): string => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));

describe('svgLogPlot (former TSDoc examples)', () => {
  it('example 1', async () => {
    const svg = svgLogPlot([3.1, 0.9, 2e-17], { title: 'singular values', rank: 2, gapRatio: 4.5e16 });
    expect(shown(svg.startsWith('<svg'))).toBe(shown(true));
    expect(shown((svg.match(/class="sv-point/g) ?? []).length)).toBe(shown(3));
    expect(shown(svg.includes('class="gap-marker"'))).toBe(shown(true));
  });
});
