/**
 * A random exact point of a string orbit of the cyclic quiver WITH a
 * prescribed data matrix C (d_0 × d_N, full rank min(d_0, d_N)), together
 * with data X (full row rank) and Y realising X Yᵀ = C exactly.
 *
 * Construction: (W, C) = g·(W⁰, C⁰) for the normal form (W⁰, C⁰) of
 * {@link cycleNormalForm}, with W_i = g_i W⁰_i g_{i−1}^{-1}. For v = 1..N−1,
 * g_v is a random invertible integer matrix. The pair (g_0, g_N) must satisfy
 * g_0 C⁰ g_N^{-1} = C, i.e. g_0 C⁰ = C g_N: a LINEAR condition, so such pairs
 * are the invertible members of the exact nullspace of (P, Q) ↦ P C⁰ − C Q;
 * they form one coset (a rank factorisation of C times the stabiliser of C⁰,
 * = the stabiliser of C times a rank factorisation), non-empty because C⁰
 * and C have the same shape and rank, and irreducible (a Zariski-open subset
 * of a linear space). A random integer combination of the nullspace basis is
 * drawn until both are invertible. So the point is a random point of the
 * H-orbit {W : (W, C) in the G-orbit of (W⁰, C⁰)}, H the stabiliser of C.
 *
 * Data: X = [I | Z] and Yᵀ = [C − Z R ; R] with random integer Z (d_0 × e),
 * R (e × d_N), e = `extraSamples` (default 1); then X Yᵀ = C.
 */
import { inverseOverQ } from '../algebra/inverseOverQ';
import { matMul, matSub, matTranspose, type Matrix } from '../algebra/matrix';
import { rankOverQ } from '../algebra/rankOverQ';
import { rational, type Rational } from '../algebra/rational';
import { QQ } from '../algebra/rationalField';
import { ArgumentError, ArithmeticError } from '../errors';
import type { Rng } from '../random';
import { cycleDimensionVector, cycleRankOfC, type CycleStringDecomposition } from './cycleString';
import { cycleNormalForm } from './cycleNormalForm';
import { intertwinerBasis } from './intertwinerBasis';

export interface CyclePointOptions {
  /** The data matrix C = X Yᵀ (d_0 × d_N, full rank); default a seeded random full-rank integer matrix. */
  readonly C?: Matrix<Rational>;
  /** Random integers are drawn from [−entryBound, entryBound] (default 3). */
  readonly entryBound?: number;
  /** X has d_0 + extraSamples columns (default 1). */
  readonly extraSamples?: number;
}

export interface CyclePoint {
  /** W_1..W_N (point[i−1] is W_i). */
  readonly point: Rational[][][];
  readonly C: Rational[][];
  /** d_0 × m, full row rank. */
  readonly X: Rational[][];
  /** d_N × m, with X Yᵀ = C. */
  readonly Y: Rational[][];
  /** g_0..g_N with (W, C) = g·(W⁰, C⁰), as evidence. */
  readonly gauge: Rational[][][];
}

const MAX_ATTEMPTS = 200;

/**
 * A random exact point of the string orbit `dec` with data X, Y realising C = X Yᵀ (see the file header).
 *
 * @example
 * ```ts
 * import { QQ, Rng, cyclePoint, enumerateCycleStrings, matFromStrings, matMul, matToStrings, matTranspose } from 'deeplin';
 * const dec = [...enumerateCycleStrings([1, 1, 1])][1]; // the string 1→2→0: W_1 = 0, W_2 ≠ 0, C ≠ 0
 * const C = matFromStrings(QQ, [['2']]);
 * const { point, X, Y } = cyclePoint(dec, new Rng(5), { C });
 * matToStrings(QQ, matMul(QQ, X, matTranspose(Y))); // [["2"]]
 * [QQ.isZero(point[0][0][0]), QQ.isZero(point[1][0][0])]; // [true, false]
 * ```
 */
export function cyclePoint(dec: CycleStringDecomposition, rng: Rng, options: CyclePointOptions = {}): CyclePoint {
  const fn = 'cyclePoint';
  const bound = options.entryBound ?? 3;
  if (!Number.isInteger(bound) || bound < 1 || bound > 1_000_000) throw new ArgumentError(fn, 'options.entryBound', bound, 'an integer in [1, 1000000]');
  const extra = options.extraSamples ?? 1;
  if (!Number.isInteger(extra) || extra < 0 || extra > 1000) throw new ArgumentError(fn, 'options.extraSamples', extra, 'an integer in [0, 1000]');
  const N = dec.depth;
  const dims = cycleDimensionVector(dec);
  if (dims.some((d) => d < 1)) throw new ArgumentError(fn, 'dimension vector', dims, 'every d_v >= 1 (a network has no empty layer)');
  const [d0, dN] = [dims[0], dims[N]];
  const r = Math.min(d0, dN);
  if (cycleRankOfC(dec) !== r) {
    throw new ArgumentError(fn, 'rank of C on the orbit', cycleRankOfC(dec), `min(d_0, d_N) = ${r} (generic data: C = X Yᵀ has full rank)`);
  }
  const randInt = (): Rational => rational(rng.int(-bound, bound));
  let C: Rational[][];
  if (options.C !== undefined) {
    const given = options.C;
    if (!Array.isArray(given) || given.length !== d0 || given.some((row) => !Array.isArray(row) || row.length !== dN)) {
      throw new ArgumentError(fn, 'options.C', Array.isArray(given) ? `${given.length}x${given[0]?.length}` : given, `a d_0 x d_N = ${d0}x${dN} matrix`);
    }
    if (rankOverQ(given) !== r) throw new ArgumentError(fn, 'rank of options.C', rankOverQ(given), `full rank min(d_0, d_N) = ${r}`);
    C = given.map((row) => [...row]);
  } else {
    C = attempt(fn, 'a full-rank random C', () => {
      const M = Array.from({ length: d0 }, () => Array.from({ length: dN }, randInt));
      return rankOverQ(M) === r ? M : undefined;
    });
  }
  const { point: W0, C: C0 } = cycleNormalForm(QQ, dec);
  // (g_0, g_N) with g_0 C⁰ = C g_N, both invertible: a random combination of the intertwiners
  const basis = intertwinerBasis(QQ, C0, C);
  const [g0, gN, g0inv] = attempt(fn, 'invertible (g_0, g_N) with g_0 C0 = C g_N', () => {
    const coeff = basis.map(randInt);
    const combine = (pick: (b: (typeof basis)[number]) => Rational[][], n: number): Rational[][] =>
      Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => basis.reduce((s, b, t) => QQ.add(s, QQ.mul(coeff[t], pick(b)[i][j])), QQ.zero)));
    const P = combine((b) => b.x0, d0);
    const Q = combine((b) => b.xN, dN);
    const Pinv = inverseOverQ(P);
    return Pinv && inverseOverQ(Q) ? ([P, Q, Pinv] as const) : undefined;
  });
  const gauge: Rational[][][] = [];
  const inverses: Rational[][][] = [];
  for (let v = 0; v <= N; v++) {
    if (v === 0 || v === N) {
      gauge.push(v === 0 ? g0 : gN);
      inverses.push(v === 0 ? g0inv : inverseOverQ(gN)!);
      continue;
    }
    const [g, inv] = attempt(fn, `an invertible g_${v}`, () => {
      const M = Array.from({ length: dims[v] }, () => Array.from({ length: dims[v] }, randInt));
      const Minv = inverseOverQ(M);
      return Minv ? ([M, Minv] as const) : undefined;
    });
    gauge.push(g);
    inverses.push(inv);
  }
  const point = W0.map((W, idx) => matMul(QQ, matMul(QQ, gauge[idx + 1], W), inverses[idx]));
  // data with X Yᵀ = C
  const Z = Array.from({ length: d0 }, () => Array.from({ length: extra }, randInt));
  const R = Array.from({ length: extra }, () => Array.from({ length: dN }, randInt));
  const X = Array.from({ length: d0 }, (_, i) => [...Array.from({ length: d0 }, (_, j) => (i === j ? QQ.one : QQ.zero)), ...Z[i]]);
  const top = extra > 0 ? matSub(QQ, C, matMul(QQ, Z, R, dN)) : C.map((row) => [...row]);
  const Y = matTranspose([...top, ...R], dN);
  return { point, C, X, Y, gauge };
}

function attempt<T>(fn: string, what: string, draw: () => T | undefined): T {
  for (let i = 0; i < MAX_ATTEMPTS; i++) {
    const x = draw();
    if (x !== undefined) return x;
  }
  throw new ArithmeticError(fn, `no ${what} in ${MAX_ATTEMPTS} random draws (raise options.entryBound)`);
}
