/**
 * An inline SVG plot of gradient-flow loss curves for `deeplin report` on a
 * `deeplin flow` result: the gap L(t) − L_min to the global minimum on a
 * logarithmic scale against time t, one polyline per run (`class="loss-curve"`,
 * `data-run`), and every critical value as a labelled horizontal line
 * (`class="critical-level"`, `data-value`) — saddle-to-saddle dynamics show
 * as plateaus on those lines. Gaps below `floor` (the global minimum itself,
 * gap 0) are drawn on the floor line. No scripts, no external resources;
 * every text is escaped.
 */
import { htmlEscape } from './htmlEscape';
import { niceStep } from './svgLineChart';

/** Options of {@link svgLossCurves}. */
export interface LossCurvesOptions {
  readonly title: string;
  /** One curve per run: times and losses. */
  readonly curves: readonly { readonly t: readonly number[]; readonly loss: readonly number[] }[];
  /** The critical values (drawn as horizontal lines). */
  readonly levels: readonly { readonly value: number; readonly label: string; readonly kinds: readonly string[] }[];
  /** The global minimum of the loss (gap 0). */
  readonly minimum: number;
  /** Smallest gap drawn (default: a tenth of the smallest positive gap of a critical value; 1e-12 × the largest gap without one). */
  readonly floor?: number;
  readonly width?: number;
  readonly height?: number;
}

const M = { left: 70, right: 190, top: 28, bottom: 52 };
const PALETTE = ['#1f4e8c', '#009e73', '#cc79a7', '#56b4e9', '#e69f00', '#0072b2'];

export function svgLossCurves(options: LossCurvesOptions): string {
  const width = options.width ?? 900;
  const height = options.height ?? 420;
  const gapsOf = (c: { loss: readonly number[] }): number[] => c.loss.map((l) => l - options.minimum);
  const allGaps = [...options.curves.flatMap((c) => gapsOf(c)), ...options.levels.map((l) => l.value - options.minimum)].filter((g) => Number.isFinite(g) && g > 0);
  const top = allGaps.length ? Math.max(...allGaps) : 1;
  const levelGaps = options.levels.map((l) => l.value - options.minimum).filter((g) => Number.isFinite(g) && g > 0);
  // default floor: a decade below the smallest saddle gap, so the saddle plateaus get most of the height
  const floor = options.floor ?? (levelGaps.length ? Math.min(...levelGaps) / 10 : top * 1e-12);
  const hi = Math.ceil(Math.log10(top));
  const lo = Math.min(Math.floor(Math.log10(floor)), hi - 1);
  const times = options.curves.flatMap((c) => c.t).filter(Number.isFinite);
  const tMax = times.length ? Math.max(...times, 1e-9) : 1;
  const pl = M.left;
  const pr = width - M.right;
  const pt = M.top;
  const pb = height - M.bottom;
  const x = (t: number): number => pl + (t / tMax) * (pr - pl);
  const y = (gap: number): number => pb - ((Math.log10(Math.max(gap, 10 ** lo)) - lo) / (hi - lo)) * (pb - pt);
  const f = (v: number): string => v.toFixed(2);
  const title = htmlEscape(options.title);
  const parts: string[] = [];
  parts.push(`<svg class="plot loss-curves" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${title}" font-family="inherit">`);
  parts.push(`<title>${title}</title>`);
  parts.push(`<rect class="plot-bg" x="${pl}" y="${pt}" width="${pr - pl}" height="${pb - pt}" fill="#fbfcfe" stroke="#d5dbe5"/>`);
  const decadeStep = Math.max(1, Math.ceil((hi - lo) / 8));
  for (let k = lo; k <= hi; k += decadeStep) {
    const yy = y(10 ** k);
    parts.push(`<line class="grid" x1="${pl}" x2="${pr}" y1="${f(yy)}" y2="${f(yy)}" stroke="#e5eaf1"/>`);
    parts.push(`<text class="tick" x="${pl - 8}" y="${f(yy + 4)}" text-anchor="end" font-size="12" fill="#4a5568">1e${k}</text>`);
  }
  const tStep = niceStep(tMax / 6);
  for (let t = 0; t <= tMax + 1e-9; t += tStep) {
    parts.push(`<line x1="${f(x(t))}" x2="${f(x(t))}" y1="${pb}" y2="${pb + 4}" stroke="#a0aec0"/>`);
    parts.push(`<text class="tick" x="${f(x(t))}" y="${pb + 18}" text-anchor="middle" font-size="12" fill="#4a5568">${String(Number(t.toPrecision(6)))}</text>`);
  }
  parts.push(`<text class="axis-label" x="${f((pl + pr) / 2)}" y="${height - 12}" text-anchor="middle" font-size="12" fill="#2d3748">time t of the gradient flow</text>`);
  parts.push(`<text class="axis-label" transform="translate(16 ${f((pt + pb) / 2)}) rotate(-90)" text-anchor="middle" font-size="12" fill="#2d3748">L(t) − L_min (log scale)</text>`);
  // critical levels: labelled dashed lines; labels in the right margin, pushed apart when close
  const levels = [...options.levels].sort((a, b) => b.value - a.value);
  let lastLabelY = -Infinity;
  for (const level of levels) {
    const gap = level.value - options.minimum;
    const yy = y(gap);
    const minimum = level.kinds.includes('global-minimum');
    const color = minimum ? '#009e73' : '#d55e00';
    const labelY = Math.max(yy + 4, lastLabelY + 13);
    lastLabelY = labelY;
    const text = `${formatValue(level.value)} ${level.kinds.join('/')}`;
    parts.push(`<g class="critical-level" data-value="${level.value}"><title>${htmlEscape(`critical value ${level.value} (${level.label}): ${level.kinds.join(', ')}`)}</title>`);
    parts.push(`<line x1="${pl}" x2="${pr}" y1="${f(yy)}" y2="${f(yy)}" stroke="${color}" stroke-width="1.2" stroke-dasharray="6 4"/>`);
    parts.push(`<text x="${pr + 6}" y="${f(labelY)}" font-size="11" fill="${color}">${htmlEscape(text)}</text></g>`);
  }
  options.curves.forEach((c, i) => {
    const pts = c.t.map((t, k) => [t, c.loss[k] - options.minimum] as const).filter(([t, g]) => Number.isFinite(t) && Number.isFinite(g));
    if (pts.length === 0) return;
    const color = PALETTE[i % PALETTE.length];
    parts.push(`<polyline class="loss-curve" data-run="${i}" points="${pts.map(([t, g]) => `${f(x(t))},${f(y(g))}`).join(' ')}" fill="none" stroke="${color}" stroke-width="1.3" stroke-opacity="0.75"/>`);
  });
  parts.push('</svg>');
  return parts.join('\n');
}

function formatValue(v: number): string {
  return String(Number(v.toPrecision(6)));
}
