/**
 * Is the orbit family ψ of a stabiliser component dense in the orbit it is
 * meant to parametrise? Bounds proved on ψ ({@link certifyOrbit}) bound the
 * component cl(H·W) only when cl(image ψ) ⊇ H·W.
 *
 * For the stabiliser H of C (g_0 C = C g_N), ψ(g) = (det(g_{i−1}) g_i W_i g_{i−1}^{-1})_i
 * lies in the orbit T×H·W of H and the layer scalings T, but g_0 and g_N are
 * tied, so the factors det(g_{i−1}) cannot all be absorbed (unlike for G, see
 * {@link orbitFamily}): image ψ need not be dense in T×H·W. Both closures are
 * irreducible (the image of an affine space; the closure of an orbit of a
 * connected group), and the rank of dψ at any parameter point g⁰ is at most
 * its generic rank dim cl(image ψ) ≤ dim T×H·W. So
 *
 *   rank dψ(g⁰) = dim T_W(T×H·W)   (both exact over Q)
 *
 * proves cl(image ψ) = cl(T×H·W) ⊇ H·W. The right side is the rank of the
 * tangent vectors (ξ_i W_i − W_i ξ_{i−1})_i, ξ in a basis of Lie(H), with the
 * N layer scalings (0, …, W_i, …, 0); the orbit is homogeneous, so this is its
 * dimension. dψ(g⁰) is the Jacobian of ψ's entries (polynomials) in the
 * parameters at g⁰; the points tried are the given ones, then seeded small
 * integers, until the ranks agree.
 */
import type { Matrix } from '../algebra/matrix';
import { type Polynomial, polyEvaluate, polyIsZero, polyPartial } from '../algebra/polynomial';
import { rankOverQ } from '../algebra/rankOverQ';
import { RAT_ZERO, rational, type Rational } from '../algebra/rational';
import { QQ } from '../algebra/rationalField';
import { stabilizerOrbitTangentBasis } from '../quiver/stabilizerTangent';
import { Rng } from '../random';
import type { OrbitFamily } from './orbitFamily';

export interface FamilyDensity {
  /** rank dψ(g⁰) = dim T_W(T×H·W): cl(image ψ) contains the component. */
  readonly dense: boolean;
  /** The largest exact rank of dψ at the points tried. */
  readonly familyRank: number;
  /** Exact rank over Q of the tangent space of T×H·W at W. */
  readonly orbitDimension: number;
  /** The parameter point g⁰ where familyRank was reached. */
  readonly at: readonly Rational[];
}

export interface FamilyDensityOptions {
  readonly seed?: number;
  /** Parameter points tried first (e.g. the kernel fields' point). */
  readonly points?: readonly (readonly Rational[])[];
  /** Seeded random points tried after them (default 4). */
  readonly attempts?: number;
}

/** Exact dimension of T×H·W at W: the orbit tangent of Lie(H) together with the N layer scalings, flattened. */
export function scaledOrbitDimension(point: readonly Matrix<Rational>[], C: Matrix<Rational>): number {
  const flat = (layers: readonly Matrix<Rational>[]): Rational[] => layers.flatMap((M) => M.flat());
  const tangents = stabilizerOrbitTangentBasis(QQ, point, C).map(flat);
  const scalings = point.map((_, i) => flat(point.map((M, j) => (i === j ? M : M.map((row) => row.map(() => RAT_ZERO))))));
  return rankOverQ([...tangents, ...scalings]);
}

export function familyDensity(family: OrbitFamily, options: FamilyDensityOptions = {}): FamilyDensity {
  if (family.group !== 'stabilizer' || family.C === undefined) throw new Error('familyDensity: the family of a stabiliser component (group "stabilizer" with C) is required');
  const orbitDimension = scaledOrbitDimension(family.point, family.C);
  const n = family.parameters.length;
  const entries: Polynomial<Rational>[] = family.point.flatMap((_, i) => family.layerPolynomials(i + 1).flat());
  const partials = entries.map((e) => family.parameters.map((_, j) => polyPartial(e, j)));
  const rankAt = (g: readonly Rational[]): number => rankOverQ(partials.map((row) => row.map((q) => (polyIsZero(q) ? RAT_ZERO : polyEvaluate(q, g)))));
  const rng = new Rng(options.seed ?? 1);
  const points: (readonly Rational[])[] = [...(options.points ?? []).filter((g) => g.length === n)];
  for (let k = 0; k < (options.attempts ?? 4); k++) points.push(Array.from({ length: n }, () => rational(rng.int(-5, 5))));
  let best = { familyRank: -1, at: [] as readonly Rational[] };
  for (const g of points) {
    const r = rankAt(g);
    if (r > best.familyRank) best = { familyRank: r, at: g };
    if (r >= orbitDimension) break;
  }
  return { dense: best.familyRank === orbitDimension, familyRank: Math.max(0, best.familyRank), orbitDimension, at: best.at };
}
