/** The examples that were in the TSDoc of src/report/svgLineChart.ts (an internal module, not public API), as unit tests. */
import { describe, expect, it } from 'vitest';
import { svgLineChart } from '../../src/report/svgLineChart';

const shown = (v: unknown): string => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));

describe('svgLineChart (former TSDoc examples)', () => {
  it('example 1', async () => {
    const svg = svgLineChart({
      title: 'dimensions', xLabel: 'depth N', yLabel: 'dimension',
      series: [
        { label: 'generic', points: [{ x: 2, y: 3 }, { x: 3, y: 6 }, { x: 4, y: 9 }] },
        { label: 'restricted', points: [{ x: 2, y: 0 }, { x: 3, y: 0 }, { x: 4, y: 9 }] },
      ],
      markers: [{ x: 4, label: 'fails at depth 4' }],
    });
    expect(shown((svg.match(/class="series-point"/g) ?? []).length)).toBe(shown(6));
    expect(shown(svg.includes('class="x-marker"'))).toBe(shown(true));
  });
});
