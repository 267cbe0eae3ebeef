/**
 * The page layout of a deeplin report: one self-contained HTML5 document
 * with inline CSS (system fonts only), a header with the verdict badge and a
 * line of facts (input file, kind, seed), then the sections in order, then a
 * footer. No scripts, no external resources, no timestamps: the same page
 * gives the same bytes. Texts in `title`, `subtitle`, `badge`, `facts` and
 * section headings are escaped here; section bodies are HTML the caller has
 * already escaped.
 */
import { htmlEscape } from './htmlEscape';

/** The colour family of a badge: good (holds), bad (fails / counterexample), warn (undetermined, ambiguous), info (neutral). */
export type ReportTone = 'good' | 'bad' | 'warn' | 'info';

/** Content of a {@link reportPage}. */
export interface ReportPageContent {
  readonly title: string;
  readonly subtitle: string;
  readonly badge: { readonly text: string; readonly tone: ReportTone };
  /** Label/value pairs shown under the title (plain text, escaped here). */
  readonly facts: readonly (readonly [string, string])[];
  /** Sections in order; `body` is trusted HTML (escape JSON text before putting it here). */
  readonly sections: readonly { readonly id: string; readonly heading: string; readonly body: string }[];
  /** Plain-text footer line (escaped here). */
  readonly footer?: string;
}

const GLYPH: Record<ReportTone, string> = { good: '✓', bad: '✗', warn: '?', info: '●' };

export const REPORT_CSS = `
:root {
  --ink: #1a202c; --muted: #5a6578; --line: #e3e8ef; --bg: #f3f5f9; --card: #ffffff;
  --accent: #1f4e8c; --good: #1b7a4b; --good-bg: #e6f4ec; --bad: #b83a0e; --bad-bg: #fdeee6;
  --warn: #8a6d00; --warn-bg: #fcf6d9; --info: #1f4e8c; --info-bg: #e8eff8;
  --mono: ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", Menlo, Consolas, "Liberation Mono", monospace;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; background: var(--bg); color: var(--ink);
  font: 15px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "DejaVu Sans", "Liberation Sans", Arial, sans-serif;
}
main { max-width: 1000px; margin: 0 auto; padding: 28px 24px 40px; }
header.report {
  background: var(--card); border: 1px solid var(--line); border-radius: 12px; padding: 22px 26px 18px;
  border-top: 5px solid var(--tone); box-shadow: 0 1px 2px rgba(16, 24, 40, 0.04);
}
header.report.good { --tone: var(--good); } header.report.bad { --tone: var(--bad); }
header.report.warn { --tone: #c9a400; } header.report.info { --tone: var(--info); }
.eyebrow { font-size: 12px; letter-spacing: 0.08em; text-transform: uppercase; color: var(--muted); font-weight: 600; }
.title-row { display: flex; align-items: center; gap: 16px; flex-wrap: wrap; margin: 4px 0 10px; }
h1 { font-size: 25px; line-height: 1.25; margin: 0; font-weight: 700; letter-spacing: -0.01em; }
.badge {
  display: inline-flex; align-items: center; gap: 7px; padding: 4px 13px 4px 10px; border-radius: 999px;
  font-size: 13px; font-weight: 700; letter-spacing: 0.06em; text-transform: uppercase; white-space: nowrap;
  border: 1px solid currentColor;
}
.badge .glyph { font-size: 14px; }
.badge.good { color: var(--good); background: var(--good-bg); }
.badge.bad { color: var(--bad); background: var(--bad-bg); }
.badge.warn { color: var(--warn); background: var(--warn-bg); }
.badge.info { color: var(--info); background: var(--info-bg); }
dl.facts { display: flex; flex-wrap: wrap; gap: 4px 22px; margin: 0; font-size: 13px; color: var(--muted); }
dl.facts div { display: flex; gap: 6px; min-width: 0; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; font-family: var(--mono); font-size: 12.5px; color: var(--ink); overflow-wrap: anywhere; }
section {
  background: var(--card); border: 1px solid var(--line); border-radius: 12px; padding: 18px 26px 20px; margin-top: 18px;
  box-shadow: 0 1px 2px rgba(16, 24, 40, 0.04);
}
h2 { font-size: 17px; margin: 0 0 10px; font-weight: 700; color: #111827; }
h3 { font-size: 14.5px; margin: 18px 0 6px; font-weight: 700; color: #2d3748; }
p { margin: 8px 0; }
p.lead { font-size: 16.5px; line-height: 1.55; }
.muted { color: var(--muted); }
.small { font-size: 13px; }
code, .mono { font-family: var(--mono); font-size: 0.88em; }
code { background: #f1f4f8; border: 1px solid #e5e9f0; border-radius: 4px; padding: 0 4px; overflow-wrap: anywhere; }
pre.cmd {
  font-family: var(--mono); font-size: 13px; background: #0f1b2d; color: #e6edf7; padding: 10px 14px; border-radius: 8px;
  overflow-x: auto; margin: 8px 0; white-space: pre-wrap; overflow-wrap: anywhere;
}
blockquote { margin: 10px 0; padding: 8px 14px; border-left: 3px solid #c7d2e0; background: #f8fafc; color: #2d3748; border-radius: 0 6px 6px 0; }
.stats { display: grid; grid-template-columns: repeat(auto-fit, minmax(170px, 1fr)); gap: 12px; margin: 12px 0 4px; }
.stat { border: 1px solid var(--line); border-radius: 10px; padding: 10px 14px; background: #fbfcfe; }
.stat .label { font-size: 12px; color: var(--muted); text-transform: uppercase; letter-spacing: 0.05em; font-weight: 600; }
.stat .value { font-size: 26px; font-weight: 700; line-height: 1.2; font-variant-numeric: tabular-nums; }
.stat .note { font-size: 12.5px; color: var(--muted); }
ul.cert { list-style: none; padding: 0; margin: 6px 0 0; }
ul.cert li { display: grid; grid-template-columns: 150px 1fr; gap: 14px; padding: 10px 0; border-top: 1px solid var(--line); }
ul.cert li:first-child { border-top: none; }
.method-tag {
  align-self: start; justify-self: start; font-size: 11.5px; font-weight: 700; letter-spacing: 0.05em; text-transform: uppercase;
  padding: 3px 8px; border-radius: 6px; border: 1px solid currentColor; white-space: nowrap;
}
.method-tag.exact { color: var(--good); background: var(--good-bg); }
.method-tag.montecarlo { color: var(--warn); background: var(--warn-bg); }
.method-tag.float { color: #6b46c1; background: #f1ecfb; }
.method-tag.info { color: var(--info); background: var(--info-bg); }
.table-wrap { overflow-x: auto; margin: 8px 0; }
table { border-collapse: collapse; width: 100%; font-size: 13.5px; font-variant-numeric: tabular-nums; }
th { text-align: left; font-size: 11.5px; text-transform: uppercase; letter-spacing: 0.05em; color: var(--muted); font-weight: 700; padding: 7px 10px; border-bottom: 2px solid var(--line); white-space: nowrap; }
td { padding: 7px 10px; border-bottom: 1px solid var(--line); vertical-align: top; }
tbody tr:nth-child(even) td { background: #fafbfd; }
td.num, th.num { text-align: right; }
.label-parts { font-family: var(--mono); font-size: 12.5px; }
.label-parts > span { display: block; overflow-wrap: anywhere; }
.chip { display: inline-flex; align-items: center; gap: 4px; font-size: 12px; font-weight: 700; padding: 1px 8px; border-radius: 999px; border: 1px solid currentColor; white-space: nowrap; }
.chip.good { color: var(--good); background: var(--good-bg); } .chip.bad { color: var(--bad); background: var(--bad-bg); }
.chip.warn { color: var(--warn); background: var(--warn-bg); } .chip.info { color: var(--info); background: var(--info-bg); }
figure { margin: 10px 0 4px; }
figure svg { max-width: 100%; height: auto; display: block; }
figcaption { font-size: 13px; color: var(--muted); margin-top: 6px; }
.nowrap { white-space: nowrap; overflow-wrap: normal; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(400px, 1fr)); gap: 8px 22px; }
details { margin-top: 10px; }
summary { cursor: pointer; font-weight: 600; color: var(--accent); }
footer { margin-top: 22px; font-size: 12.5px; color: var(--muted); text-align: center; }
@media print { body { background: #fff; } section, header.report { box-shadow: none; break-inside: avoid; } }
`;

export function reportPage(content: ReportPageContent): string {
  const t = content.badge.tone;
  const facts = content.facts.map(([k, v]) => `<div><dt>${htmlEscape(k)}</dt><dd>${htmlEscape(v)}</dd></div>`).join('');
  const sections = content.sections
    .map((s) => `<section id="${htmlEscape(s.id)}">\n<h2>${htmlEscape(s.heading)}</h2>\n${s.body}\n</section>`)
    .join('\n');
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${htmlEscape(content.title)} — deeplin report</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<header class="report ${t}">`,
    `<div class="eyebrow">${htmlEscape(content.subtitle)}</div>`,
    `<div class="title-row"><h1>${htmlEscape(content.title)}</h1><span class="badge ${t}" id="verdict-badge"><span class="glyph" aria-hidden="true">${GLYPH[t]}</span>${htmlEscape(content.badge.text)}</span></div>`,
    `<dl class="facts">${facts}</dl>`,
    '</header>',
    sections,
    `<footer>${htmlEscape(content.footer ?? 'Generated by deeplin report. Self-contained: no scripts, no network requests, no timestamps.')}</footer>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
