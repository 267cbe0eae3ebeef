/**
 * The maximal data-dependent orbits a verify run evaluates, handed out one at
 * a time while they are generated, in the fail-fast order, so that a failing
 * architecture stops generating and closure-testing at its first certified
 * failure (issue #12).
 *
 * The same orbits in the same order as `dataDependentOrbits(…).evaluate`
 * (largest H-orbit first, then canonical text, one orbit of each reversed
 * pair for palindromic widths). {@link dataDependentCandidates} generates the
 * choices of strings through C in decreasing order of the largest orbit
 * dimension they can give (exact, see maximalHessianCycleOrbits), so after
 * each choice every held orbit of dimension ABOVE the next choice's bound is
 * larger than anything still to come: those are sorted
 * ({@link largestOrbitFirst}), closure-tested ({@link isMaximalDataDependent},
 * one orbit at a time, no other orbit needed) and each maximal one handed
 * out — a prefix of the sorted list of every candidate, hence of its maximal
 * subsequence. A non-representative of a reversed pair is left out iff its
 * reversal is a maximal data-dependent orbit too (tested directly, not
 * assumed), as in `dataDependentOrbits`. So orbit k of the stream is orbit k
 * of the sorted list: the same stream index ('data-dependent-orbit', k), the
 * same evaluations and witnesses.
 *
 * The size guard of the generation throws (ArgumentError) from `next()` when
 * it is reached, possibly after some orbits were handed out.
 *
 * `counts(evaluated)` and `method(evaluated)` state the counts as they were
 * when the first `evaluated` orbits had been handed out (`--jobs` draws
 * orbits in rounds; the note must not depend on it); once every orbit was
 * handed out and evaluated, `method` is `dataDependentOrbits`' sentence.
 */
import type { Architecture } from '../model/architecture';
import type { OnProgress } from '../parallel/progress';
import { isReversalRepresentative, reverseCycleStrings } from '../quiver/cycleReversal';
import { stabilizerOrbitDimension } from '../quiver/cycleOrbitDimension';
import { cycleStringsToString, type CycleStringDecomposition } from '../quiver/cycleString';
import { cycleStringInHessianVariety } from '../quiver/cycleStringInHessianVariety';
import { dataDependentCandidates, isMaximalDataDependent } from '../quiver/maximalHessianCycleOrbits';
import { generatedDirectlyWords, largestOrbitFirst, reversalWords, usesReversal } from './dataDependentComponents';

export interface DataDependentOrbitStream {
  /** The orbits to evaluate, in evaluation order, generated and closure-tested as they are asked for (one pass). */
  readonly orbits: Iterator<CycleStringDecomposition>;
  /** The counts when the first `evaluated` orbits had been handed out (all of them: the final counts). */
  counts(evaluated: number): StreamCounts;
  /** How the evaluated orbits were found, for a run that evaluated the first `evaluated` of them (one sentence). */
  method(evaluated: number): string;
}

export interface StreamCounts {
  /** Decompositions generated, and the distinct data-dependent ones among them. */
  readonly generated: number;
  readonly dataDependent: number;
  /** Choices of strings through C generated, of those that can give decompositions. */
  readonly explored: number;
  readonly choices: number;
  /** Distinct data-dependent orbits closure-tested (largest first). */
  readonly tested: number;
  /** Maximal ones among them. */
  readonly maximal: number;
  /** Maximal ones left out as reversals of others. */
  readonly paired: number;
  /** Orbits handed out for evaluation. */
  readonly handedOut: number;
  /** True when the generation ended and every candidate was tested (the counts are final). */
  readonly complete: boolean;
}

const NOTHING: StreamCounts = { generated: 0, dataDependent: 0, explored: 0, choices: 0, tested: 0, maximal: 0, paired: 0, handedOut: 0, complete: false };

export function dataDependentOrbitStream(
  arch: Architecture,
  options: { readonly limit?: number; readonly onProgress?: OnProgress; readonly reversal?: boolean } = {},
): DataDependentOrbitStream {
  const run = dataDependentCandidates(arch.widths, { limit: options.limit, onProgress: options.onProgress }, 'maximalHessianCycleOrbits');
  const reversal = usesReversal(arch, options.reversal !== false);
  const maximality = new Map<string, boolean>();
  const isMaximal = (d: CycleStringDecomposition): boolean => {
    const key = cycleStringsToString(d);
    let m = maximality.get(key);
    if (m === undefined) maximality.set(key, (m = isMaximalDataDependent(d)));
    return m;
  };
  /** A maximal data-dependent orbit (the reversal of a non-representative is checked directly: in A_H, data-dependent, maximal). */
  const isMaximalDataDependentOrbit = (d: CycleStringDecomposition): boolean => {
    const h = cycleStringInHessianVariety(d);
    return h.holds && !h.dataIndependent && isMaximal(d);
  };
  let current: StreamCounts = NOTHING;
  const atHandOut: StreamCounts[] = []; // the counts when orbit k was handed out

  function* orbits(): Generator<CycleStringDecomposition> {
    const held = new Map<number, CycleStringDecomposition[]>(); // by H-orbit dimension
    for (;;) {
      const next = run.next();
      // every held orbit above the next choice's bound is larger than anything still to come
      const below = next.done ? -Infinity : next.value.bound;
      const ready: CycleStringDecomposition[] = [];
      for (const [dim, list] of held) {
        if (dim <= below) continue;
        ready.push(...list);
        held.delete(dim);
      }
      if (!next.done) {
        const { generated, explored, choices, candidates } = next.value;
        current = { ...current, generated, explored, choices, dataDependent: current.dataDependent + candidates.length };
      } else current = { ...current, generated: next.value.generated };
      for (const d of largestOrbitFirst(ready)) {
        current = { ...current, tested: current.tested + 1 };
        if (!isMaximal(d)) continue;
        current = { ...current, maximal: current.maximal + 1 };
        if (reversal && !isReversalRepresentative(d) && isMaximalDataDependentOrbit(reverseCycleStrings(d))) {
          current = { ...current, paired: current.paired + 1 }; // its reversal is, or was, handed out
          continue;
        }
        current = { ...current, handedOut: current.handedOut + 1 };
        atHandOut.push(current);
        yield d;
      }
      if (next.done) break;
      for (const d of next.value.candidates) {
        const dim = stabilizerOrbitDimension(d);
        const list = held.get(dim);
        if (list) list.push(d);
        else held.set(dim, [d]);
      }
    }
    current = { ...current, complete: true };
  }

  const counts = (evaluated: number): StreamCounts => {
    if (current.complete && evaluated >= current.handedOut) return current;
    if (evaluated <= 0 || atHandOut.length === 0) return NOTHING;
    return atHandOut[Math.min(evaluated, atHandOut.length) - 1];
  };
  return {
    orbits: orbits(),
    counts,
    method: (evaluated) => {
      const c = counts(evaluated);
      if (c.complete) return `${generatedDirectlyWords(c)}; ${c.handedOut} to evaluate, largest orbit first`;
      return (
        `${c.maximal} maximal string orbits among the ${c.tested} largest of ${c.dataDependent} distinct data-dependent so far (generated directly, largest orbit first: ` +
        `${c.generated} decompositions from ${c.explored} of ${c.choices} choices of strings through C; the rest not needed)${reversalWords(c.paired)}; the first ${c.handedOut} evaluated, largest orbit first`
      );
    },
  };
}
