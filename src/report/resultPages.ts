/**
 * The `deeplin report` page of each result kind (verify, image-dim, search,
 * profile search, sweep, witness; flow is in flowReport.ts), from the parsed
 * JSON: the verdict and its evidence in words, how each number was certified
 * (in the words of the JSON's method fields), a table of the orbits /
 * components / depths / profiles, and inline SVG plots. Every string from the
 * JSON is escaped. The kinds and their pages are listed once, in fileKinds.ts.
 */
import { htmlEscape } from './htmlEscape';
import { isIntArray, isObject, isSearchResult, sweepEntries } from './resultShapes';
import type { ReportPageContent, ReportTone } from './reportPage';
import { svgBarChart } from './svgBarChart';
import { svgLineChart } from './svgLineChart';
import { svgLogPlot } from './svgLogPlot';
import { verdictGrid } from './verdictGrid';

type Obj = Record<string, unknown>;
type Section = ReportPageContent['sections'][number];

/** A report page without its footer (renderReport adds the footer and the input facts). */
export type ResultPage = Omit<ReportPageContent, 'footer'>;

// ---------- small formatting helpers (all return escaped HTML or plain text as named) ----------

const e = (x: unknown): string => htmlEscape(typeof x === 'string' ? x : x === undefined || x === null ? '—' : typeof x === 'number' ? String(x) : JSON.stringify(x));
const num = (x: unknown): number | null => (typeof x === 'number' && Number.isFinite(x) ? x : null);
const str = (x: unknown): string | null => (typeof x === 'string' ? x : null);
const obj = (x: unknown): Obj => (isObject(x) ? x : {});
const arr = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);
const widthsText = (w: unknown): string => (isIntArray(w) ? `(${w.join(',')})` : '(?)');
/** "widths (2,3,2)", or "depth 16, all widths 2" when a long profile is uniform (plain text). */
const widthsTitle = (w: readonly number[]): string => (w.length > 9 && w.every((x) => x === w[0]) ? `depth ${w.length - 1}, all widths ${w[0]}` : `widths ${widthsText(w)}`);

/** A probability as HTML: 0, a plain decimal, or m × 10^e with a superscript. */
function prob(p: unknown): string {
  const x = num(p);
  if (x === null) return '—';
  if (x === 0) return '0';
  if (x >= 1e-3) return String(Number(x.toPrecision(3)));
  const [m, ex] = x.toExponential(2).split('e');
  return `${m} × 10<sup>${Number(ex) < 0 ? '−' : ''}${Math.abs(Number(ex))}</sup>`;
}

/** A large or small ratio as HTML (∞ for Infinity). */
function ratio(r: unknown): string {
  if (r === null || r === undefined) return 'n/a';
  const x = typeof r === 'number' ? r : r === 'Infinity' ? Infinity : Number.NaN; // image-dim --json writes an infinite gap as "Infinity"
  if (x === Infinity) return '∞';
  if (!Number.isFinite(x)) return 'n/a';
  if (x !== 0 && (x >= 1e4 || x < 1e-2)) {
    const [m, ex] = x.toExponential(2).split('e');
    return `${m} × 10<sup>${Number(ex) < 0 ? '−' : ''}${Math.abs(Number(ex))}</sup>`;
  }
  return String(Number(x.toPrecision(3)));
}

function verdictTone(v: unknown): ReportTone {
  return v === 'holds' ? 'good' : v === 'fails' ? 'bad' : v === 'undetermined' ? 'warn' : 'info';
}

function chip(verdict: unknown): string {
  const t = verdictTone(verdict);
  const glyph = t === 'good' ? '✓' : t === 'bad' ? '✗' : t === 'warn' ? '?' : '·';
  return `<span class="chip ${t}"><span aria-hidden="true">${glyph}</span>${e(verdict)}</span>`;
}

function stat(label: string, value: string, note = ''): string {
  return `<div class="stat"><div class="label">${htmlEscape(label)}</div><div class="value">${value}</div>${note ? `<div class="note">${note}</div>` : ''}</div>`;
}

/** What kind of certificate a method text describes, from its own words. */
function methodTag(text: string): { cls: string; label: string } {
  if (/over Q|exact rank over|Bareiss|exact relation|proved/i.test(text) && !/Monte-Carlo/i.test(text)) return { cls: 'exact', label: 'exact' };
  if (/fast-check|random search/i.test(text)) return { cls: 'montecarlo', label: 'random search' };
  if (/Monte-Carlo|Schwartz|random/i.test(text)) return { cls: 'montecarlo', label: 'Monte-Carlo' };
  if (/SVD|float/i.test(text)) return { cls: 'float', label: 'float SVD' };
  if (/mod \d|mod p|determinantal|exact/i.test(text)) return { cls: 'exact', label: 'exact' };
  return { cls: 'info', label: 'method' };
}

function certItem(tag: { cls: string; label: string }, html: string): string {
  return `<li><span class="method-tag ${tag.cls}">${htmlEscape(tag.label)}</span><div>${html}</div></li>`;
}

function table(head: readonly string[], rows: readonly (readonly string[])[], numeric: readonly boolean[] = []): string {
  const th = head.map((h, i) => `<th${numeric[i] ? ' class="num"' : ''}>${htmlEscape(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c, i) => `<td${numeric[i] ? ' class="num"' : ''}>${c}</td>`).join('')}</tr>`).join('\n');
  const thead = head.some((h) => h !== '') ? `<thead><tr>${th}</tr></thead>` : '';
  return `<div class="table-wrap"><table>${thead}<tbody>\n${body}\n</tbody></table></div>`;
}

function figure(svg: string, caption: string): string {
  return `<figure>${svg}${caption ? `<figcaption>${caption}</figcaption>` : ''}</figure>`;
}

function recheckSection(command: string | null, note: string): Section {
  return { id: 'recheck', heading: 'Re-check', body: `${command ? `<pre class="cmd">${htmlEscape(command)}</pre>` : ''}<p class="small muted">${note}</p>` };
}

function seedFact(seed: unknown): [string, string] {
  return ['seed', num(seed) === null ? '—' : String(seed)];
}

// ---------- deeplin verify --json ----------

export function verifyPage(j: Obj): Omit<ReportPageContent, 'footer'> {
  const widths = j.widths as number[];
  const verdict = String(j.verdict);
  const G = j.genericDimension as number;
  const R = j.restrictedDimension as number;
  const ev = obj(j.evidence);
  const gen = obj(ev.genericDimension);
  const res = obj(ev.restrictedDimension);
  const comps = arr(ev.maximalComponents).map(obj);
  const orbitCount = num(j.orbitCount);
  const exactComponents = num(j.exactComponents);
  const coverage = str(j.coverage);
  const coverageWords = coverage === 'full' ? 'all of A_H (its data-independent and data-dependent parts)' : coverage === 'data-independent' ? (verdict === 'fails' && !String(j.coverageNote ?? '').includes('data-dependent part not requested') ? 'stopped at a certified failure on the data-independent part (a subvariety of A_H suffices)' : 'the data-independent part of A_H only') : e(coverage);
  const w = htmlEscape(widthsText(widths));
  let lead: string;
  if (j.hessianVarietyEmpty === true) lead = `For widths <b>${w}</b> the Hessian variety A_H is empty, so the main conjecture holds trivially.`;
  else if (verdict === 'holds') lead = `The main conjecture <b>holds</b> for widths <b>${w}</b>: every component of A_H has restricted dimension at most <b>${R}</b>, strictly below the generic dimension <b>${G}</b> of δ.`;
  else if (verdict === 'fails') lead = `The main conjecture <b>fails</b> for widths <b>${w}</b>: a component of A_H reaches restricted dimension <b>${R}</b> = generic dimension <b>${G}</b>, so dim cl δ(A_H) = dim cl δ(parameter space).`;
  else if (coverage === 'data-independent' && !String(j.coverageNote ?? '').includes('data-dependent part not requested'))
    lead = `The verdict for widths <b>${w}</b> is <b>${e(verdict)}</b>: only the data-independent part of A_H was covered (restricted dimension <b>${R}</b> there, generic dimension <b>${G}</b>); the data-dependent part was not, so no verdict is claimed beyond that coverage.`;
  else lead = `The verdict for widths <b>${w}</b> is <b>${e(verdict)}</b>: the restricted dimension is at least <b>${R}</b> and the generic dimension is <b>${G}</b>, and the bounds do not settle the strict inequality.`;
  const verdictBody = [
    `<p class="lead">${lead}</p>`,
    str(ev.explanation) ? `<blockquote>${e(ev.explanation)}</blockquote>` : '',
    `<p class="small"><b>Coverage:</b> ${coverageWords}.${str(j.coverageNote) ? ` ${e(j.coverageNote)}.` : ''}</p>`,
    `<div class="stats">`,
    stat('generic dimension G', String(G), gen.exact === true ? 'exact (lower = upper bound)' : `between ${e(gen.lowerBound)} and ${e(gen.upperBound)}`),
    stat('restricted dimension', String(R), `max over components; upper bound ${e(res.upperBound ?? R)}`),
    stat('components of A_H', orbitCount === null ? '—' : String(orbitCount), j.hessianVarietyEmpty === true ? 'A_H is empty' : 'orbit closures evaluated'),
    stat('exact bounds', exactComponents === null ? '—' : String(exactComponents), 'components with a proved linear relation'),
    `</div>`,
  ].join('\n');
  const cert: string[] = [];
  if (str(gen.method)) cert.push(certItem(gen.exact === true ? { cls: 'exact', label: 'exact' } : methodTag(String(gen.method)), `<b>Generic dimension ${G}</b>${gen.exact === true ? ' (exact: the certified lower bound meets the upper bound)' : ''}: ${e(gen.method)}.`));
  if (str(res.method)) {
    cert.push(certItem(methodTag(String(res.method)), `<b>Restricted dimension ${R}</b>: ${e(res.method)}. The lower bound is certified; the upper bound fails with probability at most <b>${prob(res.failureProbability)}</b>.`));
  }
  if (exactComponents !== null && orbitCount !== null) {
    cert.push(certItem({ cls: 'exact', label: 'exact relation' }, `${exactComponents} of ${orbitCount} components carry an exact upper bound dim ≤ G − 1 (a linear relation on δ's image proved with explicit cofactors); ${Math.max(orbitCount - exactComponents, 0)} rely on the Monte-Carlo bound above.`));
  }
  const rows = comps.map((c, i) => [
    String(i + 1),
    `<span class="label-parts">${String(c.label ?? '—').split(' | ').map((part) => `<span>${htmlEscape(part)}</span>`).join('')}</span>`,
    e(c.dimension),
    `${e(c.lowerBound)}${num(c.upperBound) !== null && c.upperBound !== c.lowerBound ? `–${e(c.upperBound)}` : ''}`,
    arr(c.ranks).map(obj).map((r) => `<span class="nowrap">${e(r.rank)} mod ${e(r.prime)}</span>`).join('<br>') || '—',
    prob(c.failureProbability),
    arr(c.conditions).filter(isIntArray).map(([a, b]) => `<span class="nowrap">W<sub>${b}</sub>⋯W<sub>${a}</sub> = 0</span>`).join('<br>') || '<span class="muted">(through C = XYᵀ)</span>',
  ]);
  const tableHtml = comps.length
    ? table(['#', 'component (orbit)', 'orbit dim', 'restricted dim', 'ranks of dδ∘T', 'failure prob.', 'vanishing products'], rows, [true, false, true, true, false, true, false])
    : '<p class="muted">No components (A_H is empty or nothing was evaluated).</p>';
  const chart = svgBarChart({
    title: comps.length ? `Restricted dimension of the ${comps.length} listed component${comps.length === 1 ? '' : 's'} against the generic dimension` : 'No component evaluated: the generic dimension alone',
    xLabel: 'component # (as in the table below)',
    yLabel: 'dimension',
    bars: comps.map((c, i) => ({ label: String(i + 1), value: num(c.lowerBound) ?? 0, ...(num(c.upperBound) !== null ? { upper: c.upperBound as number } : {}) })),
    reference: { value: G, label: `generic dimension G = ${G}` },
  });
  const chartNote = `<p class="small muted">Bars: certified lower bound of dim cl δ(component) (exact rank of dδ∘T mod p at a point); a whisker marks a larger upper bound. The dashed line is the generic dimension G of δ; an orange bar reaching it is a component on which the conjecture fails.${orbitCount !== null && orbitCount > comps.length ? ` The JSON lists only components at the maximum ${R} (at most 20), so ${orbitCount - comps.length} of the ${orbitCount} components are not drawn.` : ''}</p>`;
  const sections: Section[] = [
    { id: 'verdict', heading: 'Verdict', body: verdictBody },
    { id: 'dimensions', heading: 'Restricted against generic dimension', body: `${chart}\n${chartNote}` },
    { id: 'certification', heading: 'How this was certified', body: `<ul class="cert">${cert.join('\n')}</ul>` },
    {
      id: 'orbits',
      heading: 'Orbits achieving the maximal restricted dimension',
      body: `<p class="small muted">Components of A_H (orbit closures; for data-dependent ones, orbits of the stabiliser H of C) whose restricted dimension dim cl δ(component) is the maximum ${R}${comps.length ? ` — ${comps.length} listed${comps.length >= 20 ? ' (the JSON keeps the first 20)' : ''}` : ''}. A label lists the blocks of the component: the interval decomposition of each block of layers.</p>\n${tableHtml}`,
    },
  ];
  const witness = str(j.witness);
  if (witness) sections.push(recheckSection(`npx deeplin check ${witness}`, `The counterexample witness written by this run (${e(witness)}) re-checks every claim in exact arithmetic from the file alone.`));
  return {
    title: `Main conjecture for ${widthsTitle(widths)}`,
    subtitle: `deeplin verify · depth ${widths.length - 1}`,
    badge: { text: verdict, tone: j.hessianVarietyEmpty === true ? 'good' : verdictTone(verdict) },
    facts: [seedFact(j.seed), ['coverage', coverage ?? '—']],
    sections,
  };
}

// ---------- deeplin image-dim --json ----------

export function imageDimPage(j: Obj): Omit<ReportPageContent, 'footer'> {
  const values = arr(j.singularValues).map((v) => (typeof v === 'number' ? v : Number.NaN));
  const dim = j.dimension as number;
  const floatRank = num(j.floatRank);
  const status = str(j.status) ?? 'unknown';
  const gap = j.gapRatio;
  const ranks = arr(j.ranks).map(obj);
  const n = values.length;
  const explicitThreshold = num(j.threshold);
  const gapNum = num(gap);
  // at full float rank the gap ratio is σ_r / threshold (see floatRank), so the threshold follows from it
  const derivedThreshold = explicitThreshold === null && floatRank !== null && floatRank === n && n > 0 && gapNum !== null && gapNum > 0 && values[n - 1] > 0 ? values[n - 1] / gapNum : null;
  const threshold = explicitThreshold ?? derivedThreshold;
  const tone: ReportTone = status === 'ok' ? 'info' : status === 'disagree' ? 'bad' : 'warn';
  const ranksText = ranks.map((r) => `${e(r.rank)} mod ${e(r.prime)}`).join(', ');
  const gapWhere = floatRank !== null && floatRank < n ? `σ<sub>${floatRank}</sub>/σ<sub>${floatRank + 1}</sub>` : 'σ<sub>r</sub>/threshold';
  const statusWords =
    status === 'ok'
      ? 'agrees with the exact rank and is well separated'
      : status === 'disagree'
        ? '<b>disagrees</b> with the exact rank although its gap is clear: investigate before trusting either'
        : status === 'no-gap'
          ? 'has no clear gap (numerically ambiguous; the exact rank decides)'
          : e(status);
  const lead = `The Zariski closure of the image has dimension <b>${dim}</b>. The certified lower bound is <b>${e(j.lowerBound)}</b>${ranksText ? ` (exact rank of the Jacobian mod p at random points: ${ranksText})` : ''}; the upper bound <b>${e(j.upperBound)}</b> holds except with probability at most <b>${prob(j.failureProbability)}</b>. The float SVD cross-check gives rank <b>${floatRank === null ? 'n/a' : floatRank}</b>, which ${statusWords}; gap ratio ${gapWhere} = <b>${ratio(gap)}</b>.`;
  const plot = n
    ? figure(
        svgLogPlot(values, {
          title: 'singular values of the Jacobian at a random real point (log scale)',
          rank: floatRank,
          gapRatio: gapNum ?? (gap === null ? null : Infinity),
          threshold,
          thresholdLabel: explicitThreshold !== null ? 'rank threshold' : 'rank threshold (σᵣ ÷ gap ratio)',
        }),
        `The ${n} singular values σ<sub>1</sub> ≥ … ≥ σ<sub>${n}</sub> of the Jacobian at a random real point, on a log scale. ` +
          (floatRank !== null && floatRank < n
            ? `The shaded band and dashed line mark the numerical gap between σ<sub>${floatRank}</sub> and σ<sub>${floatRank + 1}</sub> (ratio ${ratio(gap)}): float rank ${floatRank}.`
            : floatRank === n
              ? `Full float rank ${n}: there is no σ<sub>${n + 1}</sub>, so the gap is measured against the rank threshold${threshold !== null ? ' (line)' : ''}.`
              : 'No float rank was computed.'),
      )
    : '<p class="muted">No singular values in this input.</p>';
  const svRows = values.map((v, i) => [String(i + 1), Number.isFinite(v) ? htmlEscape(v.toExponential(6)) : 'not finite', floatRank === null ? '—' : i < floatRank ? 'counted' : '<span class="muted">below the gap</span>']);
  const method = str(j.method);
  const cert = [
    certItem({ cls: 'exact', label: 'exact mod p' }, `<b>Lower bound ${e(j.lowerBound)}</b>: ${ranksText ? `ranks ${ranksText}` : 'rank mod p'} of the Jacobian at uniformly random F<sub>p</sub> points. A rank mod p at a point never exceeds the generic rank over Q, so this is certified.`),
    certItem({ cls: 'montecarlo', label: 'Monte-Carlo' }, `<b>Upper bound ${e(j.upperBound)}</b>, wrong only if every trial hit a root of a maximal minor: probability at most <b>${prob(j.failureProbability)}</b> (Schwartz–Zippel).`),
    certItem({ cls: 'float', label: 'float SVD' }, `<b>Cross-check rank ${floatRank === null ? 'n/a' : floatRank}</b> (status <code>${e(status)}</code>), gap ratio ${ratio(gap)}: an estimate, never the answer.`),
  ];
  return {
    title: 'Image dimension of a polynomial map',
    subtitle: 'deeplin image-dim',
    badge: { text: `dimension ${dim}${status === 'ok' ? '' : ` · ${status}`}`, tone },
    facts: [seedFact(j.seed), ['float status', status]],
    sections: [
      {
        id: 'verdict',
        heading: 'Result',
        body: [
          `<p class="lead">${lead}</p>`,
          '<div class="stats">',
          stat('dimension', String(dim), 'certified lower bound = Monte-Carlo upper bound'),
          stat('bounds', `${e(j.lowerBound)} – ${e(j.upperBound)}`, `failure probability ≤ ${prob(j.failureProbability)}`),
          stat('float rank', floatRank === null ? 'n/a' : String(floatRank), `status ${e(status)}`),
          stat('gap ratio', ratio(gap), gapWhere),
          '</div>',
        ].join('\n'),
      },
      { id: 'certification', heading: 'How this was certified', body: `<ul class="cert">${cert.join('\n')}</ul>${method ? `<p class="small muted">Method, as recorded: ${e(method)}.</p>` : ''}` },
      { id: 'singular-values', heading: 'Singular values and the numerical gap', body: `${plot}\n<details><summary>All ${n} singular values</summary>${table(['i', 'σᵢ', 'in the float rank'], svRows, [true, true, false])}</details>` },
    ],
  };
}

// ---------- deeplin search --json (depths) ----------

function depthChart(depths: Obj[], minimalDepth: number | null, title: string, size: 'full' | 'small' = 'full'): string {
  const restricted = depths.map((d) => ({ x: d.depth as number, y: d.restrictedDimension as number }));
  const generic = depths.map((d) => ({ x: d.depth as number, y: d.genericDimension as number }));
  return svgLineChart({
    title,
    xLabel: 'depth N',
    yLabel: 'dimension',
    series: [
      { label: size === 'full' ? 'generic dim cl δ(parameter space)' : 'generic', points: generic, color: '#1f4e8c', shape: 'square', dashed: true },
      { label: size === 'full' ? 'restricted dim cl δ(A_H)' : 'restricted', points: restricted, color: '#d55e00', shape: 'circle' },
    ],
    ...(size === 'small' ? { width: 440, height: 280 } : {}),
    markers: minimalDepth === null ? [] : [{ x: minimalDepth, label: `fails at depth ${minimalDepth}` }],
  });
}

function depthTable(depths: Obj[]): string {
  const hasExact = depths.some((d) => num(d.exactComponents) !== null);
  const rows = depths.map((d) => [
    e(d.depth),
    chip(d.verdict),
    e(d.coverage),
    e(d.restrictedDimension),
    `${e(d.genericDimension)}${d.genericExact === false ? ' <span class="muted">(not exact)</span>' : ''}`,
    e(d.components),
    ...(hasExact ? [d.verdict === 'holds' && num(d.exactComponents) !== null ? `${e(d.exactComponents)}/${e(d.components)}` : '—'] : []),
    prob(d.failureProbability),
  ]);
  return table(
    ['depth', 'verdict', 'coverage', 'restricted', 'generic', 'components', ...(hasExact ? ['exact bounds'] : []), 'failure prob.'],
    rows,
    [true, false, false, true, true, true, ...(hasExact ? [true] : []), true],
  );
}

export function searchPage(j: Obj): Omit<ReportPageContent, 'footer'> {
  const depths = arr(j.depths).map(obj);
  const width = num(j.width);
  const minimal = num(j.minimalDepth);
  const maxDepth = Math.max(...depths.map((d) => d.depth as number));
  const firstFail = depths.find((d) => d.verdict === 'fails');
  const failDepth = minimal ?? (firstFail ? (firstFail.depth as number) : null);
  const wText = width === null ? 'this width' : `uniform width ${width}`;
  const range = arr(j.minimalDepthRange).map(num);
  const undetermined = arr(j.undeterminedDepths).map(num).filter((d): d is number => d !== null);
  const gapText = undetermined.length
    ? ` Depth${undetermined.length > 1 ? 's' : ''} ${undetermined.join(', ')} ${undetermined.length > 1 ? 'are' : 'is'} <b>undetermined</b>: only the data-independent part of A_H was covered there (the data-dependent part was not enumerated), so no claim is made for ${undetermined.length > 1 ? 'them' : 'it'}.`
    : '';
  const lead =
    minimal === null && range.length === 2 && range[0] !== null
      ? `For ${wText} the minimal failing depth lies <b>between ${range[0]} and ${range[1] ?? `${maxDepth} or beyond`}</b>${range[1] !== null ? ` (depth ${range[1]} fails, proved by its witness)` : ''}.${gapText} Every other smaller depth holds, settled over the coverage stated per depth below.`
      : failDepth !== null
      ? `For ${wText} the main conjecture first fails at <b>depth ${failDepth}</b>${firstFail ? `, where the restricted dimension ${e(firstFail.restrictedDimension)} reaches the generic dimension ${e(firstFail.genericDimension)}` : ''}. ${j.smallerDepthsHold === true ? 'Every smaller depth holds, each settled over all components of A_H (coverage per depth below).' : j.smallerDepthsHold === false ? 'Not every smaller depth is settled (see the table).' : ''}`
      : `For ${wText} the main conjecture holds at every depth tried, up to <b>${maxDepth}</b> (coverage per depth below).`;
  const witness = str(j.witness);
  const sections: Section[] = [
    { id: 'verdict', heading: 'Verdict', body: `<p class="lead">${lead}</p>` },
    {
      id: 'certification',
      heading: 'How this was certified',
      body: `<ul class="cert">${str(j.method) ? certItem(methodTag(String(j.method)), `<b>Search</b>: ${e(j.method)}.`) : ''}${certItem({ cls: 'montecarlo', label: 'Monte-Carlo' }, 'At each depth the generic dimension is exact (its certified lower bound meets the determinantal upper bound, unless marked) and the restricted dimension is a certified lower bound whose upper bound fails with the probability in the last column.')}${failDepth !== null ? certItem({ cls: 'exact', label: 'exact witness' }, `The failure at depth ${failDepth} comes with a witness re-checked exactly by <code>deeplin check</code>.`) : ''}</ul>`,
    },
    {
      id: 'dimensions',
      heading: 'Restricted vs generic dimension against depth',
      body: `${figure(depthChart(depths, failDepth, `restricted vs generic dimension of delta against depth${width === null ? '' : `, width ${width}`}`), `The generic dimension of δ (squares, dashed) and the maximal restricted dimension on A_H (circles) at each depth${failDepth !== null ? `; the conjecture fails where they meet (depth ${failDepth}, marked)` : ''}.`)}\n${depthTable(depths)}`,
    },
  ];
  if (witness) sections.push(recheckSection(`npx deeplin check ${witness}`, 'Re-checks the witness of the first failing depth in exact arithmetic from the file alone.'));
  return {
    title: `Smallest failing depth${width === null ? '' : ` for width ${width}`}`,
    subtitle: 'deeplin search',
    badge: failDepth !== null ? { text: `fails at depth ${failDepth}`, tone: 'bad' } : { text: `holds up to depth ${maxDepth}`, tone: 'good' },
    facts: [seedFact(j.seed), ['depths', `${Math.min(...depths.map((d) => d.depth as number))}..${maxDepth}`]],
    sections,
  };
}

// ---------- deeplin search --profiles --json ----------

export function profileSearchPage(j: Obj): Omit<ReportPageContent, 'footer'> {
  const found = j.status === 'found';
  const witness = str(j.witness);
  const lead = found
    ? `A failing width profile was found and shrunk to <b>${htmlEscape(widthsText(j.widths))}</b> (depth ${(j.widths as number[]).length - 1}) after ${e(j.tried)} profiles${num(j.shrinks) !== null ? ` and ${e(j.shrinks)} shrink steps` : ''}: the main conjecture fails there.`
    : `No failing profile among the <b>${e(j.tried)}</b> random profiles tried. This is evidence, not proof.`;
  const rows = [
    ['status', chip(found ? 'fails' : 'none-found')],
    ['failing profile (shrunk)', found ? `<code>${htmlEscape(widthsText(j.widths))}</code>` : '—'],
    ['profiles tried', e(j.tried)],
    ['shrink steps', e(j.shrinks)],
    ['witness', witness ? `<code>${e(witness)}</code>` : '—'],
  ];
  const sections: Section[] = [
    { id: 'verdict', heading: 'Verdict', body: `<p class="lead">${lead}</p>\n${table(['', ''], rows)}` },
    { id: 'certification', heading: 'How this was certified', body: `<ul class="cert">${certItem(methodTag(String(j.method)), `<b>Search</b>: ${e(j.method)}.`)}</ul>` },
  ];
  if (witness) sections.push(recheckSection(`npx deeplin check ${witness}`, 'Re-checks the shrunk profile\'s witness in exact arithmetic from the file alone.'));
  return {
    title: 'Property-based search over width profiles',
    subtitle: 'deeplin search --profiles',
    badge: found ? { text: 'failing profile found', tone: 'bad' } : { text: 'none found', tone: 'info' },
    facts: [seedFact(j.seed)],
    sections,
  };
}

// ---------- sweeps ----------

export function sweepPage(j: Obj): Omit<ReportPageContent, 'footer'> {
  const { field, entries } = sweepEntries(j) ?? { field: 'results', entries: [] };
  const restricted = (p: Obj): unknown => p.restricted ?? p.restrictedDimension;
  const generic = (p: Obj): unknown => p.generic ?? p.genericDimension;
  const depthOf = (p: Obj): number => (p.widths as number[]).length - 1;
  const depths = [...new Set(entries.map(depthOf))].sort((a, b) => a - b);
  const count = (list: Obj[], v: string): number => list.filter((p) => p.verdict === v).length;
  const fails = count(entries, 'fails');
  const undetermined = count(entries, 'undetermined');
  const holds = count(entries, 'holds');
  const firstFailDepth = depths.find((N) => entries.some((p) => depthOf(p) === N && p.verdict === 'fails'));
  const example = firstFailDepth === undefined ? null : entries.filter((p) => depthOf(p) === firstFailDepth && p.verdict === 'fails').sort((a, b) => cmp(a.widths as number[], b.widths as number[]))[0];
  const maxWidth = entries.length ? Math.max(...entries.flatMap((p) => p.widths as number[])) : 0;
  const other = entries.length - fails - holds - undetermined;
  const witnessed = entries.filter((p) => p.verdict === 'fails' && str(p.witness)).length;
  const lead = entries.length
    ? `Of <b>${entries.length}</b> width profiles (depth${depths.length > 1 ? `s ${depths[0]}–${depths[depths.length - 1]}` : ` ${depths[0]}`}, widths up to ${maxWidth}), <b>${holds}</b> hold, <b>${fails}</b> fail and <b>${undetermined}</b> are undetermined${other ? ` (${other} with another verdict)` : ''}. ` +
      (firstFailDepth !== undefined
        ? `The conjecture first fails at <b>depth ${firstFailDepth}</b>${example ? `, e.g. for widths <code>${htmlEscape(widthsText(example.widths))}</code>` : ''}; every profile of smaller depth in this sweep ${depths.filter((N) => N < firstFailDepth).every((N) => entries.filter((p) => depthOf(p) === N).every((p) => p.verdict === 'holds')) ? 'holds' : 'is not settled'}.`
        : 'No profile in this sweep fails.')
    : 'This sweep contains no profiles.';
  const perDepth = depths.map((N) => {
    const list = entries.filter((p) => depthOf(p) === N);
    const first = list.filter((p) => p.verdict === 'fails').sort((a, b) => cmp(a.widths as number[], b.widths as number[]))[0];
    return [String(N), String(list.length), String(count(list, 'holds')), String(count(list, 'fails')), String(count(list, 'undetermined')), first ? `<code>${htmlEscape(widthsText(first.widths))}</code>` : '—'];
  });
  const gridEntries = entries.map((p) => ({
    widths: p.widths as number[],
    verdict: String(p.verdict),
    detail: [restricted(p) !== undefined ? `restricted ${e(restricted(p))}` : '', generic(p) !== undefined ? `generic ${e(generic(p))}` : '', str(p.coverage) ? `coverage ${p.coverage}` : ''].filter(Boolean).join(', '),
  }));
  const sections: Section[] = [
    {
      id: 'verdict',
      heading: 'Verdict',
      body: [
        `<p class="lead">${lead}</p>`,
        str(j.coverage) ? `<p class="small"><b>Coverage:</b> ${e(j.coverage)}.</p>` : '',
        isObject(j.parameters) ? `<p class="small"><b>Parameters:</b> ${Object.entries(j.parameters).map(([k, v]) => `${htmlEscape(k)} <code>${htmlEscape(Array.isArray(v) ? v.join(',') : typeof v === 'string' ? v : truncatedJson(v))}</code>`).join(', ')}.</p>` : '',
        isObject(j.shard) ? `<p class="small"><b>Partial result:</b> shard index ${e(j.shard.index)} of ${e(j.shard.count)} shards, ${entries.length} of ${e(j.total)} architectures (merge all shards for the whole sweep).</p>` : num(j.total) !== null && j.total !== entries.length ? `<p class="small"><b>Partial result:</b> ${entries.length} of ${e(j.total)} architectures.</p>` : '',
        '<div class="stats">',
        stat('profiles', String(entries.length), `in the "${field}" array`),
        stat('hold', String(holds), ''),
        stat('fail', String(fails), fails ? `${witnessed} naming a witness file` : ''),
        stat('first failing depth', firstFailDepth === undefined ? '—' : String(firstFailDepth), ''),
        '</div>',
      ].join('\n'),
    },
    {
      id: 'certification',
      heading: 'How this was certified',
      body: `<ul class="cert">${[
        certItem({ cls: 'montecarlo', label: 'Monte-Carlo' }, `Each verdict settles one profile over the components of A_H: generic dimension exact, restricted dimension a certified lower bound with a Monte-Carlo upper bound (per-profile failure probability in the data; largest here ${prob(Math.max(0, ...entries.map((p) => num(p.failureProbability) ?? 0)))}).`),
        certItem({ cls: 'exact', label: 'exact witness' }, `A <code>fails</code> verdict is backed by a witness that <code>deeplin check</code> re-checks in exact arithmetic${fails ? ` (${witnessed} of the ${fails} failing entries name their witness file)` : ''}.`),
        str(j.generatedBy) ? certItem({ cls: 'info', label: 'reproduce' }, `<code>${e(j.generatedBy)}</code>`) : '',
        str(j.method) ? certItem(methodTag(String(j.method)), e(j.method)) : '',
      ].join('\n')}</ul>`,
    },
    {
      id: 'grid',
      heading: 'Verdicts over (depth, width profile)',
      body: `${table(['depth', 'profiles', 'hold', 'fail', 'undetermined', 'first failing profile'], perDepth, [true, true, true, true, true, false])}\n${figure(verdictGrid(gridEntries), `One cell per profile (d<sub>0</sub>, …, d<sub>N</sub>), marked by glyph and colour: ✓ holds, ✗ fails, ? undetermined. The line above each grid says what its rows and columns are; hover a cell for its profile and dimensions.`)}`,
    },
  ];
  let uniform = arr(j.uniform).map(obj).filter((u) => isSearchResult({ depths: u.depths }));
  let derived = false;
  if (uniform.length === 0) {
    // no "uniform" summary (e.g. a deeplin sweep file): chart the uniform profiles of the entries themselves
    const byWidth = new Map<number, Obj[]>();
    for (const p of entries) {
      const w = p.widths as number[];
      if (!w.every((x) => x === w[0]) || num(restricted(p)) === null || num(generic(p)) === null) continue;
      byWidth.set(w[0], [...(byWidth.get(w[0]) ?? []), { ...p, depth: depthOf(p), restrictedDimension: restricted(p), genericDimension: generic(p) }]);
    }
    uniform = [...byWidth.entries()]
      .filter(([, ds]) => new Set(ds.map(depthOf)).size >= 2)
      .sort(([a], [b]) => a - b)
      .map(([width, ds]) => {
        const sorted = [...ds].sort((a, b) => depthOf(a) - depthOf(b));
        const fail = sorted.find((d) => d.verdict === 'fails');
        return { width, depths: sorted, minimalDepth: fail ? depthOf(fail) : null, smallerDepthsHold: fail ? sorted.filter((d) => depthOf(d) < depthOf(fail)).every((d) => d.verdict === 'holds') : undefined, witness: fail?.witness };
      });
    derived = uniform.length > 0;
  }
  if (uniform.length) {
    const body = uniform
      .map((u) => {
        const ds = arr(u.depths).map(obj);
        const m = num(u.minimalDepth);
        const words = m !== null ? `first fails at <b>depth ${m}</b>${u.smallerDepthsHold === true ? `, every smaller depth ${derived ? 'in this sweep ' : ''}holding` : ''}${str(u.witness) ? ` (witness <code>${e(u.witness)}</code>)` : ''}` : `holds at every depth up to ${e(u.maxDepth ?? Math.max(...ds.map((d) => d.depth as number)))}`;
        return `<div><h3>Uniform width ${e(u.width)}</h3><p class="small">Width ${e(u.width)} ${words}.</p>${figure(depthChart(ds, m, `restricted vs generic dimension of delta against depth, width ${String(u.width)}`, 'small'), '')}</div>`;
      })
      .join('\n');
    const tables = uniform.map((u) => `<details><summary>Per-depth table, width ${e(u.width)}</summary>${depthTable(arr(u.depths).map(obj))}</details>`).join('\n');
    sections.push({
      id: 'uniform',
      heading: 'Uniform widths: restricted vs generic dimension against depth',
      body: `<p class="small muted">For each uniform width: the generic dimension of δ (squares, dashed) and the maximal restricted dimension on A_H (circles) against depth; the conjecture fails where they meet (marked).</p><div class="charts">${body}</div>${tables}`,
    });
  }
  const ps = obj(j.propertySearch);
  if (ps.status === 'found' || ps.status === 'none-found') {
    sections.push({
      id: 'property-search',
      heading: 'Property-based search',
      body: ps.status === 'found'
        ? `<p>fast-check found a failing profile and shrunk it to <code>${htmlEscape(widthsText(ps.widths))}</code> after ${e(ps.tried)} profiles${num(ps.shrinks) !== null ? ` and ${e(ps.shrinks)} shrink steps` : ''}${str(ps.witness) ? `; witness <code>${e(ps.witness)}</code>` : ''}.</p><p class="small muted">${e(ps.method)}</p>`
        : `<p>No failing profile among ${e(ps.tried)} random profiles (evidence, not proof).</p><p class="small muted">${e(ps.method)}</p>`,
    });
  }
  const bad = entries.filter((p) => p.verdict !== 'holds').sort((a, b) => cmp(a.widths as number[], b.widths as number[]));
  if (bad.length) {
    const rows = bad.map((p) => [`<code>${htmlEscape(widthsText(p.widths))}</code>`, chip(p.verdict), e(p.coverage), e(restricted(p)), e(generic(p)), str(p.witness) ? `<code>${e(p.witness)}</code>` : '—']);
    sections.push({
      id: 'profiles',
      heading: 'Profiles that do not hold',
      body: `<details${bad.length <= 12 ? ' open' : ''}><summary>${bad.length} profile${bad.length === 1 ? '' : 's'}</summary>${table(['widths', 'verdict', 'coverage', 'restricted', 'generic', 'witness'], rows, [false, false, false, true, true, false])}</details>`,
    });
  }
  return {
    title: 'Sweep over width profiles',
    subtitle: `deeplin sweep${str(j.kind) ? ` · ${String(j.kind)}` : ''}`,
    badge: fails ? { text: `${fails} of ${entries.length} fail`, tone: 'bad' } : undetermined ? { text: `${undetermined} undetermined`, tone: 'warn' } : { text: `all ${entries.length} hold`, tone: 'good' },
    facts: [seedFact(j.seed), ['profiles', `${entries.length} (field "${field}")`]],
    sections,
  };
}

function cmp(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

// ---------- counterexample witness ----------

export function witnessPage(j: Obj, file: string): Omit<ReportPageContent, 'footer'> {
  const widths = isIntArray(j.widths) ? j.widths : [];
  const claims = obj(j.claims);
  const ev = obj(j.evidence);
  const point = arr(j.point);
  const data = obj(j.data);
  const N = widths.length - 1;
  const shape = (m: unknown): string => {
    const rows = arr(m);
    return `${rows.length}×${arr(rows[0]).length}`;
  };
  const entries = point.reduce<number>((s, m) => s + arr(m).reduce<number>((t, r) => t + arr(r).length, 0), 0);
  const allEntries = point.flatMap((m) => arr(m).flatMap((r) => arr(r))).map(String);
  const digits = allEntries.length ? Math.max(...allEntries.map((s) => s.replace(/^-/, '').split('/').reduce((a, b) => Math.max(a, b.length), 0))) : 0;
  const shapes = [...new Set(point.map(shape))];
  const conditions = arr(j.conditions).filter(isIntArray);
  const group = j.group === 'stabilizer' ? 'stabilizer' : 'G';
  const orbit = obj(j.orbit);
  const intervals = arr(orbit.intervals).filter(isIntArray);
  const lead = `<b>Not re-checked by this page.</b> This file claims a <b>counterexample to the main conjecture</b> for widths <b>${htmlEscape(widthsText(widths))}</b> (depth ${N}): a point of A_H whose ${group === 'G' ? 'G-orbit' : 'orbit under the stabiliser H of C = XYᵀ'} has restricted dimension <b>${e(claims.restrictedDimension)}</b> = generic dimension <b>${e(claims.genericDimension)}</b>.`;
  // "FILE" in the recorded command is this file; older files name a per-witness "FILE.m2", now the one checker proofs/check-witness.m2
  const recheck = str(j.recheck) ? String(j.recheck).replace(/\bFILE\.m2\b/g, 'proofs/check-witness.m2 FILE').replace(/\bFILE\b/g, file) : `npx deeplin check ${file}`;
  const evidenceRows = Object.entries(ev)
    .filter(([k]) => !/Method$/.test(k))
    .map(([k, v]) => [`<code class="nowrap">${htmlEscape(k)}</code>`, typeof v === 'string' || typeof v === 'number' ? e(v) : `<code>${htmlEscape(truncatedJson(v))}</code>`]);
  const cert: string[] = [];
  for (const [k, v] of Object.entries(ev)) if (/Method$/.test(k) && typeof v === 'string') cert.push(certItem(methodTag(v), `<b>${htmlEscape(k.replace(/Method$/, '').replace(/([A-Z])/g, ' $1').toLowerCase())}</b>: ${e(v)}.`));
  cert.push(certItem({ cls: 'exact', label: 'exact over Q' }, `Every claim is re-derived from this file alone by <code>deeplin check</code> in exact rational arithmetic: the vanishing conditions, membership of the ${group === 'G' ? 'orbit' : 'H-orbit'} in A_H, the vanishing gradient and Hessian for the stated data, genericity of the data, and the claimed ranks. <b>This report displays the claims; it does not re-check them.</b>`));
  return {
    title: `Claimed counterexample witness for ${widthsTitle(widths)} (claims not re-checked)`,
    subtitle: `counterexample witness · depth ${N} · run npx deeplin check to prove it`,
    badge: { text: 'claimed, not re-checked', tone: 'warn' },
    facts: [seedFact(ev.seed), ['group', group === 'G' ? 'G = Π GL(d_v)' : 'stabiliser H of C']],
    sections: [
      {
        id: 'verdict',
        heading: 'Statement',
        body: [
          `<p class="lead">${lead}</p>`,
          str(j.statement) ? `<p class="small muted">The file's own statement (informational; not a checked claim):</p><blockquote>${e(j.statement)}</blockquote>` : '',
          '<div class="stats">',
          stat('generic dimension', e(claims.genericDimension), 'dim cl δ(parameter space)'),
          stat('restricted dimension', e(claims.restrictedDimension), 'rank of dδ∘T at the point'),
          stat('codomain dimension', e(claims.codomainDimension), 'Σ dᵢ(dᵢ+1)/2'),
          stat('point size', String(entries), `exact rational entries in ${point.length} matrices`),
          '</div>',
        ].join('\n'),
      },
      { id: 'certification', heading: 'How this was certified', body: `<ul class="cert">${cert.join('\n')}</ul>` },
      {
        id: 'orbits',
        heading: 'The point, its conditions and its orbit',
        body: table(
          ['item', 'value'],
          [
            ['point', `W<sub>1</sub>, …, W<sub>${point.length}</sub>: ${htmlEscape(shapes.join(', '))} matrices, ${entries} entries, numerators/denominators up to ${digits} digit${digits === 1 ? '' : 's'}`],
            ['data', `X ${htmlEscape(shape(data.X))}, Y ${htmlEscape(shape(data.Y))} (exact rationals)`],
            ['vanishing products', conditions.length ? conditions.map(([a, b]) => `W<sub>${b}</sub>⋯W<sub>${a}</sub> = 0`).join(', ') : '<span class="muted">none (the point is in A_H through C = XYᵀ)</span>'],
            ['orbit', intervals.length ? `<code>${htmlEscape(intervals.map(([s, t]) => `[${s},${t}]`).join('+'))}</code>${num(orbit.dimension) !== null ? `, orbit dimension ${e(orbit.dimension)}` : ''}` : '—'],
            ['group', group === 'G' ? 'G = Π GL(d<sub>v</sub>) acting by W<sub>i</sub> ↦ g<sub>i</sub>W<sub>i</sub>g<sub>i−1</sub><sup>−1</sup>' : 'the stabiliser H of C = XYᵀ (A_H is H-invariant for this data)'],
          ],
        ) + (evidenceRows.length ? `<h3>Evidence recorded in the file (informational: how the witness was found; not re-checked)</h3>${table(['field', 'value'], evidenceRows)}` : ''),
      },
      recheckSection(recheck, 'Runs every check of the witness in exact arithmetic from the file alone; exit code 0 only if all pass.'),
    ],
  };
}

function truncatedJson(v: unknown): string {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 600 ? `${s.slice(0, 597)}...` : s;
}
