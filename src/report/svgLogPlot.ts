/**
 * An inline SVG plot of singular values σ_1 ≥ σ_2 ≥ … on a logarithmic
 * scale, with the numerical gap marked: a shaded band and a dashed divider
 * between σ_r and σ_{r+1} (r = the float rank) labelled with the gap ratio,
 * and the rank threshold as a horizontal line when it is known. One
 * `<circle class="sv-point">` per value, in order, carrying `data-index` and
 * `data-value`; values that are exactly 0 (no logarithm) are drawn on a
 * separate "0" row below the axis (class `sv-zero`). Values that are not
 * finite numbers ≥ 0 are skipped and named in the legend. No scripts, no
 * external resources; every text is escaped.
 */
import { htmlEscape } from './htmlEscape';

/** Options of {@link svgLogPlot}. */
export interface LogPlotOptions {
  /** Accessible title (the SVG's `<title>` and `aria-label`). */
  readonly title: string;
  /** The float rank r: the gap is marked between σ_r and σ_{r+1} (1-based). Omitted or null: no gap marker. */
  readonly rank?: number | null;
  /** σ_r / σ_{r+1} (or σ_r / threshold at full rank), shown in the gap label. */
  readonly gapRatio?: number | null;
  /** The rank threshold: values above it count. Drawn as a horizontal line when given. */
  readonly threshold?: number | null;
  /** How the threshold was obtained (shown next to its line); default "rank threshold". */
  readonly thresholdLabel?: string;
  readonly width?: number;
  readonly height?: number;
}

const M = { left: 68, right: 20, top: 48, bottom: 62 };

export function svgLogPlot(values: readonly number[], options: LogPlotOptions): string {
  const width = options.width ?? 760;
  const height = options.height ?? 340;
  const n = values.length;
  const positive = values.filter((v) => Number.isFinite(v) && v > 0);
  const hasZero = values.some((v) => v === 0);
  const skipped = values.map((v, i) => (Number.isFinite(v) && v >= 0 ? -1 : i + 1)).filter((i) => i > 0);
  const threshold = options.threshold !== undefined && options.threshold !== null && Number.isFinite(options.threshold) && options.threshold > 0 ? options.threshold : null;
  const logs = [...positive, ...(threshold === null ? [] : [threshold])].map(Math.log10);
  const lo0 = logs.length ? Math.floor(Math.min(...logs)) : -1;
  const hi = logs.length ? Math.ceil(Math.max(...logs)) : 0;
  const lo = hi - lo0 < 1 ? hi - 1 : lo0;
  const zeroRow = hasZero ? 26 : 0;
  const plotTop = M.top;
  const plotBottom = height - M.bottom - zeroRow;
  const plotLeft = M.left;
  const plotRight = width - M.right;
  const y = (v: number): number => plotBottom - ((Math.log10(v) - lo) / (hi - lo)) * (plotBottom - plotTop);
  const slot = (plotRight - plotLeft) / Math.max(n, 1);
  const x = (i: number): number => plotLeft + (i + 0.5) * slot;
  const zeroY = plotBottom + zeroRow - 8;
  const f = (t: number): string => t.toFixed(2);
  const parts: string[] = [];
  const title = htmlEscape(options.title);
  parts.push(`<svg class="plot log-plot" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${title}" font-family="inherit">`);
  parts.push(`<title>${title}</title>`);
  parts.push(`<rect class="plot-bg" x="${plotLeft}" y="${plotTop}" width="${f(plotRight - plotLeft)}" height="${f(plotBottom - plotTop)}" fill="#fbfcfe" stroke="#d5dbe5"/>`);
  // decade grid and labels
  const decades = hi - lo;
  const step = Math.max(1, Math.ceil(decades / 8));
  for (let k = lo; k <= hi; k++) {
    const yy = y(10 ** k);
    const major = k % step === 0;
    if (major || decades <= 40) parts.push(`<line class="grid" x1="${plotLeft}" x2="${f(plotRight)}" y1="${f(yy)}" y2="${f(yy)}" stroke="${major ? '#dfe5ee' : '#eef1f6'}"/>`);
    if (major) parts.push(`<text class="tick" x="${plotLeft - 8}" y="${f(yy + 4)}" text-anchor="end" font-size="12" fill="#4a5568">10<tspan dy="-6" font-size="9">${k < 0 ? '−' : ''}${Math.abs(k)}</tspan></text>`);
  }
  if (hasZero) {
    parts.push(`<line x1="${plotLeft}" x2="${f(plotRight)}" y1="${f(zeroY)}" y2="${f(zeroY)}" stroke="#eef1f6" stroke-dasharray="2 3"/>`);
    parts.push(`<text class="tick" x="${plotLeft - 8}" y="${f(zeroY + 4)}" text-anchor="end" font-size="12" fill="#4a5568">0</text>`);
  }
  // x ticks
  const xStep = n <= 24 ? 1 : Math.ceil(n / 24);
  for (let i = 0; i < n; i++) {
    if (i % xStep !== 0 && i !== n - 1) continue;
    parts.push(`<text class="tick" x="${f(x(i))}" y="${height - M.bottom + 18}" text-anchor="middle" font-size="11" fill="#4a5568">${i + 1}</text>`);
  }
  parts.push(`<text class="axis-label" x="${f((plotLeft + plotRight) / 2)}" y="${height - 14}" text-anchor="middle" font-size="12" fill="#2d3748">index i of the singular value σ<tspan font-style="italic">ᵢ</tspan> (descending)</text>`);
  parts.push(`<text class="axis-label" transform="translate(16 ${f((plotTop + plotBottom) / 2)}) rotate(-90)" text-anchor="middle" font-size="12" fill="#2d3748">σᵢ (log scale)</text>`);
  // gap marker between σ_r and σ_{r+1}
  const r = options.rank ?? null;
  if (r !== null && Number.isInteger(r) && r >= 1 && r <= n && values[r - 1] > 0) {
    const upper = y(values[r - 1]);
    const next = r < n ? values[r] : null;
    const lowerY = next !== null && Number.isFinite(next) ? (next > 0 ? y(next) : zeroY) : threshold !== null ? y(threshold) : plotBottom;
    const xDiv = r < n ? plotLeft + r * slot : Math.min(plotRight - 4, x(r - 1) + slot * 0.5);
    const ratio = options.gapRatio;
    const label = ratio === undefined || ratio === null ? `gap after σ${sub(r)}` : `gap σ${sub(r)}/${r < n ? `σ${sub(r + 1)}` : 'threshold'} = ${formatRatio(ratio)}`;
    const bandLeft = x(r - 1);
    const bandRight = r < n ? x(r) : plotRight;
    const leftSide = xDiv > (plotLeft + plotRight) / 2;
    parts.push(`<g class="gap-marker">`);
    parts.push(`<rect x="${f(bandLeft)}" y="${f(Math.min(upper, lowerY))}" width="${f(Math.max(bandRight - bandLeft, 2))}" height="${f(Math.abs(lowerY - upper))}" fill="#fde8d7" fill-opacity="0.85"/>`);
    parts.push(`<line x1="${f(xDiv)}" x2="${f(xDiv)}" y1="${plotTop}" y2="${f(plotBottom + zeroRow)}" stroke="#d55e00" stroke-width="1.5" stroke-dasharray="5 4"/>`);
    parts.push(`<text x="${f(leftSide ? xDiv + 4 : xDiv - 4)}" y="${plotTop - 8}" text-anchor="${leftSide ? 'end' : 'start'}" font-size="12" fill="#a04000"><tspan font-weight="700">${htmlEscape(label)}</tspan> · float rank r = ${r}</text>`);
    parts.push(`</g>`);
  }
  if (threshold !== null) {
    const ty = y(threshold);
    parts.push(`<g class="threshold"><line x1="${plotLeft}" x2="${f(plotRight)}" y1="${f(ty)}" y2="${f(ty)}" stroke="#6b46c1" stroke-width="1.2" stroke-dasharray="8 3 2 3"/>`);
    parts.push(`<text x="${f(plotLeft + 6)}" y="${f(ty - 5)}" font-size="11" fill="#553c9a">${htmlEscape(options.thresholdLabel ?? 'rank threshold')} ${htmlEscape(formatRatio(threshold))}</text></g>`);
  }
  // the values: a guide line through the positive ones, then one circle each
  const path = values.map((v, i) => (Number.isFinite(v) && v > 0 ? `${f(x(i))},${f(y(v))}` : null)).filter((p): p is string => p !== null);
  if (path.length > 1) parts.push(`<polyline points="${path.join(' ')}" fill="none" stroke="#7b93b8" stroke-width="1.2"/>`);
  const radius = Math.max(2, Math.min(5, slot / 3));
  values.forEach((v, i) => {
    if (!Number.isFinite(v) || v < 0) return;
    const kept = r === null || i < r;
    const cls = v === 0 ? 'sv-point sv-zero' : 'sv-point';
    const cy = v === 0 ? zeroY : y(v);
    const fill = v === 0 ? '#ffffff' : kept ? '#1f4e8c' : '#ffffff';
    parts.push(`<circle class="${cls}" data-index="${i + 1}" data-value="${v}" cx="${f(x(i))}" cy="${f(cy)}" r="${f(radius)}" fill="${fill}" stroke="#1f4e8c" stroke-width="1.5"><title>σ${sub(i + 1)} = ${htmlEscape(v === 0 ? '0' : v.toExponential(4))}</title></circle>`);
  });
  // legend
  const lx = plotLeft;
  const ly = 18;
  parts.push(`<g class="legend" font-size="11" fill="#2d3748">`);
  parts.push(`<circle cx="${lx + 6}" cy="${ly - 4}" r="4" fill="#1f4e8c"/><text x="${lx + 14}" y="${ly}">${r === null ? 'σᵢ' : 'σᵢ counted in the rank'}</text>`);
  if (r !== null && r < n) parts.push(`<circle cx="${lx + 166}" cy="${ly - 4}" r="4" fill="#ffffff" stroke="#1f4e8c" stroke-width="1.5"/><text x="${lx + 174}" y="${ly}">below the gap</text>`);
  if (skipped.length) parts.push(`<text x="${f(plotRight)}" y="${ly}" text-anchor="end" fill="#9b2c2c">not drawn (not a number ≥ 0): i = ${skipped.join(', ')}</text>`);
  parts.push(`</g>`);
  parts.push('</svg>');
  return parts.join('\n');
}

function sub(i: number): string {
  const digits = '₀₁₂₃₄₅₆₇₈₉';
  return String(i).replace(/\d/g, (d) => digits[Number(d)]);
}

function formatRatio(x: number): string {
  if (x === Infinity) return '∞';
  if (!Number.isFinite(x)) return String(x);
  if (x !== 0 && (Math.abs(x) >= 1e4 || Math.abs(x) < 1e-2)) return x.toExponential(2).replace('e+', 'e');
  return String(Number(x.toPrecision(3)));
}
