import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { svgLineChart } from '../../src/report/svgLineChart';
import { elements } from './support';

describe('svgLineChart', () => {
  it('one marker per data point, a larger y is drawn higher, x increases to the right (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 200 })), { minLength: 1, maxLength: 30 }), (ys) => {
        const points = (k: 0 | 1) => ys.map((p, i) => ({ x: i + 2, y: p[k] }));
        const svg = svgLineChart({ title: 't', xLabel: 'depth N', yLabel: 'dimension', series: [{ label: 'generic', points: points(0) }, { label: 'restricted', points: points(1) }] });
        const pts = elements(svg, 'series-point');
        expect(pts.length).toBe(2 * ys.length);
        for (const series of ['0', '1']) {
          const mine = pts.filter((p) => p['data-series'] === series).map((p) => ({ dx: Number(p['data-x']), dy: Number(p['data-y']), x: Number(p.cx ?? p.x), y: Number(p.cy ?? p.y) }));
          for (let i = 1; i < mine.length; i++) expect(mine[i].x).toBeGreaterThan(mine[i - 1].x);
          for (const a of mine) for (const b of mine) if (a.dy > b.dy) expect(a.y).toBeLessThan(b.y);
        }
      }),
      { seed: 7028 },
    );
  });

  it('marks the failing depth and escapes labels', () => {
    const svg = svgLineChart({
      title: 'x', xLabel: '<x>', yLabel: 'y',
      series: [{ label: 'a&b', points: [{ x: 2, y: 3 }, { x: 3, y: 6 }] }],
      markers: [{ x: 3, label: 'fails at depth 3' }],
    });
    expect(svg).toContain('class="x-marker"');
    expect(svg).toContain('fails at depth 3');
    expect(svg).toContain('&lt;x&gt;');
    expect(svg).toContain('a&amp;b');
    expect(svg).not.toContain('<x>');
  });
});
