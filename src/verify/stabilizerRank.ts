/**
 * Monte-Carlo with a real Schwartz–Zippel bound on one data-dependent orbit
 * (issue #11 item 5): the rank of dδ∘T_H at a point of the orbit H·W⁰ of an
 * exact base point W⁰ (H the stabiliser of C = X Yᵀ, T_H the tangent map of
 * its orbits), the point being a POLYNOMIAL in parameters drawn uniformly
 * from F_p.
 *
 * The family. ψ̃(c, g) = (c_i · g_i W⁰_i adj(g_{i−1}))_{i = 1..N}, with g_v
 * free for 0 < v < N, (g_0, g_N) = Σ_k t_k (x0_k, xN_k) over an exact basis
 * of {x0 C = C xN} ({@link orbitFamily}, group 'stabilizer'), and layer
 * scalings c_1..c_N. For h in H, h·W⁰ = ψ̃(c, h) with c_i = det(h_{i−1})^{−1},
 * so the image contains the orbit H·W⁰. It lies in A_H: layer scalings keep
 * every vanishing product of A_H's equations vanishing, and A_H is closed;
 * indeed T·H·W⁰ = H·W⁰ for the layer scalings T (a string representation is
 * isomorphic to every rescaling of its arrows — rescale the basis along each
 * string; the data arrow keeps the factor 1). Without the c_i the image
 * {det(g_{i−1}) · g·W⁰} is an orbit of a subgroup of T × H, which need not be
 * dense in H·W⁰.
 *
 * The degree. An entry of ψ̃_i has degree 1 (c_i) + 1 (g_i, or the t's) +
 * (d_{i−1} − 1) (adj g_{i−1}) = d_{i−1} + 1, so e = max_{i<N} d_i + 1. For a
 * fixed basis ξ of Lie(H), T_H(x)ξ = (ξ_i x_i − x_i ξ_{i−1})_i is linear in x,
 * and dδ_x(v) is bilinear in (x, v): the matrix dδ∘T_H at ψ̃(u) has entries
 * of degree ≤ 2e in u, and its r × r minors degree ≤ 2er. Let R be its rank
 * over Q(u), i.e. dim cl δ(H·W⁰) (the image of ψ̃ is dense in the orbit). Some
 * R × R minor is a nonzero polynomial of degree ≤ 2eR ≤ D = 2·e·s,
 * s = min(rows, columns) = min(dim Sym codomain of δ, dim Lie(H)); at u
 * uniform in F_p^n its reduction (nonzero unless p divides all its
 * coefficients — several primes guard this) vanishes with probability ≤ D/p.
 * So the rank at a uniformly random parameter point is R except with
 * probability ≤ D/p (Schwartz–Zippel).
 *
 * The lower bound is certified: a minor nonzero mod p at u is a nonzero
 * polynomial over Q, so the rank mod p at u is at most the generic rank
 * along ψ̃, which is at most dim cl δ(A_H). (W⁰ and the Lie basis are exact
 * rationals; reducing them mod p throws if p divides a denominator.)
 */
import type { Field } from '../algebra/field';
import type { Matrix } from '../algebra/matrix';
import { primeField } from '../algebra/primeField';
import { rank } from '../algebra/rank';
import { rankModP } from '../algebra/rankModP';
import { rational, type Rational } from '../algebra/rational';
import { QQ } from '../algebra/rationalField';
import { orbitFamily, type OrbitFamily } from '../certify/orbitFamily';
import { restrictedDeltaJacobian } from '../dimension/restrictedDeltaJacobian';
import { type Architecture, deltaCodomainDimension } from '../model/architecture';
import type { CyclePoint } from '../quiver/cyclePoint';
import { orbitTangent } from '../quiver/orbitTangent';
import { stabilizerLieAlgebraBasis, stabilizerOrbitTangentBasis } from '../quiver/stabilizerTangent';
import type { Rng } from '../random';

/** The polynomial family ψ̃ through an exact base point, with its Schwartz–Zippel degree. */
export interface StabilizerFamily {
  readonly arch: Architecture;
  /** The exact base point W⁰ with its C and data X, Y (X Yᵀ = C). */
  readonly base: CyclePoint;
  /** ψ without the layer scalings (its parameters: the t_k, then the middle g_v). */
  readonly family: OrbitFamily;
  /** An exact basis of Lie(H) = {ξ : ξ_0 C = C ξ_N}. */
  readonly lieBasis: readonly Matrix<Rational>[][];
  /** Number of parameters of ψ̃: those of ψ, then c_1..c_N. */
  readonly parameterCount: number;
  /** The minor degree bound D = 2·e·s (see the file comment). */
  readonly degree: number;
}

/**
 * D = 2·e·s for the widths d_0..d_N (C of full rank): e = max_{i<N} d_i + 1
 * is the degree of ψ̃, s = min(dim Sym codomain of δ, dim Lie(H)) the largest
 * minor, with dim Lie(H) = Σ_v d_v² − d_0 d_N ((ξ_0, ξ_N) ↦ ξ_0 C − C ξ_N is
 * onto for C of full rank).
 */
export function stabilizerMinorDegree(arch: Architecture): { readonly parametrisationDegree: number; readonly minorSize: number; readonly degree: number } {
  const d = arch.widths;
  const e = Math.max(...d.slice(0, arch.depth)) + 1;
  const lieDimension = d.reduce((sum, n) => sum + n * n, 0) - d[0] * d[arch.depth];
  const s = Math.min(deltaCodomainDimension(arch), lieDimension);
  return { parametrisationDegree: e, minorSize: s, degree: 2 * e * s };
}

export function stabilizerFamily(arch: Architecture, base: CyclePoint): StabilizerFamily {
  const family = orbitFamily(arch, base.point, 'stabilizer', base.C);
  const lieBasis = stabilizerLieAlgebraBasis(QQ, arch.widths, base.C);
  return { arch, base, family, lieBasis, parameterCount: family.parameters.length + arch.depth, degree: stabilizerMinorDegree(arch).degree };
}

/** ψ̃ at parameters drawn uniformly from [0, p): ψ's (as {@link OrbitFamily.sampleModP} draws them), then c_1..c_N. */
export function sampleStabilizerFamilyModP(f: StabilizerFamily, p: number, rng: Rng): number[][][] {
  const F = primeField(p);
  const point = f.family.sampleModP(p, rng);
  return point.map((W) => {
    const c = rng.int(0, p - 1);
    return W.map((row) => row.map((x) => F.mul(c, x)));
  });
}

/** ψ̃ at integer parameters in [−bound, bound], exactly over Q (a point of the orbit closure, in A_H). */
export function sampleStabilizerFamilyExact(f: StabilizerFamily, bound: number, rng: Rng): Rational[][][] {
  const point = f.family.sampleExact(bound, rng);
  return point.map((W) => {
    const c = rational(rng.int(-bound, bound));
    return W.map((row) => row.map((x) => QQ.mul(c, x)));
  });
}

/** Ranks at one point over F_p: dδ∘T_H (a certified lower bound for dim cl δ(H·W⁰)) and T_H (for dim H·W⁰). */
export interface StabilizerRank {
  readonly rank: number;
  readonly orbitDimension: number;
}

function ranksAt<T>(F: Field<T>, point: readonly Matrix<T>[], lieBasis: readonly Matrix<T>[][]): StabilizerRank {
  const tangents = lieBasis.map((xi) => orbitTangent(F, point, xi));
  const jac = restrictedDeltaJacobian(F, point, tangents);
  const flat = tangents.map((t) => t.flatMap((M) => M.flatMap((row) => [...row])));
  return { rank: jac.length === 0 || tangents.length === 0 ? 0 : rank(F, jac), orbitDimension: flat.length === 0 ? 0 : rank(F, flat) };
}

/** The ranks at ψ̃(u), u uniform in F_p^n: equal to the generic ones except with probability ≤ f.degree / p. */
export function stabilizerRankModP(f: StabilizerFamily, p: number, rng: Rng): StabilizerRank {
  const F = primeField(p);
  const point = sampleStabilizerFamilyModP(f, p, rng);
  return ranksAt(F, point, f.lieBasis.map((xi) => xi.map((M) => M.map((row) => row.map((x) => F.fromRational(x))))));
}

/** rank mod p of dδ∘T_H at an exact point with the family's C (the rank a witness at that point claims). */
export function exactStabilizerRank(f: StabilizerFamily, point: readonly Matrix<Rational>[], p: number): number {
  const jac = restrictedDeltaJacobian(QQ, point, stabilizerOrbitTangentBasis(QQ, point, f.base.C));
  return jac.length === 0 ? 0 : rankModP(jac, p).rank;
}
