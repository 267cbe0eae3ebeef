/**
 * `deeplin delta-dim`: the exact generic dimension of the image of δ on the
 * whole parameter space (or on one orbit in A_H), by the structured path.
 */
import { DEFAULT_PRIMES, primeField } from '../../algebra/primeField';
import { deltaRankModP } from '../../dimension/deltaRankModP';
import { ArgumentError } from '../../errors';
import { deltaWorkMemory } from '../../limits/deltaWorkMemory';
import { decompositionToString, orbitDimension } from '../../quiver/intervalDecomposition';
import { genericDimension } from '../../verify/genericDimension';
import { seededPatternOrbitPoint } from '../../verify/patternOrbitPoint';
import { architectureFromOptions } from '../architectureOptions';
import type { CommandIO } from '../commandIO';
import { integerOption, parseArgs } from '../parseArgs';
import { printJson, seedOption } from '../commonOptions';

export const deltaDimHelp = `deeplin delta-dim --depth N --width w | --widths d0,...,dN [--orbit n,l] [--prime p] [--seed S] [--json]

Exact generic dimension of the image of delta on the whole parameter space:
the rank of d delta mod p at a seeded random point (a certified lower bound),
computed on the banded Jacobian (row block i touches only W_i, W_(i+1)), and
the determinantal upper bound; when they meet the value is exact. With
--orbit n,l: the dimension of delta on a seeded random orbit of the component
W_n...W_1 = 0, W_(l-1)...W_(n+1) = 0, W_N...W_l = 0 of A_H (rank of
d delta o T, Monte-Carlo upper bound with its failure probability).
No float rank is computed: at these sizes the exact path replaces it.

Example:
  npx deeplin delta-dim --depth 128 --width 8 --json`;

export function deltaDimCommand(argv: readonly string[], io: CommandIO): number {
  const { options } = parseArgs('delta-dim', argv, { depth: 'string', width: 'string', widths: 'string', orbit: 'string', prime: 'string', seed: 'string', json: 'boolean' });
  // refused before allocating when the banded Jacobian(s) would not fit (the shared memory budget)
  const work = typeof options.orbit === 'string' ? 'banded-delta-orbit' : 'banded-delta';
  const arch = architectureFromOptions('delta-dim', options, work);
  const seed = seedOption('delta-dim', options);
  const prime = integerOption('delta-dim', 'prime', options.prime, 2, 2 ** 31 - 1) ?? DEFAULT_PRIMES[0];
  primeField(prime); // refuses non-primes with a one-line error
  let pattern: [number, number] | null = null;
  if (typeof options.orbit === 'string') {
    const m = /^\s*(\d+)\s*,\s*(\d+)\s*$/.exec(options.orbit);
    const N = arch.depth;
    if (!m || Number(m[1]) < 1 || Number(m[2]) < Number(m[1]) + 2 || Number(m[2]) > N) {
      throw new ArgumentError('deeplin delta-dim', '--orbit', options.orbit, `n,l with 1 <= n and n + 2 <= l <= N = ${N}`);
    }
    pattern = [Number(m[1]), Number(m[2])];
  }
  const bytes = deltaWorkMemory(arch, work).bytes;
  const t0 = process.hrtime.bigint();
  const G = genericDimension(arch, seed, prime);
  let orbitResult: Record<string, unknown> | null = null;
  if (pattern) {
    const { orbit, point } = seededPatternOrbitPoint(arch, pattern[0], pattern[1], seed, prime);
    const r = deltaRankModP(point, prime, { orbit: true });
    const dim = orbitDimension(orbit);
    const dMax = Math.max(...arch.widths);
    orbitResult = {
      pattern: { n: pattern[0], l: pattern[1] },
      orbit: decompositionToString(orbit),
      orbitDimension: dim,
      restrictedDimension: r,
      failureProbability: Math.min(1, (2 * dMax * Math.min(dim, G.upperBound)) / prime),
      method: `rank of d delta o T (orbit tangents) mod ${prime} at a random point of the orbit (banded elimination): certified lower bound; equality is Monte-Carlo (Schwartz-Zippel, minor degree <= 2 d_max rank)`,
    };
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const failureProbability = G.exact ? 0 : Math.min(1, G.upperBound / prime);
  const result = {
    genericDimension: G.value,
    exact: G.exact,
    lowerBound: G.lowerBound,
    upperBound: G.upperBound,
    failureProbability,
    method: G.exact
      ? `exact: rank of d delta mod ${prime} at a seeded random point (banded elimination; certified lower bound) = determinantal upper bound`
      : `rank of d delta mod ${prime} at a seeded random point (banded elimination; certified lower bound); below the determinantal bound ${G.upperBound}, so equality is Monte-Carlo with failure probability <= ${failureProbability.toExponential(2)}`,
    prime,
    seed,
    seconds,
    widths: [...arch.widths],
    floatRank: { status: 'not-computed', reason: 'the exact banded rank replaces a float SVD at this size (a dense SVD would cost O(rows * cols * rank))' },
    estimatedBytes: bytes,
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    ...(orbitResult ? { orbit: orbitResult } : {}),
  };
  if (options.json) {
    printJson(io, result);
    return 0;
  }
  io.out(`generic dimension of delta for widths (${arch.depth + 1} entries, depth ${arch.depth}): ${G.value} (${G.exact ? 'exact' : `lower bound; upper ${G.upperBound}`})`);
  io.out(`  ${result.method}`);
  if (orbitResult) io.out(`on the orbit ${String(orbitResult.orbit).slice(0, 120)}${String(orbitResult.orbit).length > 120 ? '...' : ''} (dimension ${orbitResult.orbitDimension}): ${orbitResult.restrictedDimension}\n  ${orbitResult.method}`);
  io.out(`seed ${seed}, prime ${prime}, ${seconds.toFixed(3)} s, peak RSS ${result.peakRssMB} MB`);
  return 0;
}
