/**
 * The `deeplin report` page of a `deeplin flow` result (kind `deeplin/flow`):
 * the fraction of runs reaching a global minimum, the drift of δ, the loss
 * curves on a log scale with the critical values marked ({@link svgLossCurves}),
 * the plateau sequences and the runs. Floats are said to be floats; the
 * critical values are exact (integers of the default data).
 */
import { htmlEscape } from './htmlEscape';
import type { ReportPageContent, ReportTone } from './reportPage';
import { svgLossCurves } from './svgLossCurves';

type Obj = Record<string, unknown>;

/** Curves drawn at most (the first runs); the table lists every run. */
export const MAX_DRAWN_CURVES = 40;

const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const arr = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);
const num = (x: unknown): number => (typeof x === 'number' ? x : Number.NaN);
const e = (x: unknown): string => htmlEscape(typeof x === 'string' ? x : JSON.stringify(x) ?? '—');
const sci = (x: number): string => (Number.isFinite(x) ? (x === 0 ? '0' : Math.abs(x) >= 1e-3 && Math.abs(x) < 1e4 ? String(Number(x.toPrecision(4))) : x.toExponential(2)) : '—');

export function flowReportPage(j: Obj): Omit<ReportPageContent, 'footer'> {
  const runs = arr(j.runs).filter(isObj);
  const levels = arr(j.levels).filter(isObj).map((l) => ({ value: num(l.value), label: String(l.label), kinds: arr(l.kinds).map(String) }));
  const minimum = num(j.globalMinimum);
  const reached = runs.filter((r) => r.reachedGlobalMinimum === true).length;
  const tone: ReportTone = reached === runs.length ? 'good' : reached === 0 ? 'bad' : 'warn';
  const widths = arr(j.widths).join(',');
  const drift = num(j.maxDeltaDrift);
  const kindOf = (label: string): string => levels.find((l) => l.label === label)?.kinds.join('/') ?? '?';
  const valueOf = (label: string): number => levels.find((l) => l.label === label)?.value ?? Number.NaN;
  const curves = runs.slice(0, MAX_DRAWN_CURVES).map((r) => {
    const c = isObj(r.curve) ? r.curve : {};
    return { t: arr(c.t).map(num), loss: arr(c.loss).map(num) };
  });
  const lead =
    `Gradient flow of the loss ‖W<sub>N</sub>⋯W<sub>1</sub>X − Y‖² from <b>${e(j.inits)}</b> ${j.balanced === true ? 'balanced (δ = 0)' : 'random'} starts of scale <b>${e(j.scale)}</b> (seed ${e(j.seed)}): ` +
    `<b>${reached} of ${runs.length}</b> runs end at a global minimum (fraction ${sci(num(j.fractionGlobalMinimum))}); ${e(j.timeLimited)} stopped at the time limit. ` +
    `δ, conserved by the exact flow, drifted by at most <b>${sci(drift)}</b> (relative) — a measure of the integration error. ` +
    'The losses are float64 results of an adaptive Dormand–Prince 5(4) integration; the critical values are exact.';
  const plot =
    `<figure>${svgLossCurves({ title: `gradient-flow loss curves, widths (${widths})`, curves, levels, minimum })}` +
    `<figcaption>The gap L(t) − L<sub>min</sub> to the global minimum on a log scale, ${curves.length < runs.length ? `the first ${curves.length} of ${runs.length} runs` : `all ${runs.length} runs`}; dashed lines: the critical values (orange: saddles, green: the global minimum, drawn at the plot's floor). A curve that runs along a dashed line lingers near a saddle.</figcaption></figure>`;
  const sequences = arr(j.plateauSequences).filter(isObj);
  const seqRows = sequences.map((s) => `<tr><td class="num">${e(s.count)}</td><td>${arr(s.sequence).map((l) => `${e(sci(valueOf(String(l))))} <span class="muted">(${e(kindOf(String(l)))})</span>`).join(' → ') || '—'}</td></tr>`).join('\n');
  const runRows = runs.map((r) => {
    const plateaus = arr(r.plateaus).filter(isObj).map((p) => `${e(sci(num(p.value)))} <span class="muted">for ${e(sci(num(p.dwell)))}</span>`).join(' → ');
    return `<tr><td class="num">${e(r.index)}</td><td class="num">${e(r.seed)}</td><td>${e(r.status)}</td><td class="num">${e(sci(num(r.finalLoss)))}</td><td class="num">${e(sci(num(r.gap)))}</td><td>${r.reachedGlobalMinimum === true ? '✓' : '✗'}</td><td class="num">${e(sci(num(r.deltaDrift)))}</td><td>${plateaus}</td></tr>`;
  }).join('\n');
  const levelRows = levels.map((l) => `<tr><td class="num">${e(sci(l.value))}</td><td>${e(l.label)}</td><td>${e(l.kinds.join(', '))}</td></tr>`).join('\n');
  const table = (head: string[], rows: string): string => `<div class="table-wrap"><table><thead><tr>${head.map((h) => `<th>${htmlEscape(h)}</th>`).join('')}</tr></thead><tbody>\n${rows}\n</tbody></table></div>`;
  return {
    title: `Gradient flow, widths (${widths})`,
    subtitle: 'Where gradient flow goes from random starts, and which critical values it lingers on',
    badge: { text: `${reached} of ${runs.length} runs reach a global minimum`, tone },
    facts: [['widths', `(${widths})`], ['runs', String(runs.length)], ['max drift of δ', sci(drift)], ['data', String(isObj(j.data) ? j.data.source : '—')]],
    sections: [
      { id: 'summary', heading: 'Summary', body: `<p>${lead}</p>${plot}` },
      {
        id: 'certification',
        heading: 'How this was certified',
        body:
          '<ul class="cert">' +
          `<li><span class="method-tag exact">exact</span><div><b>Critical values</b>: ${e(isObj(j.data) ? j.data.source : 'the data of the result')}.</div></li>` +
          `<li><span class="method-tag float">float</span><div><b>Trajectories</b>: float64, adaptive Dormand–Prince 5(4) with local error tolerances rtol ${e(isObj(j.settings) ? j.settings.rtol : '—')}, atol ${e(isObj(j.settings) ? j.settings.atol : '—')}; a run stops when ‖∇L‖ ≤ ${e(isObj(j.settings) ? j.settings.gradTol : '—')} or at t = ${e(isObj(j.settings) ? j.settings.tMax : '—')}. ` +
          'The drift of δ (an exact conservation law of the flow) bounds nothing but measures the integration error. A run reaches the global minimum when its final loss is within the plateau band of it; plateaus are critical values the loss stayed within that band of for a noticeable share of the run. These are float observations, not proofs.</div></li>' +
          '</ul>',
      },
      { id: 'plateaus', heading: 'Plateau sequences', body: table(['runs', 'critical values visited (kind)'], seqRows) },
      { id: 'levels', heading: 'Critical values', body: table(['value', 'index set S', 'kinds'], levelRows) },
      { id: 'runs', heading: 'Runs', body: table(['run', 'seed', 'status', 'final loss', 'gap', 'global min', 'δ drift', 'plateaus (value for dwell time)'], runRows) },
    ],
  };
}
