/**
 * Searches a subvariety V ⊂ A_H cut out by vanishing products (default: the
 * talk's A) for a point where δ restricted to the orbit is as large as δ on
 * the whole space, and returns an exact, self-contained witness.
 *
 * Method (MATH §4). V is G-invariant, so it is a finite union of orbits and
 * its components are orbit closures. When the windows group into
 * layer-disjoint blocks, V is a product: free layers × the block varieties,
 * and each block's components are its maximal local orbits (degeneration
 * order). For each combination of maximal local orbits we take a random
 * point (random gauges, random free layers, seeded) and compute
 * rank(dδ ∘ T) mod p, where T is the tangent map of the global G-orbit. A
 * rank equal to the codomain dimension proves dim cl δ(V) = codomain ≥
 * generic dimension, i.e. the conjecture fails. The witness point is then
 * re-drawn with small integers and everything is re-verified exactly over Q
 * (conditions, gradient and full Hessian, ranks).
 *
 * @example
 * ```ts
 * import { uniformArchitecture, findCounterexample } from 'deeplin';
 * // W_1 = W_4 = W_3 W_2 = 0 lies in A_H for depth 4, but the trace lemma caps δ's image there
 * const r = findCounterexample(uniformArchitecture(4, 2), { seed: 1, conditions: [[1, 1], [4, 4], [2, 3]] });
 * r.status; // "not-found"
 * ```
 */
import { DEFAULT_PRIMES, primeField } from '../algebra/primeField';
import { rational } from '../algebra/rational';
import { QQ } from '../algebra/rationalField';
import { deltaRankModP } from '../dimension/deltaRankModP';
import { ArgumentError } from '../errors';
import { conditionsImplyHessianVariety } from '../hessianVariety/conditionsImplyHessianVariety';
import { type Architecture, deltaCodomainDimension } from '../model/architecture';
import { Rng } from '../random';
import { maximalDecompositions } from '../quiver/degenerationOrder';
import { enumerateDecompositions } from '../quiver/enumerateDecompositions';
import { decompositionToString, type IntervalDecomposition } from '../quiver/intervalDecomposition';
import { type Block, componentPoint } from '../quiver/componentPoint';
import { talkConditions } from './talkConditions';
import { witnessFromSampler } from './witnessFromSampler';
import type { WitnessJson } from './witnessFormat';

export interface FindCounterexampleOptions {
  /** Windows [a, b] (W_b ⋯ W_a = 0) defining V; default the talk's A. */
  readonly conditions?: readonly (readonly [number, number])[];
  readonly seed?: number;
  /** Prime for the search ranks (default 2^31 − 1). */
  readonly prime?: number;
  /** Most orbit combinations to try (default 20000); beyond, a seeded random sample. */
  readonly maxCombinations?: number;
  readonly onProgress?: (done: number, total: number, best: number) => void;
}

export type FindCounterexampleResult =
  | { readonly status: 'found'; readonly witness: WitnessJson; readonly searched: number; readonly seconds: number }
  | {
      readonly status: 'not-found';
      /** Largest rank(dδ∘T) mod p seen (a lower bound for dim cl δ(V)). */
      readonly bestRestrictedRank: number;
      readonly codomainDimension: number;
      /** rank of dδ mod p at a random point: a lower bound for the generic dimension. */
      readonly genericRankLowerBound: number;
      readonly searched: number;
      readonly total: number;
      readonly seconds: number;
    };

interface LocalBlocks {
  readonly first: number; // first layer
  readonly last: number; // last layer
  readonly orbits: IntervalDecomposition[]; // maximal local orbits, local vertices 0..last-first+1
}

export function findCounterexample(arch: Architecture, options: FindCounterexampleOptions = {}): FindCounterexampleResult {
  const t0 = Date.now();
  const N = arch.depth;
  const seed = options.seed ?? 1;
  const prime = options.prime ?? DEFAULT_PRIMES[0];
  const maxCombinations = options.maxCombinations ?? 20000;
  const conditions = options.conditions ?? (N >= 4 ? talkConditions(N) : []);
  if (conditions.length === 0) throw new ArgumentError('findCounterexample', 'conditions', [], 'at least one window [a, b] (the talk\'s A needs depth >= 4)');
  const implied = conditionsImplyHessianVariety(N, conditions);
  if (!implied.holds) {
    throw new ArgumentError('findCounterexample', 'conditions', conditions, `windows whose vanishing implies the Hessian-variety conditions (${implied.failures[0]})`);
  }
  const blocks = makeBlocks(arch, conditions);
  const total = blocks.reduce((n, b) => n * b.orbits.length, 1);
  const rng = new Rng(seed);
  const codomain = deltaCodomainDimension(arch);
  const F = primeField(prime);
  const randomF = (): number => rng.int(0, prime - 1);
  const genericRankLowerBound = deltaRankModP(componentPoint(F, arch, [], randomF), prime);

  let best = -1;
  let searched = 0;
  const exhaustive = total <= maxCombinations;
  const budget = exhaustive ? total : maxCombinations;
  for (let c = 0; c < budget; c++) {
    const choice = exhaustive ? mixedRadix(c, blocks) : blocks.map((b) => rng.int(0, b.orbits.length - 1));
    const r = deltaRankModP(componentPoint(F, arch, chosen(blocks, choice), randomF), prime, { orbit: true });
    searched++;
    best = Math.max(best, r);
    if (options.onProgress && (searched % 50 === 0 || r === codomain)) options.onProgress(searched, budget, best);
    if (r === codomain) {
      const witness = witnessFromSampler(
        arch,
        (bound) => componentPoint(QQ, arch, chosen(blocks, choice), () => rational(rng.int(-bound, bound))),
        conditions,
        codomain,
        rng,
        {
          searchPrime: prime,
          seed,
          combinationsSearched: searched,
          combinationsTotal: total,
          searchMode: exhaustive ? 'exhaustive over products of maximal local orbits' : 'seeded random sample',
          localOrbits: blocks.map((b, i) => ({ layers: [b.first, b.last], orbit: decompositionToString(b.orbits[choice[i]]) })),
        },
      );
      if (witness) return { status: 'found', witness, searched, seconds: (Date.now() - t0) / 1000 };
    }
  }
  return { status: 'not-found', bestRestrictedRank: best, codomainDimension: codomain, genericRankLowerBound, searched, total, seconds: (Date.now() - t0) / 1000 };
}

function makeBlocks(arch: Architecture, conditions: readonly (readonly [number, number])[]): LocalBlocks[] {
  const sorted = [...conditions].sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const [a, b] of sorted) {
    const lastBlock = merged[merged.length - 1];
    if (lastBlock && a <= lastBlock[1]) lastBlock[1] = Math.max(lastBlock[1], b);
    else merged.push([a, b]);
  }
  return merged.map(([first, last]) => {
    const widths = arch.widths.slice(first - 1, last + 1);
    const local = conditions.filter(([a, b]) => a >= first && b <= last).map(([a, b]) => [a - first + 1, b - first + 1]);
    const all = [...enumerateDecompositions(widths, local)];
    return { first, last, orbits: maximalDecompositions(all) };
  });
}

function mixedRadix(c: number, blocks: readonly LocalBlocks[]): number[] {
  return blocks.map((b) => {
    const digit = c % b.orbits.length;
    c = Math.floor(c / b.orbits.length);
    return digit;
  });
}

function chosen(blocks: readonly LocalBlocks[], choice: readonly number[]): Block[] {
  return blocks.map((b, i) => ({ first: b.first, last: b.last, orbit: b.orbits[choice[i]] }));
}
