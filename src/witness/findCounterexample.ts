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
import type { Matrix } from '../algebra/matrix';
import { matMul, matTranspose } from '../algebra/matrix';
import { DEFAULT_PRIMES } from '../algebra/primeField';
import { rankModP } from '../algebra/rankModP';
import { rankOverQ } from '../algebra/rankOverQ';
import { rational, ratToString, type Rational } from '../algebra/rational';
import { QQ } from '../algebra/rationalField';
import { restrictedDeltaJacobian } from '../dimension/restrictedDeltaJacobian';
import { ArgumentError } from '../errors';
import { conditionsImplyHessianVariety } from '../hessian/conditionsImplyHessianVariety';
import { directHessianTest } from '../hessian/directHessianTest';
import { type Architecture, deltaCodomainDimension } from '../model/architecture';
import { deltaJacobian } from '../model/deltaJacobian';
import { layerProduct } from '../model/layerProduct';
import { Rng } from '../random';
import { decompositionOfPoint } from '../quiver/decompositionOfPoint';
import { maximalDecompositions } from '../quiver/degenerationOrder';
import { enumerateDecompositions } from '../quiver/enumerateDecompositions';
import { decompositionToString, orbitDimension, type IntervalDecomposition } from '../quiver/intervalDecomposition';
import { orbitPoint } from '../quiver/orbitPoint';
import { talkConditions } from './talkConditions';
import { WITNESS_KIND, type WitnessJson } from './witnessFormat';

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

interface Block {
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
  const genericRankLowerBound = rankModP(deltaJacobian(QQ, randomPoint(arch, rng, 1000)), prime).rank;

  let best = -1;
  let searched = 0;
  const exhaustive = total <= maxCombinations;
  const budget = exhaustive ? total : maxCombinations;
  for (let c = 0; c < budget; c++) {
    const choice = exhaustive ? mixedRadix(c, blocks) : blocks.map((b) => rng.int(0, b.orbits.length - 1));
    const point = assemble(arch, blocks, choice, rng, 1000);
    const r = rankModP(restrictedDeltaJacobian(QQ, point), prime).rank;
    searched++;
    best = Math.max(best, r);
    if (options.onProgress && (searched % 50 === 0 || r === codomain)) options.onProgress(searched, budget, best);
    if (r === codomain) {
      const witness = certify(arch, blocks, choice, conditions, rng, prime, { seed, searched, total, exhaustive });
      if (witness) return { status: 'found', witness, searched, seconds: (Date.now() - t0) / 1000 };
    }
  }
  return { status: 'not-found', bestRestrictedRank: best, codomainDimension: codomain, genericRankLowerBound, searched, total, seconds: (Date.now() - t0) / 1000 };
}

function makeBlocks(arch: Architecture, conditions: readonly (readonly [number, number])[]): Block[] {
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

function mixedRadix(c: number, blocks: readonly Block[]): number[] {
  return blocks.map((b) => {
    const digit = c % b.orbits.length;
    c = Math.floor(c / b.orbits.length);
    return digit;
  });
}

function randomMatrix(rows: number, cols: number, rng: Rng, bound: number): Rational[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => rational(rng.int(-bound, bound))));
}

function randomPoint(arch: Architecture, rng: Rng, bound: number): Matrix<Rational>[] {
  return arch.widths.slice(1).map((d, i) => randomMatrix(d, arch.widths[i], rng, bound));
}

/** Free layers random; each block's layers from a random point of the chosen local orbit. */
function assemble(arch: Architecture, blocks: readonly Block[], choice: readonly number[], rng: Rng, bound: number): Matrix<Rational>[] {
  const point = randomPoint(arch, rng, bound);
  blocks.forEach((b, i) => {
    const local = orbitPoint(b.orbits[choice[i]], rng, bound).point;
    local.forEach((W, j) => {
      point[b.first - 1 + j] = W;
    });
  });
  return point;
}

function certify(
  arch: Architecture,
  blocks: readonly Block[],
  choice: readonly number[],
  conditions: readonly (readonly [number, number])[],
  rng: Rng,
  prime: number,
  search: { seed: number; searched: number; total: number; exhaustive: boolean },
): WitnessJson | undefined {
  const codomain = deltaCodomainDimension(arch);
  // small integers make a readable witness; grow the range only if needed
  for (const bound of [2, 3, 5, 10, 100, 1000]) {
    for (let attempt = 0; attempt < 10; attempt++) {
      const point = assemble(arch, blocks, choice, rng, bound);
      if (rankModP(restrictedDeltaJacobian(QQ, point), prime).rank !== codomain) continue;
      if (!conditions.every(([a, b]) => layerProduct(QQ, point, a, b).every((row) => row.every((x) => x.num === 0n)))) continue;
      const { X, Y } = randomData(arch, rng);
      const direct = directHessianTest(QQ, point, X, Y);
      if (!direct.holds) return undefined; // cannot happen when the windows imply A_H; refuse to emit a false witness
      const restricted = rankOverQ(restrictedDeltaJacobian(QQ, point));
      if (restricted !== codomain) continue;
      const dec = decompositionOfPoint(point);
      const str = (m: Matrix<Rational>): string[][] => m.map((row) => row.map(ratToString));
      const widths = arch.widths.join(', ');
      return {
        kind: WITNESS_KIND,
        version: 1,
        statement:
          `Counterexample to the main conjecture for widths (${widths}), depth ${arch.depth}: the point lies in A_H for the data X, Y ` +
          `(gradient and full Hessian of L vanish exactly), and so does its whole G-orbit (the listed products vanish on the orbit and ` +
          `imply the Hessian-variety conditions for all data). rank(d delta o T) at the point is ${restricted} over Q, T the orbit ` +
          `tangent map; this equals the codomain dimension ${codomain}, an upper bound for the generic dimension. Hence ` +
          `dim cl delta(A_H) = dim cl delta(parameter space) = ${codomain}.`,
        widths: [...arch.widths],
        data: { X: str(X), Y: str(Y) },
        point: point.map(str),
        conditions: conditions.map(([a, b]) => [a, b]),
        claims: { genericDimension: codomain, restrictedDimension: restricted, codomainDimension: codomain },
        orbit: { intervals: dec.intervals.map(([s, t]) => [s, t]), dimension: orbitDimension(dec) },
        evidence: {
          coverage: 'a subvariety of the data-independent part of A_H (a subvariety suffices for a counterexample)',
          genericDimensionMethod: 'lower bound: restricted rank over Q (fraction-free Bareiss); upper bound: codomain dimension',
          restrictedDimensionMethod: 'exact rank over Q of d delta o T at the point (also equal mod p during the search)',
          searchPrime: prime,
          seed: search.seed,
          combinationsSearched: search.searched,
          combinationsTotal: search.total,
          searchMode: search.exhaustive ? 'exhaustive over products of maximal local orbits' : 'seeded random sample',
          localOrbits: blocks.map((b, i) => ({ layers: [b.first, b.last], orbit: decompositionToString(b.orbits[choice[i]]) })),
        },
        recheck: 'npx deeplin check FILE   (or: M2 --script FILE.m2)',
      };
    }
  }
  return undefined;
}

function randomData(arch: Architecture, rng: Rng): { X: Rational[][]; Y: Rational[][] } {
  const d0 = arch.widths[0];
  const dN = arch.widths[arch.depth];
  const m = Math.max(d0, dN) + 1;
  for (;;) {
    const X = randomMatrix(d0, m, rng, 3);
    const Y = randomMatrix(dN, m, rng, 3);
    if (rankOverQ(X) === d0 && rankOverQ(matMul(QQ, X, matTranspose(Y))) === Math.min(d0, dN)) return { X, Y };
  }
}
