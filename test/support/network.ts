/**
 * Helpers shared by the model / quiver / Hessian / lemma tests: seeded random
 * exact points and data, float copies, and a symbolic network (one polynomial
 * variable per weight, in the flat parameter order of `flattenPoint`).
 * Every random choice goes through a seeded {@link Rng}.
 */
import fc from 'fast-check';
import { type Matrix, matMul, matTranspose } from '../../src/algebra/matrix';
import type { Polynomial } from '../../src/algebra/polynomial';
import { polyMatVariables } from '../../src/algebra/polynomialMatrix';
import { polynomialRing, type PolynomialRing } from '../../src/algebra/polynomialRing';
import { rankOverQ } from '../../src/algebra/rankOverQ';
import { rational, type Rational } from '../../src/algebra/rational';
import { QQ } from '../../src/algebra/rationalField';
import type { Architecture } from '../../src/model/architecture';
import { architecture } from '../../src/model/architecture';
import { RR } from '../../src/numeric/floatField';
import { Rng } from '../../src/random';

/** A random rational num/den with |num| ≤ maxNum, 1 ≤ den ≤ maxDen (zero allowed). */
export function randomRational(rng: Rng, maxNum = 9, maxDen = 5): Rational {
  return rational(rng.int(-maxNum, maxNum), rng.int(1, maxDen));
}

export function randomRationalMatrix(rng: Rng, rows: number, cols: number, maxNum = 9, maxDen = 5): Rational[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => randomRational(rng, maxNum, maxDen)));
}

export function randomIntegerMatrix(rng: Rng, rows: number, cols: number, bound: number): Rational[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => rational(rng.int(-bound, bound))));
}

/** A random exact point W_1..W_N of the architecture. */
export function randomPoint(arch: Architecture, rng: Rng, maxNum = 9, maxDen = 5): Rational[][][] {
  const out: Rational[][][] = [];
  for (let i = 1; i <= arch.depth; i++) out.push(randomRationalMatrix(rng, arch.widths[i], arch.widths[i - 1], maxNum, maxDen));
  return out;
}

/** A random d0 × m rational matrix of full row rank (m ≥ d0), resampled until it is. */
export function randomFullRowRank(rng: Rng, d0: number, m: number): Rational[][] {
  if (m < d0) throw new Error('randomFullRowRank: m < d0');
  for (;;) {
    const X = randomRationalMatrix(rng, d0, m);
    if (rankOverQ(X) === d0) return X;
  }
}

/**
 * Random generic data in the sense of MATH §1: X (d_0 × m, m ≥ d_0) has full
 * row rank and C = X Yᵀ has full rank min(d_0, d_N); resampled until both hold.
 */
export function randomData(arch: Architecture, rng: Rng, extraSamples = 1): { X: Rational[][]; Y: Rational[][] } {
  const d0 = arch.widths[0];
  const dN = arch.widths[arch.depth];
  const m = d0 + rng.int(0, extraSamples);
  const X = randomFullRowRank(rng, d0, m);
  for (;;) {
    const Y = randomRationalMatrix(rng, dN, m);
    if (rankOverQ(matMul(QQ, X, matTranspose(Y))) === Math.min(d0, dN)) return { X, Y };
  }
}

export function toFloatMatrix(M: Matrix<Rational>): number[][] {
  return M.map((row) => row.map((x) => RR.fromRational(x)));
}

export function toFloatPoint(point: readonly Matrix<Rational>[]): number[][][] {
  return point.map(toFloatMatrix);
}

/** A random float point with standard normal entries times `scale`. */
export function randomFloatPoint(arch: Architecture, rng: Rng, scale = 1): number[][][] {
  const out: number[][][] = [];
  for (let i = 1; i <= arch.depth; i++) {
    out.push(Array.from({ length: arch.widths[i] }, () => Array.from({ length: arch.widths[i - 1] }, () => scale * rng.normal())));
  }
  return out;
}

export interface SymbolicNetwork {
  readonly ring: PolynomialRing<Rational>;
  /** W[i-1] is the symbolic W_i; variable index = flat parameter index. */
  readonly W: Polynomial<Rational>[][][];
}

/** One variable per weight: w{i}_{r}_{c}, in the order W_1 first, row-major (as `flattenPoint`). */
export function symbolicNetwork(arch: Architecture): SymbolicNetwork {
  const names: string[] = [];
  for (let i = 1; i <= arch.depth; i++) {
    for (let r = 0; r < arch.widths[i]; r++) for (let c = 0; c < arch.widths[i - 1]; c++) names.push(`w${i}_${r}_${c}`);
  }
  const ring = polynomialRing(QQ, names);
  const W: Polynomial<Rational>[][][] = [];
  let offset = 0;
  for (let i = 1; i <= arch.depth; i++) {
    W.push(polyMatVariables(ring, offset, arch.widths[i], arch.widths[i - 1]));
    offset += arch.widths[i] * arch.widths[i - 1];
  }
  return { ring, W };
}

/** fast-check arbitrary of architectures with depth in [minDepth, maxDepth] and widths in [1, maxWidth]. */
export function arbArchitecture(minDepth: number, maxDepth: number, maxWidth: number, minWidth = 1): fc.Arbitrary<Architecture> {
  return fc
    .integer({ min: minDepth, max: maxDepth })
    .chain((N) => fc.array(fc.integer({ min: minWidth, max: maxWidth }), { minLength: N + 1, maxLength: N + 1 }))
    .map((ws) => architecture(ws));
}

/** fast-check arbitrary of seeds for an inner {@link Rng}. */
export const arbSeed: fc.Arbitrary<number> = fc.integer({ min: 0, max: 2 ** 32 - 1 });

export { Rng };
