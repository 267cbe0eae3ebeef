/**
 * `deeplin check FILE`: re-verify a witness from the file alone.
 */
import { ArgumentError } from '../../errors';
import { checkWitness } from '../../witness/checkWitness';
import { checkConservationSweep } from '../../conservation/checkConservationSweep';
import { checkLandscapeEvidence } from '../../critical/checkLandscapeEvidence';
import { checkUpperBoundCertificate, UPPER_BOUND_CERTIFICATE_KIND } from '../../certify/checkUpperBoundCertificate';
import { checkRelationCertificate, RELATION_CERTIFICATE_KIND } from '../../verify/relationCertificate';
import type { CommandIO } from '../commandIO';
import { printJson } from '../commonOptions';
import { startLongRun } from '../progressBar';
import { readInputJson } from '../fileIO';
import { parseArgs } from '../parseArgs';

export const checkHelp = `deeplin check FILE [--json]

Re-verifies a counterexample witness from the file alone, with exact rational
arithmetic: the vanishing conditions, that they put the whole orbit in A_H,
that the gradient and the full Hessian of the loss vanish for the stated data,
that the data are generic, the claimed ranks and, when given, the orbit's
interval decomposition and dimension. The file is read strictly: duplicate
keys, unknown fields and malformed numbers are refused (exit 2). Fields that
are not claims (statement, evidence, recheck) are listed as informational and
not re-checked. A deeplin/upper-bound-certificate (from verify --certify) is
re-proved: every relation expanded exactly on its component's orbit family,
the gradient ranks, lower bounds and claims. A deeplin/landscape-evidence file
(from classify --out) and a deeplin/conservation-sweep file are re-derived the
same way. A deeplin/relation-certificate (a proved linear relation on delta's
image over a window) is re-proved by its polynomial identity, and every one
in a deeplin/verify-evidence bundle (e.g.
proofs/certificates/depth4-width2.evidence.json) likewise. Exit 0 only if
every check passes.

Example:
  npx deeplin check proofs/depth16-width2.witness.json`;

export function checkCommand(argv: readonly string[], io: CommandIO): number {
  const { positional, options } = parseArgs('check', argv, { json: 'boolean' });
  if (positional.length !== 1) throw new ArgumentError('deeplin check', 'FILE', positional.length === 0 ? 'missing' : positional.join(' '), 'exactly one witness file');
  const file = positional[0];
  const json = readInputJson('check', file);
  const t0 = Date.now();
  const kind = (json as { kind?: unknown } | null)?.kind;
  if (kind === 'deeplin/conservation-sweep') {
    const display = startLongRun(io, { interrupt: false }); // synchronous: Ctrl-C keeps killing the process
    let c;
    try {
      c = checkConservationSweep(json, { onRow: (done, total) => display.within('', { phase: 'rows re-checked', done, total }) });
    } finally {
      display.close();
    }
    if (options.json) printJson(io, { file, ...c, seconds: (Date.now() - t0) / 1000 });
    else {
      for (const r of c.rows) io.out(`${r.ok ? 'PASS' : 'FAIL'} ${r.detail}`);
      io.out(c.conclusion);
    }
    return c.ok ? 0 : 1;
  }
  if (kind === RELATION_CERTIFICATE_KIND || kind === 'deeplin/verify-evidence') return checkRelationCertificates(file, json, options.json === true, io, t0);
  const report =
    kind === UPPER_BOUND_CERTIFICATE_KIND ? checkUpperBoundCertificate(json)
    : kind === 'deeplin/landscape-evidence' ? checkLandscapeEvidence(json)
    : checkWitness(json, `deeplin check: ${file}`);
  const seconds = (Date.now() - t0) / 1000;
  if (options.json) {
    printJson(io, { file, ...report, seconds });
  } else {
    for (const c of report.checks) io.out(`${c.ok ? 'PASS' : 'FAIL'} ${c.name}: ${c.detail}`);
    io.out(report.conclusion);
    const informational = 'informational' in report ? (report.informational as readonly string[]) : [];
    if (informational.length > 0) io.out(`informational, not re-checked: ${informational.join(', ')}`);
    io.out(`(checked ${file} in ${seconds.toFixed(2)} s, exact arithmetic over Q)`);
  }
  return report.ok ? 0 : 1;
}

/**
 * A deeplin/relation-certificate, or every certificate of a
 * deeplin/verify-evidence bundle (each component's `certificates`), checked
 * by checkRelationCertificate (exact polynomial identity from the file alone).
 */
function checkRelationCertificates(file: string, json: unknown, asJson: boolean, io: CommandIO, t0: number): number {
  const bundle = json as { kind?: string; components?: unknown };
  const certificates: [string, unknown][] = [];
  if (bundle.kind === RELATION_CERTIFICATE_KIND) certificates.push(['certificate', json]);
  else {
    if (!Array.isArray(bundle.components)) throw new ArgumentError('deeplin check', `${file}: components`, bundle.components, 'an array of components, each with label and certificates');
    bundle.components.forEach((c: { label?: unknown; certificates?: unknown }, i: number) => {
      const list = c?.certificates ?? [];
      if (!Array.isArray(list)) throw new ArgumentError('deeplin check', `${file}: components[${i}].certificates`, list, 'an array of deeplin/relation-certificate objects');
      list.forEach((cert, j) => certificates.push([`${String(c.label ?? i)} #${j + 1}`, cert]));
    });
  }
  const reports = certificates.map(([label, cert]) => ({ label, ...checkRelationCertificate(cert) }));
  const ok = reports.every((r) => r.ok);
  const seconds = (Date.now() - t0) / 1000;
  const conclusion = `${reports.length} relation certificate${reports.length === 1 ? '' : 's'} checked: ${ok ? 'all pass' : 'SOME FAIL'}`;
  if (asJson) printJson(io, { file, ok, conclusion, certificates: reports, seconds });
  else {
    for (const r of reports) {
      if (reports.length > 1) io.out(`== ${r.label}`);
      for (const c of r.checks) io.out(`${c.ok ? 'PASS' : 'FAIL'} ${c.name}: ${c.detail}`);
      io.out(r.conclusion);
    }
    io.out(conclusion);
    io.out(`(checked ${file} in ${seconds.toFixed(2)} s, exact arithmetic over Q)`);
  }
  return ok ? 0 : 1;
}
