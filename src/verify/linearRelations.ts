/**
 * Candidate linear relations on δ's image over a component (the first half
 * of the exact upper-bound route of MATH §4, "Certification").
 *
 * At a point W of a G-orbit O, the left kernel of the restricted Jacobian
 * dδ_W ∘ T_W (rows: δ's coordinates, columns: the Lie algebra of G) is the
 * set of linear functionals ℓ whose composite ℓ∘δ has zero derivative along
 * O at W. At a generic point of O these are exactly the ℓ with ℓ∘δ constant
 * on O; since t·W lies in O for t ≠ 0 (g_v = t^v·I) and δ is homogeneous
 * quadratic, ℓ∘δ(W) = t²·ℓ∘δ(W), so such ℓ vanish on δ(cl O). The common
 * left kernel at several sampled points is therefore a superset of the true
 * relations (equal to it when a sample is generic) — candidates, to be proved
 * by `proveRelation`.
 *
 * The kernel's dimension is read first modulo a prime (rank mod p ≤ rank
 * over Q, so "full rank mod p" proves there is no relation and is the fast
 * path); otherwise the kernel is computed exactly over Q, one point at a
 * time (left kernel at the first point, then intersected with the others).
 */
import { leftKernel } from '../algebra/leftKernel';
import { matHStack, matMul, type Matrix } from '../algebra/matrix';
import { DEFAULT_PRIMES, isPrime, MAX_PRIME, primeField } from '../algebra/primeField';
import { rank } from '../algebra/rank';
import { RAT_ZERO, ratAdd, ratIsZero, ratMul, type Rational } from '../algebra/rational';
import { QQ } from '../algebra/rationalField';
import { restrictedDeltaJacobian } from '../dimension/restrictedDeltaJacobian';
import { ArgumentError, ArithmeticError, requireInteger } from '../errors';
import { type Architecture, deltaCodomainDimension } from '../model/architecture';
import { checkPoint } from '../model/networkPoint';
import { Rng } from '../random';
import { integerEchelonBasis } from '../algebra/integerEchelonBasis';

/**
 * Options of {@link findLinearRelations}: the seed of the sampler's
 * {@link Rng} (default 1), the number of sampled points (default 3, at most
 * 100) and the prime of the fast rank test (default 2147483647).
 */
export interface LinearRelationOptions {
  readonly seed?: number;
  readonly points?: number;
  readonly prime?: number;
}

const FN = 'findLinearRelations';

/**
 * A basis (integer reduced echelon form, see `integerEchelonBasis`) of the
 * linear functionals ℓ on δ's codomain — coordinates in the order of
 * `deltaCoordinates` — that annihilate the restricted Jacobian dδ ∘ T at
 * every sampled point `samplePoint(rng)`. Each returned ℓ is checked
 * exactly against every sample before returning. An empty list proves that
 * no linear relation holds on the sampled orbit (the restricted Jacobian has
 * full row rank at a sample).
 *
 * Throws ArgumentError for a bad architecture, sampler, option or a sample of
 * the wrong shape.
 */
export function findLinearRelations(
  arch: Architecture,
  samplePoint: (rng: Rng) => Matrix<Rational>[],
  options: LinearRelationOptions = {},
): Rational[][] {
  if (arch === null || typeof arch !== 'object' || !Array.isArray(arch.widths)) {
    throw new ArgumentError(FN, 'arch', arch, 'an Architecture (see architecture())');
  }
  if (typeof samplePoint !== 'function') throw new ArgumentError(FN, 'samplePoint', samplePoint, 'a function (rng: Rng) => point');
  if (options === null || typeof options !== 'object') throw new ArgumentError(FN, 'options', options, 'an object { seed?, points?, prime? }');
  const seed = requireInteger(FN, 'options.seed', options.seed ?? 1, 0, 2 ** 32 - 1);
  const count = requireInteger(FN, 'options.points', options.points ?? 3, 1, 100);
  const prime = options.prime ?? DEFAULT_PRIMES[0];
  if (typeof prime !== 'number' || !Number.isInteger(prime) || prime < 2 || prime > MAX_PRIME || !isPrime(prime)) {
    throw new ArgumentError(FN, 'options.prime', prime, `a prime in [2, ${MAX_PRIME}]`);
  }
  const m = deltaCodomainDimension(arch);
  if (m === 0) return [];

  const rng = new Rng(seed);
  const jacobians: Rational[][][] = [];
  for (let s = 0; s < count; s++) {
    const point = samplePoint(rng);
    checkPoint(arch, point, FN);
    point.forEach((W, i) =>
      W.forEach((row, r) =>
        row.forEach((x: unknown, c) => {
          const q = x as Rational;
          if (q === null || typeof q !== 'object' || typeof q.num !== 'bigint' || typeof q.den !== 'bigint') {
            throw new ArgumentError(FN, `sample ${s}: W_${i + 1}[${r}][${c}]`, x, 'an exact Rational');
          }
        }),
      ),
    );
    jacobians.push(restrictedDeltaJacobian(QQ, point));
  }

  // Fast path: full row rank mod p ⇒ full row rank over Q ⇒ no relation.
  if (fullRankModP(jacobians, m, prime)) return [];

  // Exact: left kernel at the first point, intersected with the others.
  let kernel: Rational[][] = leftKernel(QQ, jacobians[0]);
  for (let s = 1; s < jacobians.length && kernel.length > 0; s++) {
    const restricted = matMul(QQ, kernel, jacobians[s]);
    const combos = leftKernel(QQ, restricted);
    kernel = combos.length === 0 ? [] : matMul(QQ, combos, kernel);
  }
  const basis = integerEchelonBasis(kernel, m);
  basis.forEach((ell, t) =>
    jacobians.forEach((J, s) => {
      if (!annihilates(ell, J)) throw new ArithmeticError(FN, `internal error: relation ${t} does not annihilate the Jacobian at sample ${s}`);
    }),
  );
  return basis;
}

function fullRankModP(jacobians: readonly Rational[][][], m: number, p: number): boolean {
  const F = primeField(p);
  const P = BigInt(p);
  if (jacobians.some((J) => J.some((row) => row.some((x) => x.den % P === 0n)))) return false; // p | a denominator: skip the fast path
  const stacked = matHStack(jacobians, m).map((row) => row.map((x) => F.fromRational(x)));
  const cols = stacked[0].length;
  return rank(F, stacked, cols) === m;
}

function annihilates(ell: readonly Rational[], J: readonly (readonly Rational[])[]): boolean {
  const cols = J.length === 0 ? 0 : J[0].length;
  for (let c = 0; c < cols; c++) {
    let s = RAT_ZERO;
    for (let r = 0; r < J.length; r++) if (!ratIsZero(ell[r])) s = ratAdd(s, ratMul(ell[r], J[r][c]));
    if (!ratIsZero(s)) return false;
  }
  return true;
}
