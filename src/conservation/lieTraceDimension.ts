/**
 * dim Lie(V)(θ) at a generic θ for polynomial vector fields V = {X_1..X_m}
 * over F_p, by a frame that is closed under brackets with the generators.
 *
 * Algorithm. At a random point θ0, greedily collect a frame B: the
 * generators, then brackets [X_g, B_j] (generator g, frame field j), keeping a
 * field exactly when its value at θ0 raises the rank over F_p. Every
 * pair (g, j) is bracketed once, including pairs with frame fields added later,
 * until none is left ("closed") or the target rank is reached.
 *
 * Lower bound (certified): the frame's fields are elements of Lie(V) with
 * rank |B| at θ0 over F_p, and rank mod p ≤ rank over Q at θ0 ≤ the generic
 * dimension of the trace Lie(V)(θ) (the maximum over θ). So dim Lie ≥ |B|.
 *
 * Stopping rule (why "closed" gives the dimension, not just a lower bound).
 * A bracket that is dependent on B at θ0 as a vector is not zero as a field,
 * and its own brackets may be new: the stop must be justified on an open set,
 * not at a point. Let M be the polynomial matrix with columns B, V and every
 * computed bracket [X_g, B_j]. If its generic rank equals |B|, then on the
 * Zariski-open dense set U where B is independent, every X_g and [X_g, B_j]
 * lies in span B(θ); writing any Z with Z(θ) ∈ span B(θ) as Z = Σ f_j B_j
 * (f_j rational on U, Cramer's rule), [X_g, Z] = Σ X_g(f_j) B_j + f_j [X_g, B_j]
 * lies in span B(θ) again. Lie(V) is spanned by the left-normed brackets
 * [X_{g1}, [X_{g2}, … X_{gk}]] (Jacobi identity), so by induction on k all of
 * Lie(V)(θ) ⊂ span B(θ) on U: dim Lie = |B| generically. This is the
 * frame form of Marcotte–Gribonval–Peyré's criterion (V_{k+1} = V_k + [V, V_k]
 * with constant trace dimension on an open set ⇒ Lie(V) = V_k there); their
 * code applies it at one float point, which is the undercount risk above.
 *
 * The generic rank of M is tested at a second, independent random point θ1
 * (drawn after B is fixed, so Schwartz–Zippel applies to M): if the F_p-generic
 * rank of M exceeded |B|, a nonzero (|B|+1)-minor of degree ≤ (|B|+1)·deg M
 * would vanish at θ1, with probability ≤ (|B|+1)·deg M / p. This is a
 * Monte-Carlo statement, and it is about M reduced mod p: it also assumes p is
 * not one of the finitely many primes at which M's reduction loses rank
 * (rerun with another --prime to vary it). When M has no column besides the
 * frame (a single generator: Lie(V) = span X), its rank is |B| wherever B is
 * independent and the stop is exact (failure probability 0).
 */
import { primeField } from '../algebra/primeField';
import { Rng } from '../random';
import { PointSpan } from './pointSpan';
import { bracketValue, evaluateField, fieldDegree, fieldJacobianAt, fieldTerms, lieBracket, type VectorField } from './vectorField';

export interface LieTraceOptions {
  readonly prime: number;
  readonly seed: number;
  /** Stop as soon as the frame reaches this rank (e.g. D − a certified number of laws). */
  readonly target?: number;
  /** Refuse to hold more stored polynomial terms than this in the frame (default 2e6). */
  readonly maxTerms?: number;
  /** Refuse to compute more brackets than this (default 20 000). */
  readonly maxBrackets?: number;
  /** Called after every bracket (progress). */
  readonly onBracket?: (done: number, queued: number, rank: number) => void;
}

export interface LieTraceDimension {
  /** |B|: a certified lower bound for dim Lie(V)(θ) at generic θ. */
  readonly lowerBound: number;
  /**
   * 'target': stopped at the target rank (nothing beyond the lower bound is claimed);
   * 'closed': every [X_g, B_j] was computed and M has rank |B| at θ1 (dim Lie = |B|: Monte-Carlo, or exact when failureProbability is 0);
   * 'not-closed': rank of M at θ1 exceeds |B| (the greedy frame missed a direction at θ0);
   * 'limit': a work limit was hit (the reason says which).
   */
  readonly stop: 'target' | 'closed' | 'not-closed' | 'limit';
  readonly reason: string;
  /** Brackets computed. */
  readonly brackets: number;
  /** The largest degree of a field in M. */
  readonly maxDegree: number;
  /** Upper bound on the probability that 'closed' is wrong (see the header); 1 unless closed. */
  readonly failureProbability: number;
  /** The lengths k of the left-normed brackets in the frame (1 = generator). */
  readonly frameLengths: readonly number[];
  /** The frame as words [g1, …, gk] = [X_g1, [X_g2, … X_gk]] (generator indices): a re-checkable certificate with `point`. */
  readonly frameWords: readonly (readonly number[])[];
  /** θ0 (entries in [0, p)): the frame's values there have rank `lowerBound` over F_p. */
  readonly point: readonly number[];
}

export function lieTraceDimension(V: readonly VectorField<number>[], options: LieTraceOptions): LieTraceDimension {
  const { prime, seed } = options;
  const maxTerms = options.maxTerms ?? 2_000_000;
  const maxBrackets = options.maxBrackets ?? 20_000;
  const D = V[0]?.length ?? 0;
  const rng = new Rng(seed);
  const theta0 = Array.from({ length: D }, () => rng.int(0, prime - 1));
  const theta1 = Array.from({ length: D }, () => rng.int(0, prime - 1));
  const span0 = new PointSpan(prime);
  const span1 = new PointSpan(prime); // rank of M at θ1
  const F = primeField(prime);
  // a field with its values and Jacobians at θ0 and θ1: the values of its brackets need nothing else
  interface Evaluated { readonly field: VectorField<number>; readonly degree: number; readonly at: readonly { readonly value: number[]; readonly jacobian: number[][] }[] }
  const evaluated = (Z: VectorField<number>): Evaluated => ({
    field: Z,
    degree: fieldDegree(Z),
    at: [theta0, theta1].map((t) => ({ value: evaluateField(Z, t), jacobian: fieldJacobianAt(Z, t) })),
  });
  const generators = V.map(evaluated);
  const frame: (Evaluated & { length: number; generator: number; word: number[] })[] = [];
  let maxDegree = 0;
  let terms = 0;
  let columns = 0; // columns of M offered so far
  // offers a column of M given its values at θ0, θ1; `build` makes the field only when it joins the frame
  const offer = (values: readonly number[][], degree: number, word: number[], build: () => VectorField<number>): boolean => {
    columns++;
    maxDegree = Math.max(maxDegree, degree);
    span1.add(values[1]);
    if (!span0.add(values[0])) return false;
    const Z = evaluated(build());
    frame.push({ ...Z, length: word.length, generator: word[0], word });
    terms += fieldTerms(Z.field);
    return true;
  };
  generators.forEach((X, g) => offer([X.at[0].value, X.at[1].value], X.degree, [g], () => X.field));
  const done = (stop: LieTraceDimension['stop'], reason: string, brackets: number, failureProbability = 1): LieTraceDimension => ({
    lowerBound: span0.rank,
    stop,
    reason,
    brackets,
    maxDegree,
    failureProbability,
    frameLengths: frame.map((b) => b.length),
    frameWords: frame.map((b) => b.word),
    point: theta0,
  });
  const target = options.target ?? D;
  let brackets = 0;
  // pairs (g, j) in order: frame field j with every generator g
  for (let j = 0; j < frame.length; j++) {
    for (let g = 0; g < V.length; g++) {
      if (span0.rank >= target) return done('target', `rank ${span0.rank} reached the target ${target}`, brackets);
      const Bj = frame[j];
      // [X_g, X_g] = 0; [X_g, X_h] = −[X_h, X_g] is done once (g < h) when both are frame fields
      if (Bj.length === 1 && (g === Bj.generator || (g > Bj.generator && frame.some((b) => b.length === 1 && b.generator === g)))) continue;
      if (brackets >= maxBrackets) return done('limit', `bracket limit ${maxBrackets} reached`, brackets);
      if (terms > maxTerms) return done('limit', `term limit ${maxTerms} reached (the frame holds ${terms} polynomial terms)`, brackets);
      const Xg = generators[g];
      // the degree of [X, Y] is at most deg X + deg Y − 1 (a bound, used only in the failure probability)
      offer([0, 1].map((t) => bracketValue(F, Xg.at[t], Bj.at[t])), Xg.degree + Bj.degree - 1, [g, ...Bj.word], () => lieBracket(Xg.field, Bj.field));
      brackets++;
      options.onBracket?.(brackets, (frame.length - j) * V.length - g - 1, span0.rank);
    }
  }
  if (span0.rank >= target) return done('target', `rank ${span0.rank} reached the target ${target}`, brackets);
  const r = span0.rank;
  if (span1.rank > r) {
    return done('not-closed', `the frame closed at θ0 with rank ${r}, but M has rank ${span1.rank} at the check point θ1`, brackets);
  }
  if (columns === r) {
    // M has no column besides the frame (e.g. one generator, no non-zero bracket to take): its rank is r everywhere B is independent
    return done('closed', `M consists of the ${r} frame field(s) alone (every other bracket is [X, X] = 0 or antisymmetric): dim Lie = ${r} exactly`, brackets, 0);
  }
  const failureProbability = Math.min(1, ((r + 1) * maxDegree) / prime);
  return done('closed', `every bracket [X_g, B_j] lies in span B at an independent random point (rank ${r}); Monte-Carlo, failure probability <= ${failureProbability.toExponential(2)}`, brackets, failureProbability);
}
