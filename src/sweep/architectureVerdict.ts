/**
 * One architecture's verdict as plain JSON: the unit of work of `deeplin
 * sweep` and of the parallel `deeplin search` (the worker job
 * `verify-architecture`). A pure function of its input, so it gives the same
 * answer in a worker thread as in-process.
 */
import { architecture } from '../model/architecture';
import { defineJob } from '../parallel/job';
import type { OnProgress } from '../parallel/progress';
import { verifyArchitecture, type VerifyResult } from '../verify/verifyArchitecture';
import type { WitnessJson } from '../witness/witnessFormat';

/** What {@link architectureVerdict} verifies: widths d_0..d_N, the seed and the coverage. */
export interface ArchitectureJob {
  readonly widths: readonly number[];
  readonly seed: number;
  readonly coverage: 'full' | 'data-independent';
  /** Size guard of the data-dependent part's cycle-string enumeration (default: verify's). */
  readonly cycleStringLimit?: number;
}

/**
 * A sweep result entry (the `results[]` of a `deeplin/sweep` file): the fields
 * of {@link verifyArchitecture}'s result a table needs, and the witness of a
 * failure inline, so a (merged) sweep file is self-contained.
 */
export interface SweepEntry {
  readonly widths: readonly number[];
  readonly depth: number;
  readonly verdict: VerifyResult['verdict'];
  readonly coverage: VerifyResult['coverage'];
  /** Maximal restricted dimension over the components (certified lower bound). */
  readonly restrictedDimension: number;
  readonly genericDimension: number;
  readonly genericExact: boolean;
  /** Components of A_H evaluated. */
  readonly components: number;
  /** Monte-Carlo failure probability of the upper bound (union over components). */
  readonly failureProbability: number;
  readonly witness: WitnessJson | null;
}

/** A {@link SweepEntry} and the wall time it took (kept out of sweep results, which must be reproducible byte for byte). */
export interface ArchitectureVerdict extends SweepEntry {
  readonly seconds: number;
}

/**
 * Verifies one architecture ({@link verifyArchitecture}) and returns its
 * verdict as JSON (fields in a fixed order); `onProgress` hears the verify run's phases.
 */
export function architectureVerdict(input: ArchitectureJob, onProgress?: OnProgress): ArchitectureVerdict {
  const r = verifyArchitecture(architecture(input.widths), { seed: input.seed, coverage: input.coverage, cycleStringLimit: input.cycleStringLimit, onProgress });
  return {
    ...sweepEntry({
      widths: [...input.widths],
      depth: input.widths.length - 1,
      verdict: r.verdict,
      coverage: r.coverage,
      restrictedDimension: r.restrictedDimension.lowerBound,
      genericDimension: r.genericDimension.value,
      genericExact: r.genericDimension.exact,
      components: r.orbitCount,
      failureProbability: r.restrictedDimension.failureProbability,
      witness: r.witness,
    }),
    seconds: r.seconds,
  };
}

/**
 * The entry with its fields in the canonical order (drops anything else, e.g.
 * `seconds`), so equal entries serialise to equal bytes.
 */
export function sweepEntry(v: SweepEntry): SweepEntry {
  return {
    widths: v.widths,
    depth: v.depth,
    verdict: v.verdict,
    coverage: v.coverage,
    restrictedDimension: v.restrictedDimension,
    genericDimension: v.genericDimension,
    genericExact: v.genericExact,
    components: v.components,
    failureProbability: v.failureProbability,
    witness: v.witness,
  };
}

/** {@link architectureVerdict} as a worker-pool job: `deeplin sweep` and `deeplin search --jobs`. */
export const architectureVerdictJob = defineJob(__filename, 'verify-architecture', architectureVerdict);
