/**
 * `deeplin check FILE`: re-verify a witness from the file alone.
 */
import { ArgumentError } from '../../errors';
import { checkWitness } from '../../witness/checkWitness';
import { checkConservationSweep } from '../../conservation/checkConservationSweep';
import { checkLandscapeEvidence } from '../../critical/checkLandscapeEvidence';
import { checkUpperBoundCertificate, UPPER_BOUND_CERTIFICATE_KIND } from '../../certify/checkUpperBoundCertificate';
import type { CommandIO } from '../commandIO';
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
same way. Exit 0 only if every check passes.

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
    const c = checkConservationSweep(json, { onRow: (done, total) => io.progress(`deeplin check: row ${done + 1}/${total}`) });
    if (options.json) io.out(JSON.stringify({ file, ...c, seconds: (Date.now() - t0) / 1000 }, null, 2));
    else {
      for (const r of c.rows) io.out(`${r.ok ? 'PASS' : 'FAIL'} ${r.detail}`);
      io.out(c.conclusion);
    }
    return c.ok ? 0 : 1;
  }
  const report =
    kind === UPPER_BOUND_CERTIFICATE_KIND ? checkUpperBoundCertificate(json)
    : kind === 'deeplin/landscape-evidence' ? checkLandscapeEvidence(json)
    : checkWitness(json, `deeplin check: ${file}`);
  const seconds = (Date.now() - t0) / 1000;
  if (options.json) {
    io.out(JSON.stringify({ file, ...report, seconds }, null, 2));
  } else {
    for (const c of report.checks) io.out(`${c.ok ? 'PASS' : 'FAIL'} ${c.name}: ${c.detail}`);
    io.out(report.conclusion);
    const informational = 'informational' in report ? (report.informational as readonly string[]) : [];
    if (informational.length > 0) io.out(`informational, not re-checked: ${informational.join(', ')}`);
    io.out(`(checked ${file} in ${seconds.toFixed(2)} s, exact arithmetic over Q)`);
  }
  return report.ok ? 0 : 1;
}
