import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { svgLogPlot } from '../../src/report/svgLogPlot';
import { elements } from './support';

const descending = fc
  .array(fc.double({ min: 1e-300, max: 1e300, noNaN: true }), { minLength: 1, maxLength: 60 })
  .map((xs) => [...xs].sort((a, b) => b - a));

describe('svgLogPlot', () => {
  it('draws exactly one point per singular value, in order (property)', () => {
    fc.assert(
      fc.property(descending, (values) => {
        const pts = elements(svgLogPlot(values, { title: 't' }), 'sv-point');
        expect(pts.length).toBe(values.length);
        expect(pts.map((p) => Number(p['data-index']))).toEqual(values.map((_, i) => i + 1));
        expect(pts.map((p) => Number(p['data-value']))).toEqual(values);
      }),
      { seed: 7029 },
    );
  });

  it('the vertical scale is logarithmic and monotone: larger values are higher, equal ratios give equal steps (property)', () => {
    fc.assert(
      fc.property(descending, (values) => {
        const pts = elements(svgLogPlot(values, { title: 't' }), 'sv-point');
        for (let i = 1; i < values.length; i++) {
          const dy = Number(pts[i].cy) - Number(pts[i - 1].cy);
          if (values[i] < values[i - 1]) expect(dy).toBeGreaterThanOrEqual(-0.011); // SVG y grows downwards; coordinates have 2 decimals
          else expect(Math.abs(dy)).toBeLessThan(0.011);
        }
      }),
      { seed: 7030 },
    );
    const pts = elements(svgLogPlot([1e4, 1e2, 1, 1e-2], { title: 't' }), 'sv-point').map((p) => Number(p.cy));
    const steps = pts.slice(1).map((y, i) => y - pts[i]);
    for (const s of steps) expect(s).toBeCloseTo(steps[0], 1);
    expect(steps[0]).toBeGreaterThan(0);
  });

  it('marks the gap between σ_r and σ_{r+1}, and the threshold line when given', () => {
    const values = [3.42, 3.32, 0.83, 0.83, 1.3e-16];
    const svg = svgLogPlot(values, { title: 't', rank: 4, gapRatio: 6.19e15, threshold: 2.3e-15 });
    expect(svg).toContain('class="gap-marker"');
    expect(svg).toContain('gap σ₄/σ₅ = 6.19e15');
    expect(svg).toContain('class="threshold"');
    // the dashed divider lies between the 4th and the 5th point
    const pts = elements(svg, 'sv-point').map((p) => Number(p.cx));
    const divider = /<g class="gap-marker">[\s\S]*?<line x1="([\d.]+)"/.exec(svg);
    expect(divider).not.toBeNull();
    const x = Number((divider as RegExpExecArray)[1]);
    expect(x).toBeGreaterThan(pts[3]);
    expect(x).toBeLessThan(pts[4]);
    // no rank: no gap marker; no threshold: no line
    const plain = svgLogPlot(values, { title: 't' });
    expect(plain).not.toContain('gap-marker');
    expect(plain).not.toContain('class="threshold"');
  });

  it('draws exact zeros on a separate row below the axis, names non-finite values, escapes the title', () => {
    const svg = svgLogPlot([2, 1, 0, 0], { title: '<b>"t"</b>', rank: 2, gapRatio: Infinity });
    const pts = elements(svg, 'sv-point');
    expect(pts.length).toBe(4);
    expect(pts.filter((p) => p.class.includes('sv-zero')).length).toBe(2);
    expect(Number(pts[2].cy)).toBeGreaterThan(Number(pts[1].cy));
    expect(svg).toContain('gap σ₂/σ₃ = ∞');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;b&gt;&quot;t&quot;&lt;/b&gt;');
    expect(svgLogPlot([1, Number.NaN], { title: 't' })).toContain('not drawn (not a number ≥ 0): i = 2');
  });
});
