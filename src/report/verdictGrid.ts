/**
 * An inline SVG grid of verdicts over (depth, width profile): one block per
 * depth N, and in it one cell per profile (d_0, …, d_N), placed at row
 * (d_0, …, d_{k−1}) and column (d_k, …, d_N) with k = ⌊(N+1)/2⌋, so a full
 * sweep (all widths 1..w) is a complete rectangle. Each cell is a
 * `<g class="cell">` with `data-widths` and `data-verdict`, coloured AND
 * marked with a glyph (✓ holds, ✗ fails, ? undetermined, · anything else) so
 * colour is never the only cue, and a tooltip naming the profile. A depth
 * whose profiles are sparse or repeated is drawn as a plain run of cells in
 * lexicographic order instead; when there are at most 12 profiles per depth,
 * or only uniform profiles (w, …, w), one block has a row per depth (columns:
 * the uniform width w). Exactly one cell per entry. No scripts; every text is
 * escaped.
 */
import { htmlEscape } from './htmlEscape';

/** One profile of a {@link verdictGrid}. */
export interface VerdictGridEntry {
  readonly widths: readonly number[];
  readonly verdict: string;
  /** Extra text for the cell's tooltip (e.g. "restricted 12 vs generic 12"). */
  readonly detail?: string;
}

/** Options of {@link verdictGrid}. */
export interface VerdictGridOptions {
  /** Accessible title (default "verdicts over (depth, width profile)"). */
  readonly title?: string;
}

const STYLE: Readonly<Record<string, { fill: string; stroke: string; text: string; glyph: string; label: string }>> = {
  holds: { fill: '#e3eef9', stroke: '#b9cfe8', text: '#6f93bd', glyph: '✓', label: 'holds' },
  fails: { fill: '#d55e00', stroke: '#a84a00', text: '#ffffff', glyph: '✗', label: 'fails' },
  undetermined: { fill: '#f0e442', stroke: '#c2b62a', text: '#4a4000', glyph: '?', label: 'undetermined' },
};
const OTHER = { fill: '#e2e8f0', stroke: '#a0aec0', text: '#2d3748', glyph: '·', label: 'other' };

const CELL = 16;
const PITCH = 18;
const LIST_COLUMNS = 27;

export function verdictGrid(entries: readonly VerdictGridEntry[], options: VerdictGridOptions = {}): string {
  const byDepth = new Map<number, VerdictGridEntry[]>();
  for (const e of entries) {
    const N = e.widths.length - 1;
    const list = byDepth.get(N) ?? [];
    list.push(e);
    byDepth.set(N, list);
  }
  const depths = [...byDepth.keys()].sort((a, b) => a - b);
  const perDepth = Math.max(0, ...[...byDepth.values()].map((l) => l.length));
  const uniform = entries.every((e) => e.widths.every((w) => w === e.widths[0]));
  // few profiles per depth (or uniform widths only): one block, a row per depth; otherwise a block per depth
  const blocks: { svg: string[]; width: number; height: number }[] =
    entries.length > 0 && (uniform || perDepth <= 12) ? [compactBlock(depths, byDepth, uniform)] : depths.map((N) => depthBlock(N, byDepth.get(N) ?? []));
  const legendHeight = 34;
  const width = Math.max(420, ...blocks.map((b) => b.width));
  const height = legendHeight + blocks.reduce((s, b) => s + b.height, 0) + 8;
  const title = htmlEscape(options.title ?? 'verdicts over (depth, width profile)');
  const out: string[] = [];
  out.push(`<svg class="plot verdict-grid" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${title}" font-family="inherit">`);
  out.push(`<title>${title}</title>`);
  // legend with counts
  const counts = new Map<string, number>();
  for (const e of entries) counts.set(styleKey(e.verdict), (counts.get(styleKey(e.verdict)) ?? 0) + 1);
  let lx = 0;
  out.push('<g class="legend" font-size="12" fill="#2d3748">');
  for (const key of ['holds', 'fails', 'undetermined', 'other']) {
    const n = counts.get(key) ?? 0;
    if (n === 0 && key !== 'holds' && key !== 'fails') continue;
    const s = key === 'other' ? OTHER : STYLE[key];
    out.push(`<rect x="${lx}" y="6" width="${CELL}" height="${CELL}" rx="3" fill="${s.fill}" stroke="${s.stroke}"/>`);
    out.push(`<text x="${lx + CELL / 2}" y="${6 + CELL / 2 + 4}" text-anchor="middle" font-size="11" font-weight="700" fill="${s.text}">${s.glyph}</text>`);
    const label = `${s.label} (${n})`;
    out.push(`<text x="${lx + CELL + 6}" y="${6 + CELL / 2 + 4}">${htmlEscape(label)}</text>`);
    lx += CELL + 18 + label.length * 7;
  }
  out.push('</g>');
  let y0 = legendHeight;
  for (const b of blocks) {
    out.push(`<g transform="translate(0 ${y0})">`, ...b.svg, '</g>');
    y0 += b.height;
  }
  out.push('</svg>');
  return out.join('\n');
}

function styleKey(verdict: string): string {
  return STYLE[verdict] ? verdict : 'other';
}

function compareProfiles(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

function cell(e: VerdictGridEntry, x: number, y: number): string {
  const s = STYLE[e.verdict] ?? OTHER;
  const tip = `(${e.widths.join(',')}): ${e.verdict}${e.detail ? ` — ${e.detail}` : ''}`;
  return (
    `<g class="cell" data-widths="${htmlEscape(e.widths.join(','))}" data-verdict="${htmlEscape(e.verdict)}"><title>${htmlEscape(tip)}</title>` +
    `<rect x="${x}" y="${y}" width="${CELL}" height="${CELL}" rx="3" fill="${s.fill}" stroke="${s.stroke}"/>` +
    `<text x="${x + CELL / 2}" y="${y + CELL / 2 + 4}" text-anchor="middle" font-size="11" font-weight="700" fill="${s.text}">${s.glyph}</text></g>`
  );
}

function depthBlock(N: number, list: VerdictGridEntry[]): { svg: string[]; width: number; height: number } {
  const sorted = [...list].sort((a, b) => compareProfiles(a.widths, b.widths));
  const k = Math.max(1, Math.floor((N + 1) / 2));
  const key = (w: readonly number[]): string => w.join(',');
  const rowKeys = uniqueSorted(sorted.map((e) => e.widths.slice(0, k)));
  const colKeys = uniqueSorted(sorted.map((e) => e.widths.slice(k)));
  const positions = new Set(sorted.map((e) => key(e.widths)));
  const dense = positions.size === sorted.length && rowKeys.length * colKeys.length <= 3 * sorted.length + 16 && colKeys.length <= 81;
  const fails = sorted.filter((e) => e.verdict === 'fails').length;
  const svg: string[] = [];
  const heading = `depth ${N} · ${sorted.length} profile${sorted.length === 1 ? '' : 's'} · ${fails} fail${fails === 1 ? '' : 's'}`;
  svg.push(`<text class="grid-heading" x="0" y="22" font-size="13" font-weight="700" fill="#1a202c">${htmlEscape(heading)}</text>`);
  const sub = (i: number): string => String(i).replace(/\d/g, (d) => '₀₁₂₃₄₅₆₇₈₉'[Number(d)]);
  if (dense) {
    const rowLabelWidth = Math.max(44, 8 + 7 * Math.max(...rowKeys.map((r) => key(r).length)));
    const colLabelHeight = Math.max(30, 10 + 6.5 * Math.max(...colKeys.map((c) => key(c).length)));
    svg.push(`<text x="${rowLabelWidth}" y="40" font-size="11" fill="#4a5568">rows (d${sub(0)}${k > 1 ? `…d${sub(k - 1)}` : ''}) · columns (d${sub(k)}${N > k ? `…d${sub(N)}` : ''})</text>`);
    const top = 48 + colLabelHeight;
    colKeys.forEach((c, j) => {
      const x = rowLabelWidth + j * PITCH + CELL / 2 + 4;
      svg.push(`<text class="col-label" transform="translate(${x} ${top - 6}) rotate(-90)" font-size="10" fill="#4a5568">${htmlEscape(key(c))}</text>`);
    });
    const rowIndex = new Map(rowKeys.map((r, i) => [key(r), i]));
    const colIndex = new Map(colKeys.map((c, j) => [key(c), j]));
    rowKeys.forEach((r, i) => {
      svg.push(`<text class="row-label" x="${rowLabelWidth - 6}" y="${top + i * PITCH + CELL / 2 + 4}" text-anchor="end" font-size="10" fill="#4a5568">${htmlEscape(key(r))}</text>`);
    });
    for (const e of sorted) {
      const i = rowIndex.get(key(e.widths.slice(0, k))) ?? 0;
      const j = colIndex.get(key(e.widths.slice(k))) ?? 0;
      svg.push(cell(e, rowLabelWidth + j * PITCH, top + i * PITCH));
    }
    return { svg, width: rowLabelWidth + colKeys.length * PITCH + 8, height: top + rowKeys.length * PITCH + 16 };
  }
  // sparse or repeated profiles: a run of cells in lexicographic order, each row labelled by its first profile
  const rows = Math.ceil(sorted.length / LIST_COLUMNS);
  const rowLabelWidth = Math.max(60, 8 + 7 * Math.max(...sorted.map((e) => key(e.widths).length)));
  svg.push(`<text x="${rowLabelWidth}" y="40" font-size="11" fill="#4a5568">profiles in lexicographic order (row label: the first profile of the row)</text>`);
  const top = 50;
  for (let r = 0; r < rows; r++) {
    const first = sorted[r * LIST_COLUMNS];
    svg.push(`<text class="row-label" x="${rowLabelWidth - 6}" y="${top + r * PITCH + CELL / 2 + 4}" text-anchor="end" font-size="10" fill="#4a5568">${htmlEscape(key(first.widths))}</text>`);
  }
  sorted.forEach((e, idx) => svg.push(cell(e, rowLabelWidth + (idx % LIST_COLUMNS) * PITCH, top + Math.floor(idx / LIST_COLUMNS) * PITCH)));
  return { svg, width: rowLabelWidth + Math.min(sorted.length, LIST_COLUMNS) * PITCH + 8, height: top + rows * PITCH + 16 };
}

/** One row per depth; columns are the uniform width when every profile is uniform, else the profiles of the row in lexicographic order. */
function compactBlock(depths: readonly number[], byDepth: ReadonlyMap<number, VerdictGridEntry[]>, uniform: boolean): { svg: string[]; width: number; height: number } {
  const svg: string[] = [];
  const total = depths.reduce((n, N) => n + (byDepth.get(N)?.length ?? 0), 0);
  const fails = depths.reduce((n, N) => n + (byDepth.get(N) ?? []).filter((e) => e.verdict === 'fails').length, 0);
  const widths = [...new Set(depths.flatMap((N) => (byDepth.get(N) ?? []).map((e) => e.widths[0])))].sort((a, b) => a - b);
  const keyed = uniform && depths.every((N) => new Set((byDepth.get(N) ?? []).map((e) => e.widths[0])).size === (byDepth.get(N) ?? []).length);
  svg.push(`<text class="grid-heading" x="0" y="22" font-size="13" font-weight="700" fill="#1a202c">${htmlEscape(`depths ${depths[0]}–${depths[depths.length - 1]} · ${total} profiles · ${fails} fail${fails === 1 ? '' : 's'}`)}</text>`);
  const rowLabelWidth = 76;
  svg.push(`<text x="${rowLabelWidth}" y="40" font-size="11" fill="#4a5568">${keyed ? 'rows: depth N · columns: uniform width w (profile (w, …, w))' : 'rows: depth N · cells: the profiles of that depth in lexicographic order'}</text>`);
  const colLabelHeight = keyed ? 28 : 0;
  const top = 50 + colLabelHeight;
  if (keyed) {
    widths.forEach((w, j) => {
      svg.push(`<text class="col-label" x="${rowLabelWidth + j * PITCH + CELL / 2}" y="${top - 8}" text-anchor="middle" font-size="10" fill="#4a5568">${w}</text>`);
    });
  }
  let columns = 0;
  depths.forEach((N, i) => {
    const y = top + i * PITCH;
    svg.push(`<text class="row-label" x="${rowLabelWidth - 6}" y="${y + CELL / 2 + 4}" text-anchor="end" font-size="10" fill="#4a5568">N = ${N}</text>`);
    const row = [...(byDepth.get(N) ?? [])].sort((a, b) => compareProfiles(a.widths, b.widths));
    row.forEach((e, k) => {
      const j = keyed ? widths.indexOf(e.widths[0]) : k;
      columns = Math.max(columns, j + 1);
      svg.push(cell(e, rowLabelWidth + j * PITCH, y));
    });
  });
  return { svg, width: Math.max(rowLabelWidth + columns * PITCH + 8, 380), height: top + depths.length * PITCH + 16 };
}

function uniqueSorted(keys: readonly (readonly number[])[]): (readonly number[])[] {
  const seen = new Map<string, readonly number[]>();
  for (const k of keys) seen.set(k.join(','), k);
  return [...seen.values()].sort(compareProfiles);
}
