/**
 * `deeplin check FILE`: re-verify a witness from the file alone.
 */
import { readFileSync } from 'fs';
import { ArgumentError, FormatError } from '../../errors';
import { checkWitness } from '../../witness/checkWitness';
import { checkUpperBoundCertificate, UPPER_BOUND_CERTIFICATE_KIND } from '../../certify/checkUpperBoundCertificate';
import type { CommandIO } from '../commandIO';
import { parseArgs } from '../parseArgs';

export const checkHelp = `deeplin check FILE [--json]

Re-verifies a counterexample witness from the file alone, with exact rational
arithmetic: the vanishing conditions, that they put the whole orbit in A_H,
that the gradient and the full Hessian of the loss vanish for the stated data,
that the data are generic, and the claimed ranks. A deeplin/upper-bound-certificate
(from verify --certify) is re-proved: every relation expanded exactly on its
component's orbit family, the gradient ranks, lower bounds and claims.
Exit 0 only if every check passes.

Example:
  deeplin check proofs/depth16-width2.witness.json`;

export function checkCommand(argv: readonly string[], io: CommandIO): number {
  const { positional, options } = parseArgs('check', argv, { json: 'boolean' });
  if (positional.length !== 1) throw new ArgumentError('deeplin check', 'FILE', positional.length === 0 ? 'missing' : positional.join(' '), 'exactly one witness file');
  const file = positional[0];
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new FormatError('deeplin check', `cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new FormatError('deeplin check', `${file} is not valid JSON (${(e as Error).message})`);
  }
  const t0 = Date.now();
  const kind = (json as { kind?: unknown } | null)?.kind;
  const report = kind === UPPER_BOUND_CERTIFICATE_KIND ? checkUpperBoundCertificate(json) : checkWitness(json);
  const seconds = (Date.now() - t0) / 1000;
  if (options.json) {
    io.out(JSON.stringify({ file, ...report, seconds }, null, 2));
  } else {
    for (const c of report.checks) io.out(`${c.ok ? 'PASS' : 'FAIL'} ${c.name}: ${c.detail}`);
    io.out(report.conclusion);
    io.out(`(checked ${file} in ${seconds.toFixed(2)} s, exact arithmetic over Q)`);
  }
  return report.ok ? 0 : 1;
}
