/**
 * Evaluating one maximal data-dependent orbit of A_H (an orbit of the
 * stabiliser H of C), one seeded stream per orbit: everything drawn for
 * orbit k comes from `streamRng(seed, 'data-dependent-orbit', k)` — an exact
 * base point W⁰ ({@link cyclePoint}, small integers, C fixed), then, for each
 * prime, the parameters of the polynomial family ψ̃ through W⁰ uniformly from
 * [0, p) ({@link stabilizerRankModP}). So orbit k's result does not depend on
 * which orbits were evaluated before it, nor by which worker: `verify --jobs`
 * runs them in the pool (the `verify-data-dependent` job) with results
 * identical for every number of workers.
 *
 * The rank is a certified lower bound for dim cl δ(H·W⁰); as an upper bound
 * it fails with probability ≤ Π_p D/p (Schwartz–Zippel, D the minor degree of
 * {@link stabilizerMinorDegree}). The witness, when the rank reaches the
 * generic dimension, is built in the main thread ({@link dataDependentWitness}).
 */
import type { Matrix } from '../algebra/matrix';
import { parseRational, ratToString, type Rational } from '../algebra/rational';
import { type Architecture, architecture } from '../model/architecture';
import { defineJob } from '../parallel/job';
import { cyclePoint } from '../quiver/cyclePoint';
import { cycleStringDecomposition, cycleStringsToString, type CycleStringDecomposition } from '../quiver/cycleString';
import { type Rng, streamRng } from '../random';
import type { ComponentEvaluationCore } from './evaluateComponents';
import { stabilizerFamily, stabilizerRankModP, type StabilizerFamily } from './stabilizerRank';

/** The label of a data-dependent orbit in verify's output. */
export function dataDependentLabel(orbit: CycleStringDecomposition): string {
  return `data-dependent | ${cycleStringsToString(orbit)}`;
}

/** The exact base point W⁰ of orbit `index` and its family ψ̃ (the first draws of the orbit's stream; `rng` continues that stream). */
export function orbitFamilyAt(arch: Architecture, orbit: CycleStringDecomposition, index: number, C: Matrix<Rational>, seed: number): { readonly rng: Rng; readonly f: StabilizerFamily } {
  const rng = streamRng(seed, 'data-dependent-orbit', index);
  return { rng, f: stabilizerFamily(arch, cyclePoint(orbit, rng, { C })) };
}

/**
 * rank of dδ∘T_H at ψ̃(u) mod p for u uniform in [0, p)^n, one point per
 * prime, stopping once the rank reaches `stopAt`; failure probability
 * Π min(1, D/p) over the primes tried.
 */
export function evaluateDataDependentOrbit(
  arch: Architecture,
  orbit: CycleStringDecomposition,
  index: number,
  C: Matrix<Rational>,
  seed: number,
  primes: readonly number[],
  stopAt: number,
): ComponentEvaluationCore {
  const { rng, f } = orbitFamilyAt(arch, orbit, index, C, seed);
  const ranks: { prime: number; rank: number }[] = [];
  let dimension = 0;
  for (const p of primes) {
    const r = stabilizerRankModP(f, p, rng);
    ranks.push({ prime: p, rank: r.rank });
    dimension = Math.max(dimension, r.orbitDimension);
    if (r.rank >= stopAt) break;
  }
  const best = Math.max(...ranks.map((x) => x.rank));
  const failureProbability = ranks.reduce((prob, x) => prob * Math.min(1, f.degree / x.prime), 1);
  return { label: dataDependentLabel(orbit), dimension, conditions: [], lowerBound: best, upperBound: best, failureProbability, ranks };
}

/** Input of the `verify-data-dependent` job: consecutive maximal orbits first, first + 1, … (JSON). */
export interface DataDependentBatch {
  readonly widths: readonly number[];
  readonly seed: number;
  readonly primes: readonly number[];
  readonly stopAt: number;
  /** C = X Yᵀ, exact rationals as strings. */
  readonly C: readonly (readonly string[])[];
  readonly first: number;
  /** Each orbit as its strings [start, length]. */
  readonly orbits: readonly (readonly (readonly [number, number])[])[];
}

/** The orbits of a batch in the job's JSON form. */
export function dataDependentBatch(
  arch: Architecture,
  orbits: readonly CycleStringDecomposition[],
  first: number,
  C: Matrix<Rational>,
  setup: { readonly seed: number; readonly primes: readonly number[]; readonly stopAt: number },
): DataDependentBatch {
  return {
    widths: arch.widths, seed: setup.seed, primes: setup.primes, stopAt: setup.stopAt, first,
    C: C.map((row) => row.map(ratToString)),
    orbits: orbits.map((o) => o.strings.map(({ start, length }) => [start, length] as const)),
  };
}

/** The `verify-data-dependent` job: {@link evaluateDataDependentOrbit} on each orbit of the batch. */
export function evaluateDataDependentBatch(batch: DataDependentBatch): ComponentEvaluationCore[] {
  const arch = architecture(batch.widths);
  const C = batch.C.map((row) => row.map((x) => parseRational(x, 'evaluateDataDependentBatch')));
  return batch.orbits.map((strings, k) =>
    evaluateDataDependentOrbit(arch, cycleStringDecomposition(arch.depth, strings), batch.first + k, C, batch.seed, batch.primes, batch.stopAt),
  );
}

/** {@link evaluateDataDependentBatch} as a worker-pool job: `deeplin verify --jobs`. */
export const dataDependentBatchJob = defineJob(__filename, 'verify-data-dependent', evaluateDataDependentBatch);
