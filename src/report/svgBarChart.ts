/**
 * An inline SVG bar chart against a reference level (e.g. the restricted
 * dimension of each component of A_H against the generic dimension of δ):
 * one bar per item (`class="bar"` carrying `data-label` and `data-value`),
 * an optional whisker up to an upper bound where it differs from the bar
 * (`class="bar-upper"`), and a dashed, labelled horizontal reference line
 * (`class="reference-line"`). Bars reaching the reference are orange with a
 * thick outline, the others blue; the value is printed above every bar, so
 * equality is readable without colour. No scripts, no external
 * resources; every text is escaped. Same frame and fonts as svgLineChart.
 */
import { htmlEscape } from './htmlEscape';
import { niceStep, plotFrame } from './svgLineChart';

/** One bar of a {@link svgBarChart}. */
export interface Bar {
  readonly label: string;
  readonly value: number;
  /** An upper bound above `value` (drawn as a whisker when larger). */
  readonly upper?: number;
}

/** Options of {@link svgBarChart}. */
export interface BarChartOptions {
  /** Accessible title (the SVG's `<title>` and `aria-label`). */
  readonly title: string;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly bars: readonly Bar[];
  readonly reference: { readonly value: number; readonly label: string };
  readonly width?: number;
  readonly height?: number;
}

const M = { left: 56, right: 24, top: 40, bottom: 52 };

export function svgBarChart(options: BarChartOptions): string {
  const width = options.width ?? 760;
  const height = options.height ?? 300;
  const bars = options.bars.filter((b) => Number.isFinite(b.value));
  const ref = options.reference.value;
  const yMaxData = Math.max(1, ref, ...bars.map((b) => Math.max(b.value, b.upper ?? b.value)));
  const yStep = niceStep(yMaxData / 5);
  const yMax = Math.ceil((yMaxData * 1.08) / yStep) * yStep;
  const pl = M.left;
  const pr = width - M.right;
  const pt = M.top;
  const pb = height - M.bottom;
  const y = (v: number): number => pb - (v / yMax) * (pb - pt);
  const f = (t: number): string => t.toFixed(2);
  const title = htmlEscape(options.title);
  const parts: string[] = plotFrame('bar-chart', width, height, title, { pl, pr, pt, pb });
  for (let v = 0; v <= yMax + yStep / 2; v += yStep) {
    parts.push(`<line class="grid" x1="${pl}" x2="${pr}" y1="${f(y(v))}" y2="${f(y(v))}" stroke="#e5eaf1"/>`);
    parts.push(`<text class="tick" x="${pl - 8}" y="${f(y(v) + 4)}" text-anchor="end" font-size="12" fill="#4a5568">${String(Number(v.toPrecision(6)))}</text>`);
  }
  const slot = (pr - pl) / Math.max(bars.length, 1);
  const barWidth = Math.min(48, slot * 0.6);
  const tickEvery = Math.max(1, Math.ceil(bars.length / 20));
  bars.forEach((b, i) => {
    const cx = pl + slot * (i + 0.5);
    const reaches = b.value >= ref;
    const fill = reaches ? '#d55e00' : '#1f4e8c';
    const tip = `<title>${htmlEscape(`${b.label}: ${b.value}${b.upper !== undefined && b.upper > b.value ? `–${b.upper}` : ''}`)}</title>`;
    parts.push(`<rect class="bar" data-label="${htmlEscape(b.label)}" data-value="${b.value}" x="${f(cx - barWidth / 2)}" y="${f(y(b.value))}" width="${f(barWidth)}" height="${f(pb - y(b.value))}" fill="${fill}" fill-opacity="0.85" stroke="${reaches ? '#7a2e00' : fill}" stroke-width="${reaches ? 2 : 1}">${tip}</rect>`);
    if (b.upper !== undefined && b.upper > b.value) {
      parts.push(`<line class="bar-upper" x1="${f(cx)}" x2="${f(cx)}" y1="${f(y(b.value))}" y2="${f(y(b.upper))}" stroke="#2d3748" stroke-width="1.5"/>`);
      parts.push(`<line x1="${f(cx - 6)}" x2="${f(cx + 6)}" y1="${f(y(b.upper))}" y2="${f(y(b.upper))}" stroke="#2d3748" stroke-width="1.5"/>`);
    }
    parts.push(`<text x="${f(cx)}" y="${f(y(Math.max(b.value, b.upper ?? b.value)) - 5)}" text-anchor="middle" font-size="11" fill="#2d3748">${b.value}</text>`);
    if (i % tickEvery === 0) parts.push(`<text class="tick" x="${f(cx)}" y="${pb + 18}" text-anchor="middle" font-size="12" fill="#4a5568">${htmlEscape(b.label)}</text>`);
  });
  parts.push(`<g class="reference-line"><line x1="${pl}" x2="${pr}" y1="${f(y(ref))}" y2="${f(y(ref))}" stroke="#009e73" stroke-width="2" stroke-dasharray="6 4"/>`);
  parts.push(`<text x="${pr - 6}" y="${f(y(ref) - 6)}" text-anchor="end" font-size="12" font-weight="600" fill="#00704f">${htmlEscape(options.reference.label)}</text></g>`);
  parts.push(`<text class="axis-label" x="${f((pl + pr) / 2)}" y="${height - 12}" text-anchor="middle" font-size="12" fill="#2d3748">${htmlEscape(options.xLabel)}</text>`);
  parts.push(`<text class="axis-label" transform="translate(16 ${f((pt + pb) / 2)}) rotate(-90)" text-anchor="middle" font-size="12" fill="#2d3748">${htmlEscape(options.yLabel)}</text>`);
  parts.push(`<text x="${pl}" y="22" font-size="12" fill="#2d3748">${title}</text>`);
  parts.push('</svg>');
  return parts.join('\n');
}
