/**
 * `deeplin check FILE`: re-verify a witness (or any other checkable result
 * file, see report/fileKinds.ts) from the file alone.
 */
import { ArgumentError } from '../../errors';
import { checkResultFile } from '../../report/fileKinds';
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
  const display = startLongRun(io, { interrupt: false }); // synchronous: Ctrl-C keeps killing the process
  let outcome;
  try {
    outcome = checkResultFile(json, { file, name: 'deeplin check', progress: (p) => display.within('', p) });
  } finally {
    display.close();
  }
  const seconds = (Date.now() - t0) / 1000;
  if (options.json) printJson(io, { file, ...outcome.fields, seconds });
  else for (const line of outcome.lines(seconds)) io.out(line);
  return outcome.ok ? 0 : 1;
}
