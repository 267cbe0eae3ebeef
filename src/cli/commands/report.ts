/**
 * `deeplin report FILE [--out report.html]`: one self-contained HTML page for a result file.
 */
import { ArgumentError, FormatError } from '../../errors';
import { renderReport } from '../../report/renderReport';
import { REPORT_INPUTS, reportKind } from '../../report/fileKinds';
import type { CommandIO } from '../commandIO';
import { parseArgs } from '../parseArgs';
import { readInputJson, writeOutputFile, checkOutputPath } from '../fileIO';

export const reportHelp = `deeplin report FILE [--out report.html]

Writes a self-contained HTML report (verdict, evidence, SVG plots) of a result.
No scripts, no network: inline CSS and SVG only. Accepted inputs, recognised
by their shape: the JSON of deeplin verify --json, image-dim --json, search
--json (per depth or --profiles), a sweep (an object with a "results" or
"profiles" array of {"widths": [...], "verdict": "..."}, e.g. deeplin sweep
output or proofs/minimal-counterexamples.json) and a counterexample witness.
The page states the verdict and its evidence in words, how each number was
certified, a table of the orbits (components, depths or profiles), and plots:
singular values on a log scale with the numerical gap marked (image-dim),
restricted vs generic dimension against depth (search, sweep), a grid of
verdicts over (depth, width profile) (sweep). Deterministic: no timestamps.
Without --out the HTML goes to standard output.

Example:
  npx deeplin report proofs/minimal-counterexamples.json --out out/minimal-counterexamples.html`;

export function reportCommand(argv: readonly string[], io: CommandIO): number {
  const { positional, options } = parseArgs('report', argv, { out: 'string' });
  if (positional.length !== 1) throw new ArgumentError('deeplin report', 'FILE', positional.length === 0 ? 'missing' : positional.join(' '), 'exactly one result file (JSON)');
  const file = positional[0];
  if (typeof options.out === 'string') checkOutputPath('report', 'out', options.out);
  const json = readInputJson('report', file);
  const kind = reportKind(json);
  if (kind === null) throw new FormatError('deeplin report', `${file} is not a deeplin result this report understands (accepted: ${REPORT_INPUTS})`);
  const html = renderReport(json, { file });
  const out = typeof options.out === 'string' ? options.out : null;
  if (out === null) {
    io.out(html.replace(/\n$/, ''));
    return 0;
  }
  writeOutputFile('report', 'out', out, html);
  io.out(`report (${kind}) written to ${out}`);
  return 0;
}
