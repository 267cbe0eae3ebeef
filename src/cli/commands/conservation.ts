/**
 * `deeplin conservation`: the number of independent conservation laws of
 * gradient flow for all data, and whether δ gives them all (src/conservation).
 */
import { DEFAULT_PRIMES, isPrime, MAX_PRIME } from '../../algebra/primeField';
import { ArgumentError } from '../../errors';
import { bytesPerTerm, conservationMemory } from '../../conservation/conservationMemory';
import { conservationLaws } from '../../conservation/conservationLaws';
import { memoryBudget } from '../../limits/memoryBudget';
import { parameterCount } from '../../model/architecture';
import { architectureFromOptions } from '../architectureOptions';
import type { CommandIO } from '../commandIO';
import { printJson, seedOption } from '../commonOptions';
import { LOG_INTERVAL_MS } from '../progressTicker';
import { integerOption, parseArgs } from '../parseArgs';

export const conservationHelp = `deeplin conservation --widths d0,...,dN | --depth N --width w [--seed S] [--prime p] [--max-degree k] [--max-brackets B] [--json]

Counts the independent conservation laws of gradient flow for all data:
laws = D - dim Lie(V_phi), V_phi spanned by the gradients of the entries of
W_N...W_1, closed under Lie brackets (Marcotte-Gribonval-Peyre 2023), and
compares them with the laws delta gives (the exact generic rank of d delta).
dim Lie is bounded below exactly (rank mod p of bracket fields at a seeded
random point), so laws <= D - that rank; delta's rank and polynomial laws
found over Q bound laws below. Equal bounds: exact. Otherwise a frame closed
under brackets with the generators gives dim Lie (Monte-Carlo, failure
probability printed), else "undetermined" (exit 3). When the counts differ,
polynomial laws of degree <= k (default 4; 0 skips) are searched exactly.
Exit: 0 decided, 3 undetermined, 2 bad input.

Example:
  npx deeplin conservation --widths 1,2,2,1`;

export function conservationCommand(argv: readonly string[], io: CommandIO): number {
  const { options } = parseArgs('conservation', argv, {
    depth: 'string', width: 'string', widths: 'string', seed: 'string', prime: 'string', 'max-degree': 'string', 'max-brackets': 'string', json: 'boolean',
  });
  const budget = memoryBudget();
  // the frame may hold as many terms as fit in a quarter of the budget (at most 2e6)
  const frameTerms = (widths: readonly number[]): number => {
    const D = widths.slice(1).reduce((s, w, i) => s + w * widths[i], 0);
    return Math.min(2_000_000, Math.floor(budget.bytes / 4 / bytesPerTerm(D)));
  };
  const arch = architectureFromOptions('conservation', options, (a) => conservationMemory(a, frameTerms(a.widths)), budget);
  const seed = seedOption('conservation', options);
  const prime = integerOption('conservation', 'prime', options.prime, 2, 2 ** 31 - 1) ?? DEFAULT_PRIMES[0];
  if (!isPrime(prime)) throw new ArgumentError('deeplin conservation', '--prime', prime, `a prime in [2, ${MAX_PRIME}]`);
  const maxDegree = integerOption('conservation', 'max-degree', options['max-degree'], 0, 12) ?? 4;
  const maxBrackets = integerOption('conservation', 'max-brackets', options['max-brackets'], 0, 1_000_000) ?? 20_000;
  const t0 = Date.now();
  let shown = t0;
  const r = conservationLaws(arch, {
    seed, prime, maxDegree, maxBrackets, maxTerms: frameTerms(arch.widths),
    onBracket: (done, queued, rank) => {
      if (Date.now() - shown < (io.terminal ? 2000 : LOG_INTERVAL_MS)) return;
      shown = Date.now();
      io.progress(`deeplin conservation: ${done} brackets, ${queued} queued, rank ${rank} of ${parameterCount(arch)}, elapsed ${((shown - t0) / 1000).toFixed(0)} s`);
    },
  });
  const seconds = (Date.now() - t0) / 1000;
  if (options.json) {
    printJson(io, { ...r, seconds });
  } else {
    const laws = r.laws === null ? `between ${r.lawsLowerBound} and ${r.lawsUpperBound}` : String(r.laws);
    io.out(`widths (${r.widths.join(',')}): D = ${r.parameters} parameters, ${r.generators} generator field(s) grad phi_ab`);
    io.out(`  laws: ${laws} (${r.lawsStatus}${r.lawsStatus === 'monte-carlo' ? `, failure probability <= ${r.failureProbability.toExponential(2)}` : ''})`);
    io.out(`  delta gives: ${r.deltaLaws}${r.deltaLawsExact ? '' : ' (lower bound)'}`);
    io.out(`  complete: ${r.complete}`);
    if (r.polynomialLaws) {
      const byDegree = r.polynomialLaws.byDegree.map((b) => `${b.degree}: ${b.dimension === null ? 'skipped' : b.dimension}`).join(', ');
      io.out(`  polynomial laws over Q by degree (${byDegree}); independent with delta: ${r.polynomialLaws.independent}${r.polynomialLaws.independent < (r.laws ?? r.lawsUpperBound) ? ` < ${r.laws ?? r.lawsUpperBound}: no polynomial law of degree <= ${r.polynomialLaws.searchedDegree} accounts for the rest (rank at a random point: Monte-Carlo, failure probability <= ${r.polynomialLaws.independentFailureProbability.toExponential(2)})` : ''}`);
    }
    io.out(`  ${r.method}`);
    io.out(`seed ${seed}, prime ${prime}, ${r.lie.brackets} brackets, ${seconds.toFixed(2)} s`);
  }
  return r.complete === 'undetermined' ? 3 : 0;
}
