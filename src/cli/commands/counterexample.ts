/**
 * `deeplin counterexample`: search the talk's subvariety A ⊂ A_H (or one
 * given with --conditions) for a counterexample and write its witness.
 */
import { ArgumentError } from '../../errors';
import { findCounterexample } from '../../witness/findCounterexample';
import { architectureFromOptions } from '../architectureOptions';
import { integerOption, parseArgs } from '../parseArgs';
import type { CommandIO } from '../commandIO';
import { startLongRun } from '../progressBar';
import { writeOutputJson, checkOutputPath } from '../fileIO';
import { seedOption, printJson } from '../commonOptions';

export const counterexampleHelp = `deeplin counterexample --depth N --width w | --widths d0,...,dN [--conditions a-b,...] [--seed S] --out FILE [--json]

Searches a subvariety V of the Hessian variety A_H (default: the talk's
A = {W_i W_(i-1) W_(i-2) = 0, i = 4, 8, ...}) for an orbit on which delta is as
large as on the whole parameter space, and writes an exact witness that
'deeplin check' re-verifies from the file alone.

Example:
  npx deeplin counterexample --depth 16 --width 2 --out out/depth16.witness.json`;

export function counterexampleCommand(argv: readonly string[], io: CommandIO): number {
  const { options } = parseArgs('counterexample', argv, { depth: 'string', width: 'string', widths: 'string', conditions: 'string', seed: 'string', out: 'string', json: 'boolean', prime: 'string' });
  const arch = architectureFromOptions('counterexample', options, 'dense-jacobians');
  if (options.conditions === undefined && arch.depth < 4) {
    throw new ArgumentError('deeplin counterexample', '--depth', arch.depth, "an integer >= 4 for the talk's subvariety (or give --conditions)");
  }
  const seed = seedOption('counterexample', options);
  const prime = integerOption('counterexample', 'prime', options.prime, 2, 2 ** 31 - 1);
  if (typeof options.out !== 'string') throw new ArgumentError('deeplin counterexample', '--out', 'missing', 'a file path for the witness JSON');
  checkOutputPath('counterexample', 'out', options.out);
  const conditions = options.conditions === undefined ? undefined : parseConditions(String(options.conditions), arch.depth);
  io.err(`deeplin counterexample: widths (${arch.widths.join(',')}), seed ${seed}`);
  const display = startLongRun(io, { interrupt: false }); // synchronous: Ctrl-C keeps killing the process
  let result;
  try {
    result = findCounterexample(arch, {
      seed,
      prime,
      conditions,
      onProgress: (done, total, best) => display.within('', { phase: 'orbit combinations searched', done, total, note: `best rank(d delta o T) mod p = ${best}` }),
    });
  } finally {
    display.close();
  }
  if (result.status === 'not-found') {
    const summary = {
      status: 'not-found', seed, searched: result.searched, total: result.total, bestRestrictedRankModP: result.bestRestrictedRank,
      genericRankLowerBound: result.genericRankLowerBound, codomainDimension: result.codomainDimension,
    };
    if (options.json) printJson(io, summary);
    else io.out(`no counterexample on this subvariety: best restricted rank ${result.bestRestrictedRank} (exact mod p, a lower bound at random points) < codomain ${result.codomainDimension}; generic rank >= ${result.genericRankLowerBound}. Searched ${result.searched}/${result.total} combinations.`);
    return 1;
  }
  writeOutputJson('counterexample', 'out', options.out, result.witness);
  const c = result.witness.claims;
  if (options.json) {
    printJson(io, { status: 'found', seed, witness: options.out, claims: c, searched: result.searched, seconds: result.seconds });
  } else {
    io.out(`found after ${result.searched} orbit combinations (${result.seconds.toFixed(2)} s)`);
    io.out(`restricted dimension ${c.restrictedDimension} (exact rank over Q at the witness point) = generic dimension ${c.genericDimension} = codomain ${c.codomainDimension}`);
    io.out(`witness written to ${options.out}; re-check with: npx deeplin check ${options.out}`);
  }
  return 0;
}

function parseConditions(text: string, depth: number): [number, number][] {
  return text.split(',').map((part) => {
    const m = /^\s*(\d+)\s*-\s*(\d+)\s*$/.exec(part);
    const a = m ? Number(m[1]) : NaN;
    const b = m ? Number(m[2]) : NaN;
    if (!m || a < 1 || b < a || b > depth) throw new ArgumentError('deeplin counterexample', '--conditions', part, `windows a-b with 1 <= a <= b <= ${depth}, comma-separated (e.g. 2-4,6-8)`);
    return [a, b];
  });
}
