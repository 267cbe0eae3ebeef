/**
 * The maximal data-dependent string orbits of A_H (full-rank C), generated
 * directly instead of by enumerating every string decomposition and
 * comparing pairs.
 *
 * Structure used (each step a proved reduction):
 *
 * 1. Every string has at most N − 1 vertices. Condition 2 at (k, k+1) asks
 *    the path of N − 1 arrows from k + 1 (through C) to vanish, k = 1..N−1,
 *    and condition 1 at k = 1 and k = N asks the same from vertices 1 and 0:
 *    no string contains a path of N − 1 arrows. So a string passes the arrow
 *    C: N → 0 at most once, and exactly r = min(d_0, d_N) strings pass it
 *    (rank C = r): the crossing arcs (s, e), covering s..N and 0..e with
 *    (N − s + 1) + (e + 1) ≤ N − 1. The other strings are intervals of the
 *    line 0..N. A decomposition is the pair (crossing arcs A, line part).
 * 2. A path through C — the B_k C A_j of condition 2, the walk j..N,0..k−1 —
 *    is covered only by crossing arcs. So once A is chosen, condition 2 asks,
 *    for each pair (k, j), j ≥ k + 2, whose walk A covers, that no string
 *    covers k..j−1 (the window W_{j−1}⋯W_{k+1} = 0; if A covers it itself,
 *    A is rejected), and nothing for the other pairs. Condition 1 asks for
 *    some n < l that no string covers 0..n nor l−1..N; these windows only
 *    weaken as n grows and l falls, so A_H ∩ {crossing arcs A} is the union
 *    over n = 1..N−1 with l = n + 1 (A covering neither 0..n nor n..N) of the
 *    closed sets V(A, n) = {line parts avoiding those windows}.
 * 3. A line move inside V(A, n) (see {@link locallyMaximalDecompositions})
 *    is an upward move of the whole cycle decomposition that stays in A_H.
 *    So a decomposition that is maximal in the data-dependent part (no
 *    upward move lands in A_H, {@link maximalInClosedFamily}) has a line part
 *    that is locally maximal in V(A, n) for every valid n: only those line
 *    parts are generated.
 * 4. Each generated decomposition is re-checked against the theorem's
 *    conditions ({@link cycleStringInHessianVariety}; a failure would be a
 *    bug and throws), data-independent ones are dropped (they are the data-
 *    independent part's business), duplicates (the same orbit from several
 *    n) are dropped, and the rest is kept iff no single upward move lands in
 *    A_H — exactly the orbits that `maximalCycleDecompositions` keeps from
 *    the full list of data-dependent orbits (cycleDegeneration's file
 *    comment: A_H and its data-independent part are closed), so every
 *    dropped data-dependent orbit lies in the closure of a kept one.
 *
 * Step 4's test of one orbit needs no other orbit, so the generation
 * streams: {@link dataDependentCandidates} yields, choice of crossing arcs by
 * choice, the new distinct data-dependent decompositions,
 * {@link isMaximalDataDependent} is the test, and
 * {@link maximalHessianCycleOrbits} collects the maximal ones. The choices
 * come largest orbits first: each with the largest dimension of an H-orbit
 * of A_H with those crossing arcs (below), in decreasing order, so a
 * consumer knows, after each choice, that nothing still to come is larger —
 * a verify run hands its orbits out largest first without generating the
 * rest (verify/dataDependentOrbitStream).
 *
 * That largest dimension, exactly, without listing the line parts: with
 * M = (arcs) ⊕ (line part), dim H·M = Σ d_v² − d_0 d_N − dim End(M)
 * ({@link stabilizerOrbitDimension}), and dim End(M) sums dim Hom over
 * ordered pairs of strings ({@link cycleStringHomDimension}). Between an arc
 * U = (s, e) (s..N, C, 0..e) and a line interval V = [a, b]: Hom(U, V) ≠ 0
 * iff V contains U's top s (the rest of V then fits in U), Hom(V, U) ≠ 0 iff
 * a ≤ e ≤ b (U's tail from a cannot pass C, so a ≤ e, and must end inside
 * V), each of dimension 1; so the cross terms are Σ_U (ℓ_s + ℓ_e), ℓ = the
 * widths left to the line part, whatever the line part. What remains is
 * dim End(line part), least over the line parts avoiding the windows of some
 * valid n: {@link leastLineEndomorphism} (the line parts generated are among
 * those, so the value bounds every generated orbit; it is attained unless
 * the best ones are data-independent).
 *
 * `limit` bounds the number of decompositions generated (step 3's output);
 * beyond it an ArgumentError is thrown (the caller then reports the part as
 * not covered), never a silently shorter list.
 */
import type { OnProgress } from '../parallel/progress';
import { ArgumentError } from '../errors';
import { maximalInClosedFamily } from './cycleDegeneration';
import { cycleStringDecomposition, cycleStringsToString, type CycleStringDecomposition } from './cycleString';
import { cycleStringHomDimension } from './cycleOrbitDimension';
import { cycleStringInHessianVariety } from './cycleStringInHessianVariety';
import { leastLineEndomorphism } from './leastLineEndomorphism';
import { locallyMaximalDecompositions } from './locallyMaximalDecompositions';

export interface MaximalHessianCycleOrbits {
  /** The data-dependent orbits maximal under the moves (see the file comment), sorted by canonical text. */
  readonly maximal: CycleStringDecomposition[];
  /** Decompositions generated (crossing arcs × locally maximal line parts, over every n), before any filter. */
  readonly generated: number;
  /** Distinct data-dependent orbits among them (the list the maximality test ran on). */
  readonly dataDependent: number;
}

/** Default bound on the number of decompositions generated. */
export const DEFAULT_MAXIMAL_GENERATION_LIMIT = 5_000_000;

/** A choice of strings through C and the new distinct data-dependent decompositions it gives. */
export interface ArcChoiceCandidates {
  /** The largest H-orbit dimension of a decomposition in A_H with these strings through C (see the file comment): ≥ that of every candidate of this choice and of every later one. */
  readonly bound: number;
  readonly candidates: readonly CycleStringDecomposition[];
  /** Decompositions generated so far (this choice's included). */
  readonly generated: number;
  /** This is choice `explored` of `choices` (those that can give decompositions). */
  readonly explored: number;
  readonly choices: number;
}

/** Phase names of {@link maximalHessianCycleOrbits}'s progress reports. */
export const ARC_BOUNDS_PHASE = 'choices of strings through C bounded (largest orbit dimension)';
export const ARC_CHOICES_PHASE = 'choices of strings through C explored';
export const CLOSURE_TESTS_PHASE = 'maximal string orbits (closure tests)';

/** The options of {@link maximalHessianCycleOrbits} and {@link dataDependentCandidates}. */
export interface MaximalGenerationOptions {
  /** Bound on the number of decompositions generated (default {@link DEFAULT_MAXIMAL_GENERATION_LIMIT}). */
  readonly limit?: number;
  readonly onProgress?: OnProgress;
}

export function maximalHessianCycleOrbits(widths: readonly number[], options: MaximalGenerationOptions = {}): MaximalHessianCycleOrbits {
  const run = dataDependentCandidates(widths, options, 'maximalHessianCycleOrbits');
  const candidates: CycleStringDecomposition[] = [];
  let next = run.next();
  for (; !next.done; next = run.next()) candidates.push(...next.value.candidates);
  const maximal = candidates.filter((dec, k) => {
    const keep = isMaximalDataDependent(dec);
    options.onProgress?.({ phase: CLOSURE_TESTS_PHASE, done: k + 1, total: candidates.length });
    return keep;
  });
  const text = maximal.map(cycleStringsToString);
  const order = maximal.map((_, i) => i).sort((i, j) => (text[i] < text[j] ? -1 : text[i] > text[j] ? 1 : 0));
  return { maximal: order.map((i) => maximal[i]), generated: next.value.generated, dataDependent: candidates.length };
}

/** Step 4's closure test (see the file comment): no single upward move of the data-dependent orbit `dec` lands in A_H. */
export function isMaximalDataDependent(dec: CycleStringDecomposition): boolean {
  return maximalInClosedFamily(dec, (d) => cycleStringInHessianVariety(d).holds);
}

/**
 * Steps 1–3 and the first filters of step 4, streamed: for each choice of
 * strings through C that can give decompositions, largest bound first (then
 * in a fixed order), its new distinct data-dependent decompositions. The
 * arguments are checked at once; the bounds are computed at the first
 * `next()`, the limit is checked while generating (its ArgumentError then
 * comes from `next()`); the return value counts every decomposition
 * generated. `fn` names the caller in error messages.
 */
export function dataDependentCandidates(
  widths: readonly number[],
  options: MaximalGenerationOptions = {},
  fn = 'dataDependentCandidates',
): Generator<ArcChoiceCandidates, { readonly generated: number }> {
  if (!Array.isArray(widths) || widths.length < 3) throw new ArgumentError(fn, 'widths', widths, 'an array d_0..d_N with N >= 2');
  widths.forEach((d, i) => {
    if (!Number.isInteger(d) || d < 1 || d > 1000) throw new ArgumentError(fn, `widths[${i}]`, d, 'an integer in [1, 1000]');
  });
  const limit = options.limit ?? DEFAULT_MAXIMAL_GENERATION_LIMIT;
  if (typeof limit !== 'number' || !(limit >= 1)) throw new ArgumentError(fn, 'options.limit', limit, 'a number >= 1');
  return generateCandidates(widths, limit, options.onProgress, fn);
}

function* generateCandidates(widths: readonly number[], limit: number, onProgress: OnProgress | undefined, fn: string): Generator<ArcChoiceCandidates, { readonly generated: number }> {
  const N = widths.length - 1;
  const r = Math.min(widths[0], widths[N]);
  // crossing arcs (s, e): s..N, then C, then 0..e; at most N − 1 vertices
  const arcs: (readonly [number, number])[] = [];
  for (let s = 1; s <= N; s++) for (let e = 0; N - s + 1 + e + 1 <= N - 1; e++) arcs.push([s, e]);
  const arcVertices = arcs.map(([s, e]) => [...Array.from({ length: N - s + 1 }, (_, t) => s + t), ...Array.from({ length: e + 1 }, (_, t) => t)]);

  /** A choice of arcs that may give decompositions: the line part's widths and, per valid n, its windows. */
  interface ArcChoice {
    readonly arcs: readonly (readonly [number, number])[];
    readonly line: readonly number[];
    readonly windows: readonly (readonly (readonly [number, number])[])[];
  }
  /** The choice's windows per valid n, or null when the arcs already break condition 2 or no n is valid. */
  const arcChoice = (chosen: readonly (readonly [number, number])[], cover: readonly number[]): ArcChoice | null => {
    // condition 2 through C: windows for the pairs whose walk the arcs cover
    const through: [number, number][] = [];
    for (let k = 1; k < N; k++) {
      for (let j = k + 2; j <= N; j++) {
        if (!chosen.some(([s, e]) => s <= j && e >= k - 1)) continue;
        if (chosen.some(([s, e]) => s <= k || e >= j - 1)) return null; // both alternatives fail
        through.push([k + 1, j - 1]);
      }
    }
    const windows: (readonly [number, number])[][] = [];
    for (let n = 1; n < N; n++) {
      if (chosen.some(([s, e]) => e >= n || s <= n)) continue; // the arcs cover 0..n or n..N
      windows.push([...through, [1, n], [n + 1, N]]);
    }
    return windows.length === 0 ? null : { arcs: [...chosen], line: widths.map((d, v) => d - cover[v]), windows };
  };
  // every choice of r arcs (a multiset) that fits the widths (cheap)
  const choices: ArcChoice[] = [];
  const chosen: (readonly [number, number])[] = [];
  const cover = new Array<number>(N + 1).fill(0);
  const chooseArcs = (from: number): void => {
    if (chosen.length === r) {
      const c = arcChoice(chosen, cover);
      if (c) choices.push(c);
      return;
    }
    for (let i = from; i < arcs.length; i++) {
      const vertices = arcVertices[i];
      if (vertices.some((v) => cover[v] + 1 > widths[v])) continue;
      for (const v of vertices) cover[v]++;
      chosen.push(arcs[i]);
      chooseArcs(i);
      chosen.pop();
      for (const v of vertices) cover[v]--;
    }
  };
  chooseArcs(0);

  // the largest orbit dimension of each choice (see the file comment)
  const squares = widths.reduce((sum, d) => sum + d * d, 0) - widths[0] * widths[N];
  const bounds = choices.map((c, k) => {
    const strings = c.arcs.map(([s, e]) => ({ start: s, length: N - s + 1 + e + 1 }));
    let endArcs = 0;
    for (const U of strings) for (const V of strings) endArcs += cycleStringHomDimension(U, V, N + 1);
    const cross = c.arcs.reduce((sum, [s, e]) => sum + c.line[s] + c.line[e], 0);
    const endLine = Math.min(...c.windows.map((w) => leastLineEndomorphism(c.line, w)));
    onProgress?.({ phase: ARC_BOUNDS_PHASE, done: k + 1, total: choices.length });
    return squares - endArcs - cross - endLine;
  });
  const order = choices.map((_, k) => k).sort((i, j) => bounds[j] - bounds[i] || i - j);

  let generated = 0;
  const seen = new Set<string>();
  for (let k = 0; k < order.length; k++) {
    const c = choices[order[k]];
    const arcStrings = c.arcs.map(([s, e]) => [s, N - s + 1 + e + 1]);
    const candidates: CycleStringDecomposition[] = [];
    for (const windows of c.windows) {
      for (const part of locallyMaximalDecompositions(c.line, windows)) {
        if (++generated > limit) {
          throw new ArgumentError(fn, 'number of decompositions generated', `> ${limit}`, `at most options.limit = ${limit} (raise the limit)`);
        }
        const dec = cycleStringDecomposition(N, [...arcStrings, ...part.intervals.map(([a, b]) => [a, b - a + 1])]);
        const h = cycleStringInHessianVariety(dec);
        if (!h.holds) throw new Error(`${fn}: internal error: generated ${cycleStringsToString(dec)} is not in A_H`);
        if (h.dataIndependent) continue;
        const key = cycleStringsToString(dec);
        if (seen.has(key)) continue;
        seen.add(key);
        candidates.push(dec);
      }
    }
    onProgress?.({ phase: ARC_CHOICES_PHASE, done: k + 1, total: order.length });
    yield { bound: bounds[order[k]], candidates, generated, explored: k + 1, choices: order.length };
  }
  return { generated };
}
