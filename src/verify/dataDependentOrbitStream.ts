/**
 * The maximal data-dependent orbits a verify run evaluates, handed out one at
 * a time in the fail-fast order, so that a failing architecture stops
 * closure-testing at its first certified failure (issue #12).
 *
 * The same orbits in the same order as `dataDependentOrbits(…).evaluate`
 * (largest H-orbit first, then canonical text, one orbit of each reversed
 * pair for palindromic widths), obtained lazily: the distinct data-dependent
 * decompositions are generated first ({@link dataDependentCandidates}; its
 * size guard throws here, before anything is handed out), sorted by
 * {@link largestOrbitFirst} — a subsequence of a sorted list is sorted — and
 * only then closure-tested ({@link isMaximalDataDependent}, one orbit at a
 * time, no other orbit needed), each maximal one handed out at once. A
 * non-representative of a reversed pair is left out iff its reversal is a
 * maximal data-dependent orbit too (tested, not assumed), exactly as in
 * `dataDependentOrbits`. So orbit k of the stream is orbit k of the sorted
 * list: the same stream index ('data-dependent-orbit', k), the same
 * evaluations and witnesses.
 *
 * Why not a truly streaming generation (hand orbits out while generating)?
 * Measured while writing this (the bound is not kept): an upper bound for
 * the orbit dimension of each choice of strings through C — exact Hom terms
 * between those strings and the line part, plus the Euler form of the line
 * part — exceeds the largest orbit actually generated for EVERY choice
 * (width 2 depth 8: ≥ 24 vs 23; width 3 depth 7: ≥ 45 vs 43; width 4
 * depth 7: ≥ 80 vs 77; width 5 depth 7: ≥ 125 vs 120), so no orbit could be
 * handed out in order before the generation ended; and the generation order
 * itself puts the largest orbits late (width 4 depth 7: the first of
 * dimension 77 is the 3261st of 7355 candidates, and the first 60 maximal
 * ones in that order, of dimensions 67–73, reach ranks 43–56 only, below the
 * generic dimension 60, while the 3rd largest fails), so evaluating in
 * generation order wastes evaluations. Generation costs about as much as the closure tests; those,
 * and the sort of the whole maximal list, are what a failure now saves.
 *
 * `method(evaluated)` states the counts as they were when the first
 * `evaluated` orbits had been handed out (every `--jobs` hands out orbits in
 * batches, the counts in the note must not depend on it); once every orbit
 * was handed out and evaluated it is `dataDependentOrbits`' sentence.
 */
import type { Architecture } from '../model/architecture';
import type { OnProgress } from '../parallel/progress';
import { isReversalRepresentative, reverseCycleStrings } from '../quiver/cycleReversal';
import { cycleStringsToString, type CycleStringDecomposition } from '../quiver/cycleString';
import { dataDependentCandidates, isMaximalDataDependent } from '../quiver/maximalHessianCycleOrbits';
import { generatedDirectlyWords, largestOrbitFirst, reversalWords, usesReversal } from './dataDependentComponents';

export interface DataDependentOrbitStream {
  /** The orbits to evaluate, in evaluation order, closure-tested as they are asked for (one pass). */
  readonly orbits: Iterator<CycleStringDecomposition>;
  /** Decompositions generated and the distinct data-dependent orbits among them (known before the first orbit). */
  readonly generated: number;
  readonly dataDependent: number;
  /** The counts when the first `evaluated` orbits had been handed out (all of them: the final counts). */
  counts(evaluated: number): StreamCounts;
  /** How the evaluated orbits were found, for a run that evaluated the first `evaluated` of them (one sentence). */
  method(evaluated: number): string;
}

export interface StreamCounts {
  /** Distinct data-dependent orbits closure-tested (largest first). */
  readonly tested: number;
  /** Maximal ones among them. */
  readonly maximal: number;
  /** Maximal ones left out as reversals of others. */
  readonly paired: number;
  /** Orbits handed out for evaluation. */
  readonly handedOut: number;
  /** True when every distinct data-dependent orbit was tested (the counts are final). */
  readonly complete: boolean;
}

/** The phase name of the stream's progress reports (one per closure test). */
export const STREAMED_CLOSURE_TESTS_PHASE = 'data-dependent orbits closure-tested, largest first (maximal ones evaluated at once)';

export function dataDependentOrbitStream(
  arch: Architecture,
  options: { readonly limit?: number; readonly onProgress?: OnProgress; readonly reversal?: boolean } = {},
): DataDependentOrbitStream {
  // the generation, in full (its size guard throws here)
  const run = dataDependentCandidates(arch.widths, { limit: options.limit, onProgress: options.onProgress }, 'maximalHessianCycleOrbits');
  const candidates: CycleStringDecomposition[] = [];
  let next = run.next();
  for (; !next.done; next = run.next()) candidates.push(next.value);
  const { generated } = next.value;
  const ordered = largestOrbitFirst(candidates);
  const reversal = usesReversal(arch, options.reversal !== false);
  const keys = new Set(candidates.map(cycleStringsToString));
  const maximality = new Map<string, boolean>();
  const isMaximal = (d: CycleStringDecomposition): boolean => {
    const key = cycleStringsToString(d);
    let m = maximality.get(key);
    if (m === undefined) maximality.set(key, (m = isMaximalDataDependent(d)));
    return m;
  };
  const current = { tested: 0, maximal: 0, paired: 0, handedOut: 0, complete: false };
  const atHandOut: StreamCounts[] = []; // the counts when orbit k was handed out

  function* orbits(): Generator<CycleStringDecomposition> {
    for (const d of ordered) {
      current.tested++;
      const maximal = isMaximal(d);
      options.onProgress?.({ phase: STREAMED_CLOSURE_TESTS_PHASE, done: current.tested, total: ordered.length, note: `${current.handedOut + (maximal ? 1 : 0)} to evaluate so far` });
      if (!maximal) continue;
      current.maximal++;
      if (reversal && !isReversalRepresentative(d)) {
        // left out iff its reversal is a maximal data-dependent orbit too (then that one is, or was, handed out)
        const rev = reverseCycleStrings(d);
        if (keys.has(cycleStringsToString(rev)) && isMaximal(rev)) {
          current.paired++;
          continue;
        }
      }
      current.handedOut++;
      atHandOut.push({ ...current });
      yield d;
    }
    current.complete = true;
  }

  const counts = (evaluated: number): StreamCounts => {
    if (current.complete && evaluated >= current.handedOut) return { ...current };
    if (evaluated <= 0) return { tested: 0, maximal: 0, paired: 0, handedOut: 0, complete: false };
    return atHandOut[Math.min(evaluated, atHandOut.length) - 1];
  };
  return {
    orbits: orbits(),
    generated,
    dataDependent: candidates.length,
    counts,
    method: (evaluated) => {
      const c = counts(evaluated);
      if (c.complete) return `${generatedDirectlyWords({ maximal: c.maximal, generated, dataDependent: candidates.length, paired: c.paired })}; ${c.handedOut} to evaluate, largest orbit first`;
      return (
        `${c.maximal} maximal string orbits among the ${c.tested} largest of ${candidates.length} distinct data-dependent (generated directly: ${generated} decompositions; ` +
        `closure-tested largest orbit first, the rest not needed)${reversalWords(c.paired)}; the first ${c.handedOut} evaluated, largest orbit first`
      );
    },
  };
}
