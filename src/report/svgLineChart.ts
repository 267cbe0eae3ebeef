/**
 * An inline SVG line chart on linear axes (e.g. restricted vs generic
 * dimension of δ against depth): one polyline per series, with a distinct
 * marker shape per series (circle, square, diamond — never colour alone) and
 * one `class="series-point"` element per data point carrying `data-series`,
 * `data-x` and `data-y`; optional vertical markers (e.g. the failing depth)
 * drawn as a labelled dashed line (`class="x-marker"`). Integer x values get
 * one tick each when there are few of them. No scripts, no external
 * resources; every text is escaped.
 */
import { htmlEscape } from './htmlEscape';

/** One line of a {@link svgLineChart}. */
export interface LineSeries {
  readonly label: string;
  readonly points: readonly { readonly x: number; readonly y: number }[];
  /** Stroke colour (default: a colour-blind-safe palette by position). */
  readonly color?: string;
  /** Marker shape (default: circle, square, diamond by position). */
  readonly shape?: 'circle' | 'square' | 'diamond';
  readonly dashed?: boolean;
}

/** Options of {@link svgLineChart}. */
export interface LineChartOptions {
  /** Accessible title (the SVG's `<title>` and `aria-label`). */
  readonly title: string;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly series: readonly LineSeries[];
  /** Vertical markers at given x, each with a label (e.g. the failing depth). */
  readonly markers?: readonly { readonly x: number; readonly label: string }[];
  readonly width?: number;
  readonly height?: number;
}

const PALETTE = ['#1f4e8c', '#d55e00', '#009e73', '#cc79a7'];
const SHAPES = ['circle', 'square', 'diamond'] as const;
const M = { left: 56, right: 24, top: 40, bottom: 52 };

export function svgLineChart(options: LineChartOptions): string {
  const width = options.width ?? 760;
  const height = options.height ?? 320;
  const all = options.series.flatMap((s) => s.points).filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
  const markers = (options.markers ?? []).filter((m) => Number.isFinite(m.x));
  const xs = [...all.map((p) => p.x), ...markers.map((m) => m.x)];
  let xMin = xs.length ? Math.min(...xs) : 0;
  let xMax = xs.length ? Math.max(...xs) : 1;
  if (xMax === xMin) {
    xMin -= 1;
    xMax += 1;
  }
  const yMaxData = all.length ? Math.max(...all.map((p) => p.y)) : 1;
  const yMinData = all.length ? Math.min(0, ...all.map((p) => p.y)) : 0;
  const yStep = niceStep((yMaxData - yMinData || 1) / 5);
  const yMin = Math.floor(yMinData / yStep) * yStep;
  const yMax = Math.max(Math.ceil(yMaxData / yStep) * yStep, yMin + yStep);
  const pl = M.left;
  const pr = width - M.right;
  const pt = M.top;
  const pb = height - M.bottom;
  const pad = (pr - pl) * 0.04;
  const x = (v: number): number => pl + pad + ((v - xMin) / (xMax - xMin)) * (pr - pl - 2 * pad);
  const y = (v: number): number => pb - ((v - yMin) / (yMax - yMin)) * (pb - pt);
  const f = (t: number): string => t.toFixed(2);
  const title = htmlEscape(options.title);
  const parts: string[] = plotFrame('line-chart', width, height, title, { pl, pr, pt, pb });
  for (let v = yMin; v <= yMax + yStep / 2; v += yStep) {
    const yy = y(v);
    parts.push(`<line class="grid" x1="${pl}" x2="${pr}" y1="${f(yy)}" y2="${f(yy)}" stroke="#e5eaf1"/>`);
    parts.push(`<text class="tick" x="${pl - 8}" y="${f(yy + 4)}" text-anchor="end" font-size="12" fill="#4a5568">${formatTick(v)}</text>`);
  }
  const integerX = all.every((p) => Number.isInteger(p.x)) && xMax - xMin <= 40;
  const xTicks: number[] = [];
  if (integerX) {
    const step = Math.max(1, Math.ceil((xMax - xMin) / 20));
    for (let v = Math.ceil(xMin); v <= xMax; v += step) xTicks.push(v);
  } else {
    const step = niceStep((xMax - xMin) / 6);
    for (let v = Math.ceil(xMin / step) * step; v <= xMax + 1e-9; v += step) xTicks.push(v);
  }
  for (const v of xTicks) {
    parts.push(`<line x1="${f(x(v))}" x2="${f(x(v))}" y1="${pb}" y2="${pb + 4}" stroke="#a0aec0"/>`);
    parts.push(`<text class="tick" x="${f(x(v))}" y="${pb + 18}" text-anchor="middle" font-size="12" fill="#4a5568">${formatTick(v)}</text>`);
  }
  parts.push(`<text class="axis-label" x="${f((pl + pr) / 2)}" y="${height - 12}" text-anchor="middle" font-size="12" fill="#2d3748">${htmlEscape(options.xLabel)}</text>`);
  parts.push(`<text class="axis-label" transform="translate(16 ${f((pt + pb) / 2)}) rotate(-90)" text-anchor="middle" font-size="12" fill="#2d3748">${htmlEscape(options.yLabel)}</text>`);
  for (const m of markers) {
    const xx = x(m.x);
    const right = xx < (pl + pr) * 0.62;
    parts.push(`<g class="x-marker"><rect x="${f(xx - 9)}" y="${pt}" width="18" height="${pb - pt}" fill="#fde8d7" fill-opacity="0.7"/>`);
    parts.push(`<line x1="${f(xx)}" x2="${f(xx)}" y1="${pt}" y2="${pb}" stroke="#d55e00" stroke-width="1.5" stroke-dasharray="5 4"/>`);
    parts.push(`<text x="${f(right ? xx + 14 : xx - 14)}" y="${pt + 16}" text-anchor="${right ? 'start' : 'end'}" font-size="12" font-weight="600" fill="#a04000">${htmlEscape(m.label)}</text></g>`);
  }
  options.series.forEach((s, si) => {
    const color = s.color ?? PALETTE[si % PALETTE.length];
    const shape = s.shape ?? SHAPES[si % SHAPES.length];
    const pts = s.points.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
    if (pts.length > 1) {
      parts.push(`<polyline class="series-line" points="${pts.map((p) => `${f(x(p.x))},${f(y(p.y))}`).join(' ')}" fill="none" stroke="${color}" stroke-width="2"${s.dashed ? ' stroke-dasharray="6 4"' : ''}/>`);
    }
    for (const p of pts) {
      const tip = `<title>${htmlEscape(`${s.label}: ${formatTick(p.y)} at ${options.xLabel} = ${formatTick(p.x)}`)}</title>`;
      parts.push(`${markerShape(shape, x(p.x), y(p.y), color, `class="series-point" data-series="${si}" data-x="${p.x}" data-y="${p.y}"`, tip)}`);
    }
  });
  // legend (top, left to right)
  let lx = pl;
  parts.push('<g class="legend" font-size="12" fill="#2d3748">');
  options.series.forEach((s, si) => {
    const color = s.color ?? PALETTE[si % PALETTE.length];
    const shape = s.shape ?? SHAPES[si % SHAPES.length];
    parts.push(`<line x1="${lx}" x2="${lx + 22}" y1="18" y2="18" stroke="${color}" stroke-width="2"${s.dashed ? ' stroke-dasharray="6 4"' : ''}/>`);
    parts.push(markerShape(shape, lx + 11, 18, color, 'class="legend-mark"', ''));
    parts.push(`<text x="${lx + 28}" y="22">${htmlEscape(s.label)}</text>`);
    lx += 40 + Math.max(60, s.label.length * 6.6);
  });
  parts.push('</g>');
  parts.push('</svg>');
  return parts.join('\n');
}

function markerShape(shape: 'circle' | 'square' | 'diamond', cx: number, cy: number, color: string, attrs: string, tip: string): string {
  const f = (t: number): string => t.toFixed(2);
  if (shape === 'square') return `<rect ${attrs} x="${f(cx - 4.5)}" y="${f(cy - 4.5)}" width="9" height="9" fill="#ffffff" stroke="${color}" stroke-width="2">${tip}</rect>`;
  if (shape === 'diamond') return `<polygon ${attrs} points="${f(cx)},${f(cy - 6)} ${f(cx + 6)},${f(cy)} ${f(cx)},${f(cy + 6)} ${f(cx - 6)},${f(cy)}" fill="#ffffff" stroke="${color}" stroke-width="2">${tip}</polygon>`;
  return `<circle ${attrs} cx="${f(cx)}" cy="${f(cy)}" r="4.5" fill="${color}" stroke="${color}" stroke-width="1.5">${tip}</circle>`;
}

/** The opening of a plot's SVG (class `plot KIND`, its escaped title) and the plot area's background box. */
export function plotFrame(kind: string, width: number, height: number, escapedTitle: string, box: { pl: number; pr: number; pt: number; pb: number }): string[] {
  const { pl, pr, pt, pb } = box;
  return [
    `<svg class="plot ${kind}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapedTitle}" font-family="inherit">`,
    `<title>${escapedTitle}</title>`,
    `<rect class="plot-bg" x="${pl}" y="${pt}" width="${pr - pl}" height="${pb - pt}" fill="#fbfcfe" stroke="#d5dbe5"/>`,
  ];
}

/** A round axis step (1, 2, 5 times a power of ten) at least `raw`. */
export function niceStep(raw: number): number {
  const p = 10 ** Math.floor(Math.log10(raw));
  const m = raw / p;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p;
}

function formatTick(v: number): string {
  return String(Number(v.toPrecision(6)));
}
