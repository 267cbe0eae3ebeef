/**
 * The data-dependent part of A_H (MATH §4, "Data-dependent conditions"), via
 * string orbits of the cyclic quiver 0 → 1 → ⋯ → N →C→ 0 with C = X Yᵀ of
 * full rank.
 *
 * For fixed full-rank C, the points W with (W, C) in a G-orbit O form ONE
 * orbit of the stabiliser H of C (all full-rank C form one orbit of
 * GL(d_0) × GL(d_N)); A_H ∩ {that orbit} is all or nothing, decided by
 * {@link cycleStringInHessianVariety}. Points of A_H are nilpotent on the
 * cycle (condition 1 at k = 1 and k = N gives W_N⋯W_2 = 0 and W_{N−1}⋯W_1 = 0,
 * so no string contains those paths), hence A_H is a finite union of such
 * H-orbits.
 *
 * `dataDependentOrbits(arch, C)` finds the string orbits in A_H that are NOT
 * in the data-independent part: some condition-2 pair (k, j) holds only
 * because B_k C A_j = 0 with B_k ≠ 0, A_j ≠ 0 and W_{j−1}⋯W_{k+1} ≠ 0. They do
 * not depend on which full-rank C is used (C, if given, is only validated).
 * `maximal` keeps the members not shown to lie in the closure of another
 * member by the sound moves of {@link cycleDegenerates} (a superset of the
 * true maximal ones; the maximum of dim cl δ over the list is attained on
 * it). Two algorithms give the same `maximal` (tested on small cases):
 * - `pruning: 'maximal'` (default): {@link maximalHessianCycleOrbits}
 *   generates the maximal orbits directly (crossing arcs × locally maximal
 *   line parts, then one membership test per upward move); `orbits` is then
 *   `maximal` and `inHessianVariety` is null (not enumerated);
 * - `pruning: 'none'` (the previous algorithm, kept for comparison and
 *   benchmarks; also used with `maximal: false`): every string decomposition
 *   is enumerated ({@link enumerateCycleStrings}), `orbits` lists every
 *   data-dependent orbit, `inHessianVariety` counts all string orbits in A_H
 *   (both parts), and `maximal` comes from the pairwise search
 *   {@link maximalCycleDecompositions}.
 * `evaluate` is what a verify run evaluates: with pruning 'none' `maximal` in
 * enumeration order (as before); otherwise `maximal`, with only one orbit
 * of each reversed pair when the widths are a palindrome and `reversal` is
 * on ({@link reverseCycleStrings}: the reversal preserves A_H, its data-
 * dependent part, closures and — for generic data — the restricted
 * dimension), ordered to fail fast: largest H-orbit first
 * ({@link stabilizerOrbitDimension}), then by canonical text. A failure
 * needs one orbit, a `holds` needs all of `evaluate`. A verify run gets the
 * same `evaluate`, in the same order, lazily from
 * {@link dataDependentOrbitStream} (generated largest orbit first, stopping
 * at the first certified failure).
 *
 * `restrictedRankWithData(arch, orbit, C, rng, prime)` draws a random point W
 * of the orbit with the prescribed C ({@link cyclePoint}) and returns the
 * exact rank mod p of dδ_W ∘ T_H, T_H the tangent map of the H-orbit
 * ({@link stabilizerOrbitTangentBasis}): a certified lower bound for
 * dim cl δ(H·W) (and hence for dim cl δ(A_H)), and `orbitDimension`, the rank
 * mod p of T_H itself (a lower bound for dim H·W). With C omitted, a seeded
 * random full-rank C is drawn.
 *
 * Why H·W ⊂ A_H (so the rank bounds dim cl δ(A_H) from below): write
 * L = ‖P X‖² − 2 ℓ + ‖Y‖² with P = W_N ⋯ W_1 and ℓ = tr(P C). A zero Hessian
 * forces A_k E_k B_k X = 0 for one-layer directions, so (X of full row rank)
 * dP ≡ 0 and P = 0, where ‖P X‖² vanishes to fourth order; hence
 * A_H = {P = 0, dP = 0} ∩ {∇ℓ = 0, ∇²ℓ = 0}. The first set is G-invariant and
 * ℓ is H-invariant (tr(g_N P g_0^{-1} C) = tr(P C) when g_0^{-1} C g_N = C), so
 * A_H is H-invariant. A rank equal to the codomain dimension therefore proves
 * dim cl δ(A_H) = dim cl δ(R^params), i.e. a counterexample to the main
 * conjecture (MATH §3.2), for this C and hence for generic data.
 */
import type { Matrix } from '../algebra/matrix';
import { DEFAULT_PRIMES, isPrime, MAX_PRIME } from '../algebra/primeField';
import { rankModP } from '../algebra/rankModP';
import { rankOverQ } from '../algebra/rankOverQ';
import type { Rational } from '../algebra/rational';
import { QQ } from '../algebra/rationalField';
import { ArgumentError } from '../errors';
import type { OnProgress } from '../parallel/progress';
import { type Architecture } from '../model/architecture';
import { restrictedDeltaJacobian } from '../dimension/restrictedDeltaJacobian';
import type { Rng } from '../random';
import { maximalCycleDecompositions } from '../quiver/cycleDegeneration';
import { stabilizerOrbitDimension } from '../quiver/cycleOrbitDimension';
import { cyclePoint, type CyclePoint } from '../quiver/cyclePoint';
import { isReversalRepresentative, reverseCycleStrings } from '../quiver/cycleReversal';
import { cycleDimensionVector, cycleStringsToString, type CycleStringDecomposition } from '../quiver/cycleString';
import { cycleStringInHessianVariety } from '../quiver/cycleStringInHessianVariety';
import { enumerateCycleStrings } from '../quiver/enumerateCycleStrings';
import { maximalHessianCycleOrbits } from '../quiver/maximalHessianCycleOrbits';
import { stabilizerOrbitTangentBasis } from '../quiver/stabilizerTangent';

export interface DataDependentOrbitsOptions {
  /** Size guard: passed to {@link enumerateCycleStrings} (pruning 'none') or {@link maximalHessianCycleOrbits} (its bound on decompositions generated). */
  readonly limit?: number;
  /** Compute `maximal` (default true); false enumerates every orbit (pruning 'none') and skips the maximality search. */
  readonly maximal?: boolean;
  /** Progress of the enumeration and of the maximality tests (two phases). */
  readonly onProgress?: OnProgress;
  /** 'maximal' (default): generate the maximal orbits directly; 'none': the previous algorithm (enumerate everything, pairwise search). */
  readonly pruning?: 'maximal' | 'none';
  /** Evaluate one orbit of each reversed pair for palindromic widths (default true; sound for generic data, see cycleReversal). */
  readonly reversal?: boolean;
}

export interface DataDependentOrbits {
  /** pruning 'none': every string orbit in A_H but not in its data-independent part; pruning 'maximal': the maximal ones (= `maximal`). */
  readonly orbits: CycleStringDecomposition[];
  /** Members of `orbits` not shown to lie in the closure of another member (empty when options.maximal is false). */
  readonly maximal: CycleStringDecomposition[];
  /** What a verify run evaluates: `maximal` up to reversal (palindromic widths), largest H-orbit first. */
  readonly evaluate: CycleStringDecomposition[];
  /** Number of string orbits (full-rank C) in A_H, data-independent ones included (pruning 'none'); null when not enumerated. */
  readonly inHessianVariety: number | null;
  /** String decompositions enumerated (pruning 'none') or generated (pruning 'maximal'). */
  readonly enumerated: number;
  /** How `maximal` and `evaluate` were obtained, in one sentence. */
  readonly method: string;
}

/**
 * The string orbits of A_H outside its data-independent part, for any full-rank C (see the file header).
 *
 * @example
 * ```ts
 * import { architecture, dataDependentOrbits } from 'deeplin';
 * const { orbits, maximal } = dataDependentOrbits(architecture([1, 2, 2, 2]));
 * orbits.map((o) => o.strings.map(({ start, length }) => [start, length])); // [[[1, 1], [1, 1], [2, 1], [2, 2], [3, 2]]]   W_1 = W_2 = 0, W_3 ≠ 0 with C W_3 = 0
 * maximal.length; // 1
 * // the previous algorithm enumerates every string orbit: the other one in A_H is W = 0
 * dataDependentOrbits(architecture([1, 2, 2, 2]), undefined, { pruning: 'none' }).inHessianVariety; // 2
 * dataDependentOrbits(architecture([2, 2, 2, 2])).orbits.length; // 0
 * ```
 */
export function dataDependentOrbits(arch: Architecture, C?: Matrix<Rational>, options: DataDependentOrbitsOptions = {}): DataDependentOrbits {
  checkFullRankC('dataDependentOrbits', arch, C);
  const N = arch.depth;
  const wantMaximal = options.maximal !== false;
  if (options.pruning !== 'none' && wantMaximal && N >= 2) {
    const gen = maximalHessianCycleOrbits(arch.widths, { limit: options.limit, onProgress: options.onProgress });
    const { evaluate, paired } = evaluationOrder(arch, gen.maximal, options.reversal !== false);
    return {
      orbits: gen.maximal,
      maximal: gen.maximal,
      evaluate,
      inHessianVariety: null,
      enumerated: gen.generated,
      method: generatedDirectlyWords({ maximal: gen.maximal.length, generated: gen.generated, dataDependent: gen.dataDependent, paired }),
    };
  }
  const orbits: CycleStringDecomposition[] = [];
  let inside = 0;
  let enumerated = 0;
  // condition 1 at k = 1 and k = N: W_N⋯W_2 = 0 (path from 1, N−1 arrows) and W_{N−1}⋯W_1 = 0 (from 0)
  const forbidden = [[1, N - 1], [0, N - 1]];
  for (const dec of enumerateCycleStrings(arch.widths, { forbidden, limit: options.limit, onProgress: options.onProgress })) {
    enumerated++;
    const h = cycleStringInHessianVariety(dec);
    if (!h.holds) continue;
    inside++;
    if (!h.dataIndependent) orbits.push(dec);
  }
  const maximal = wantMaximal ? maximalCycleDecompositions(orbits, options.onProgress) : [];
  return {
    orbits,
    maximal,
    evaluate: maximal, // the previous algorithm: every maximal orbit, in enumeration order
    inHessianVariety: inside,
    enumerated,
    method: `${orbits.length} data-dependent string orbits among ${enumerated} string decompositions enumerated, ${maximal.length} maximal (pairwise search)`,
  };
}

/** `maximal` up to reversal (when the widths are a palindrome and `reversal` is on), largest H-orbit first, then by canonical text. */
function evaluationOrder(arch: Architecture, maximal: readonly CycleStringDecomposition[], reversal: boolean): { evaluate: CycleStringDecomposition[]; paired: number } {
  // a non-representative is left out only when its reversal is listed (it always is, by the symmetry; this keeps the claim checked)
  const listed = new Set(maximal.map(cycleStringsToString));
  const kept = usesReversal(arch, reversal) ? maximal.filter((d) => isReversalRepresentative(d) || !listed.has(cycleStringsToString(reverseCycleStrings(d)))) : [...maximal];
  return { evaluate: largestOrbitFirst(kept), paired: maximal.length - kept.length };
}

/** True when one orbit of each reversed pair is evaluated: the widths are a palindrome and `reversal` is on. */
export function usesReversal(arch: Architecture, reversal: boolean): boolean {
  return reversal && arch.widths.every((d, i) => d === arch.widths[arch.depth - i]);
}

/** The fail-fast order of a verify run: largest H-orbit first ({@link stabilizerOrbitDimension}), then by canonical text. */
export function largestOrbitFirst(orbits: readonly CycleStringDecomposition[]): CycleStringDecomposition[] {
  const dim = orbits.map(stabilizerOrbitDimension);
  const text = orbits.map(cycleStringsToString);
  const order = orbits.map((_, i) => i).sort((i, j) => dim[j] - dim[i] || (text[i] < text[j] ? -1 : text[i] > text[j] ? 1 : 0));
  return order.map((i) => orbits[i]);
}

/** How the maximal orbits were found (pruning 'maximal'), in the words of `method`. */
export function generatedDirectlyWords(counts: { readonly maximal: number; readonly generated: number; readonly dataDependent: number; readonly paired: number }): string {
  return `${counts.maximal} maximal string orbits (generated directly: ${counts.generated} decompositions, ${counts.dataDependent} distinct data-dependent)${reversalWords(counts.paired)}`;
}

/** The words for the orbits left out by the reversal symmetry. */
export function reversalWords(paired: number): string {
  return paired > 0 ? `, ${paired} of them left out as reversals of others (widths reversed, layers transposed)` : '';
}

export interface RestrictedRankWithData {
  /** Rank mod `prime` of dδ ∘ T_H at the point: a certified lower bound for dim cl δ(H-orbit). */
  readonly rank: number;
  readonly prime: number;
  /** Rank mod `prime` of T_H: a lower bound for the dimension of the H-orbit. */
  readonly orbitDimension: number;
  /** The point, C and data X, Y it was computed at. */
  readonly at: CyclePoint;
}

export function restrictedRankWithData(
  arch: Architecture,
  orbit: CycleStringDecomposition,
  C: Matrix<Rational> | undefined,
  rng: Rng,
  prime: number = DEFAULT_PRIMES[0],
  entryBound = 3,
): RestrictedRankWithData {
  const fn = 'restrictedRankWithData';
  if (orbit.depth !== arch.depth || cycleDimensionVector(orbit).join(',') !== arch.widths.join(',')) {
    throw new ArgumentError(fn, 'orbit', cycleDimensionVector(orbit), `a string decomposition with dimension vector (${arch.widths.join(',')})`);
  }
  checkFullRankC(fn, arch, C);
  if (typeof prime !== 'number' || !Number.isInteger(prime) || prime < 2 || prime > MAX_PRIME || !isPrime(prime)) {
    throw new ArgumentError(fn, 'prime', prime, `a prime in [2, ${MAX_PRIME}]`);
  }
  const at = cyclePoint(orbit, rng, { C, entryBound });
  const tangents = stabilizerOrbitTangentBasis(QQ, at.point, at.C);
  const jac = restrictedDeltaJacobian(QQ, at.point, tangents);
  const flat = tangents.map((t) => t.flatMap((M) => M.flatMap((row) => [...row])));
  return {
    rank: rankModP(jac, prime).rank,
    prime,
    orbitDimension: flat.length === 0 ? 0 : rankModP(flat, prime).rank,
    at,
  };
}

/** Throws an ArgumentError (naming `fn`) unless C is a d_0 × d_N matrix of full rank. */
export function checkFullRankC(fn: string, arch: Architecture, C: Matrix<Rational> | undefined): void {
  if (C === undefined) return;
  const [d0, dN] = [arch.widths[0], arch.widths[arch.depth]];
  if (!Array.isArray(C) || C.length !== d0 || C.some((row) => !Array.isArray(row) || row.length !== dN)) {
    throw new ArgumentError(fn, 'C', Array.isArray(C) ? `${C.length}x${C[0]?.length}` : C, `a d_0 x d_N = ${d0}x${dN} matrix`);
  }
  if (rankOverQ(C) !== Math.min(d0, dN)) throw new ArgumentError(fn, 'rank of C', rankOverQ(C), `full rank min(d_0, d_N) = ${Math.min(d0, dN)}`);
}
