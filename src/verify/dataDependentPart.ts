/**
 * The data-dependent part of A_H in a verify run: for the given data (or
 * seeded generic data from the `data-dependent` stream), the maximal string
 * orbits of the cyclic quiver through C = X Yᵀ, each evaluated by ranks of
 * dδ∘T_H at random rational points on an orbit of the stabiliser H of C,
 * and, at a point reaching the generic dimension, an exact witness.
 * The orbits are evaluated lazily, in order, from one stream (so a run that
 * stops at a failure draws exactly what a full run draws up to there).
 */
import { matMul, matTranspose, type Matrix } from '../algebra/matrix';
import { ratToString, type Rational } from '../algebra/rational';
import { QQ } from '../algebra/rationalField';
import { ArgumentError } from '../errors';
import { type Architecture, deltaCodomainDimension } from '../model/architecture';
import { genericData } from '../model/genericData';
import { cycleStringsToString, type CycleStringDecomposition } from '../quiver/cycleString';
import type { CyclePoint } from '../quiver/cyclePoint';
import { type Rng, streamRng } from '../random';
import { checkWitness } from '../witness/checkWitness';
import { WITNESS_KIND, type WitnessJson } from '../witness/witnessFormat';
import { dataDependentOrbits, restrictedRankWithData } from './dataDependentComponents';
import type { GenericDimension } from './genericDimension';
import type { ComponentEvaluation, VerifySetup } from './verifyArchitecture';

/** The data-dependent part: coverage, and the maximal orbits' evaluations (lazy). */
export interface DataDependentPart {
  /** 'full' when the orbits were enumerated; 'data-independent' (with the reason in `note`) when the enumeration was refused. */
  readonly coverage: 'full' | 'data-independent';
  readonly note: string;
  readonly evaluations: Iterable<{ readonly evaluation: ComponentEvaluation; readonly at: CyclePoint }>;
}

/**
 * Enumerates the data-dependent orbits for `data` (default: seeded generic
 * data) and returns their evaluations as a lazy sequence, in the fail-fast
 * order of `dataDependentOrbits(…).evaluate`; `cycleStringLimit` is the
 * enumeration's size guard (above it: coverage 'data-independent'), `pruning`
 * chooses the algorithm (see dataDependentOrbits).
 */
export function dataDependentPart(
  arch: Architecture,
  setup: VerifySetup,
  data?: { readonly X: Matrix<Rational>; readonly Y: Matrix<Rational> },
  cycleStringLimit?: number,
  pruning?: 'maximal' | 'none',
): DataDependentPart {
  const rng = streamRng(setup.seed, 'data-dependent');
  const { X, Y } = data ?? genericData(arch, rng);
  const C = matMul(QQ, X, matTranspose(Y));
  try {
    // the reversal symmetry preserves restricted dimensions for generic data only: not for data the user gave
    const dd = dataDependentOrbits(arch, C, { maximal: true, limit: cycleStringLimit, pruning, reversal: data === undefined });
    return {
      coverage: 'full',
      note: `data-dependent part: ${dd.method}; ${dd.evaluate.length} to evaluate, largest orbit first, for ${data ? 'the given data' : 'seeded generic data'}, C = X Y^T, on orbits of the stabiliser H of C`,
      evaluations: (function* () {
        for (const orbit of dd.evaluate) yield evaluateDataDependent(arch, orbit, C, setup.primes, rng, setup.degree, setup.G.upperBound);
      })(),
    };
  } catch (e) {
    if (!(e instanceof ArgumentError)) throw e;
    return { coverage: 'data-independent', note: `data-dependent part NOT covered: ${e.message}`, evaluations: [] };
  }
}

/** One maximal data-dependent orbit: ranks of dδ∘T_H at random rational points (entries up to 10^6). */
function evaluateDataDependent(
  arch: Architecture,
  orbit: CycleStringDecomposition,
  C: Matrix<Rational>,
  primes: readonly number[],
  rng: Rng,
  degree: number,
  stopAt: number,
): { evaluation: ComponentEvaluation; at: CyclePoint } {
  const ranks: { prime: number; rank: number }[] = [];
  let at: CyclePoint | undefined;
  let bestRank = -1;
  let dimension = -1;
  for (const p of primes) {
    const r = restrictedRankWithData(arch, orbit, C, rng, p, 1_000_000);
    ranks.push({ prime: p, rank: r.rank });
    dimension = Math.max(dimension, r.orbitDimension);
    if (r.rank > bestRank) {
      bestRank = r.rank;
      at = r.at;
    }
    if (r.rank >= stopAt) break;
  }
  // heuristic: random integers of size 10^6 in a rational parametrisation (not a polynomial-degree bound)
  const failureProbability = ranks.reduce((prob) => prob * Math.min(1, degree / 2_000_001), 1);
  const label = `data-dependent | ${cycleStringsToString(orbit)}`;
  return {
    evaluation: { label, dimension, conditions: [], lowerBound: bestRank, upperBound: bestRank, failureProbability, ranks },
    at: at as CyclePoint,
  };
}


/** An exact witness from a data-dependent point (group: stabiliser of C); undefined unless it checks. */
export function stabilizerWitness(arch: Architecture, at: CyclePoint, G: GenericDimension, seed: number, label: string): WitnessJson | null {
  const str = (m: Matrix<Rational>): string[][] => m.map((row) => row.map(ratToString));
  const witness: WitnessJson = {
    kind: WITNESS_KIND,
    version: 1,
    group: 'stabilizer',
    statement:
      `Counterexample to the main conjecture for widths (${arch.widths.join(', ')}), depth ${arch.depth}, from the data-dependent part of A_H: ` +
      `the point lies in A_H for the data X, Y (gradient and full Hessian of L vanish exactly); A_H is invariant under the stabiliser H of ` +
      `C = X Y^T, so the whole H-orbit lies in A_H; rank(d delta o T_H) at the point equals the generic dimension ${G.value} (${G.method}).`,
    widths: [...arch.widths],
    data: { X: str(at.X), Y: str(at.Y) },
    point: at.point.map(str),
    conditions: [],
    claims: { genericDimension: G.value, restrictedDimension: G.value, codomainDimension: deltaCodomainDimension(arch) },
    evidence: { coverage: 'data-dependent part of A_H (an orbit of the stabiliser of C)', orbit: label, seed },
    recheck: 'npx deeplin check FILE',
  };
  return checkWitness(witness).ok ? witness : null;
}

