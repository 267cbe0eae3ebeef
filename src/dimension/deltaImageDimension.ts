/**
 * Image dimension of δ on the whole parameter space or on an orbit (MATH §4),
 * estimated at one seeded random point in two independent ways:
 *  - exact: rank mod p of the (restricted) Jacobian at an integer/rational
 *    point — a certified LOWER bound for the generic rank (rank mod p ≤ rank
 *    over Q at the point ≤ generic rank);
 *  - float: SVD of the same Jacobian in doubles, with all singular values and
 *    the gap ratio (an estimate, never a certificate).
 * The result is tagged: `'ok'` when both agree and the float rank has a clear
 * gap, `'no-gap'` when the float rank is ambiguous (the exact rank stands),
 * `'disagree'` when a well-separated float rank contradicts the exact one —
 * an error to investigate, never silently resolved.
 *
 * @example
 * ```ts
 * import { architecture, deltaImageDimension } from 'deeplin';
 * const r = deltaImageDimension(architecture([1, 3, 1]), { seed: 1 });
 * [r.status, r.exact.rank, r.float.rank]; // ["ok", 5, 5]
 * ```
 */
import { DEFAULT_PRIMES, primeField } from '../algebra/primeField';
import { deltaRankModP } from './deltaRankModP';
import { rational, ratToString, type Rational } from '../algebra/rational';
import type { Matrix } from '../algebra/matrix';
import { type Architecture, deltaCodomainDimension } from '../model/architecture';
import { deltaJacobian } from '../model/deltaJacobian';
import { RR } from '../numeric/floatField';
import { floatRank, type FloatRankResult } from '../numeric/floatRank';
import type { Tolerances } from '../numeric/tolerance';
import { Rng } from '../random';
import { dimensionVector, type IntervalDecomposition } from '../quiver/intervalDecomposition';
import { orbitPoint } from '../quiver/orbitPoint';
import { ArgumentError } from '../errors';
import { restrictedDeltaJacobian } from './restrictedDeltaJacobian';

export interface DeltaImageDimensionOptions {
  /** Restrict δ to this orbit (default: the whole parameter space). */
  readonly orbit?: IntervalDecomposition;
  readonly seed?: number;
  readonly prime?: number;
  /** Random integers are drawn from [−entryBound, entryBound] (default 1000). */
  readonly entryBound?: number;
  readonly tolerances?: Partial<Tolerances>;
}

export interface DeltaImageDimension {
  readonly status: 'ok' | 'no-gap' | 'disagree';
  readonly where: 'parameter space' | 'orbit';
  /** The exact rank: a certified lower bound for the dimension of the closure of the image. */
  readonly exact: { readonly rank: number; readonly prime: number; readonly seed: number; readonly point: string[][][]; readonly method: string };
  readonly float: FloatRankResult;
  /** Codomain dimension: a trivial upper bound. */
  readonly upperBound: number;
  readonly message: string;
}

export function deltaImageDimension(arch: Architecture, options: DeltaImageDimensionOptions = {}): DeltaImageDimension {
  const seed = options.seed ?? 1;
  const prime = options.prime ?? DEFAULT_PRIMES[0];
  const bound = options.entryBound ?? 1000;
  if (options.orbit && dimensionVector(options.orbit).join(',') !== arch.widths.join(',')) {
    throw new ArgumentError('deltaImageDimension', 'orbit', dimensionVector(options.orbit), `an interval decomposition with dimension vector (${arch.widths.join(',')})`);
  }
  const rng = new Rng(seed);
  const point: Matrix<Rational>[] = options.orbit
    ? orbitPoint(options.orbit, rng, bound).point
    : arch.widths.slice(1).map((d, i) => Array.from({ length: d }, () => Array.from({ length: arch.widths[i] }, () => rational(rng.int(-bound, bound)))));
  const jacobian = options.orbit ? restrictedDeltaJacobian : deltaJacobian;
  // exact: the integer point reduced mod p, banded elimination (same rank as rankModP of the dense Jacobian)
  const Fp = primeField(prime);
  const exactRank = deltaRankModP(point.map((W) => W.map((row) => row.map((x) => Fp.fromRational(x)))), prime, { orbit: options.orbit !== undefined });
  const floatPoint = point.map((W) => W.map((row) => row.map((x) => Number(x.num) / Number(x.den))));
  const float = floatRank(jacobian(RR, floatPoint), { tolerances: options.tolerances });
  const where = options.orbit ? 'orbit' : 'parameter space';
  let status: DeltaImageDimension['status'];
  let message: string;
  if (float.status === 'ok' && float.rank !== exactRank) {
    status = 'disagree';
    message = `float rank ${float.rank} (gap ${float.gapRatio.toExponential(2)}) contradicts the exact rank ${exactRank} mod ${prime}: investigate (conditioning or a bug)`;
  } else if (float.status !== 'ok') {
    status = 'no-gap';
    message = `exact rank ${exactRank} mod ${prime} stands; the float rank is ambiguous (status ${float.status})`;
  } else {
    status = 'ok';
    message = `exact rank ${exactRank} mod ${prime} (certified lower bound) agrees with the float rank (gap ${float.gapRatio.toExponential(2)})`;
  }
  return {
    status,
    where,
    exact: {
      rank: exactRank,
      prime,
      seed,
      point: point.map((W) => W.map((row) => row.map(ratToString))),
      method: `exact rank mod ${prime} of the ${options.orbit ? 'restricted ' : ''}Jacobian at a seeded random point: a certified lower bound`,
    },
    float,
    upperBound: deltaCodomainDimension(arch),
    message,
  };
}
