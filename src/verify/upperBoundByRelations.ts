/**
 * The exact upper bound dim cl δ(C) ≤ G − 1 for the components C of
 * V(windows), by linear relations (MATH §4, "Certification"): candidates from
 * `findLinearRelations` on a sampler of a component, then certificates from
 * `proveRelation`.
 *
 * Not only the candidate basis vectors are tried: the set of ℓ in the
 * candidate span with ℓ∘δ in the window ideal is itself a linear subspace,
 * computed exactly (one linear system on residues, see `windowIdeal`), and a
 * certificate is produced for each vector of its integer echelon basis. So
 * `status: 'none'` means that no nonzero combination of the candidates is
 * provable by a degree-2 ideal-membership identity.
 */
import type { Matrix } from '../algebra/matrix';
import { nullspace } from '../algebra/nullspace';
import { type Polynomial, polyScale, polySum } from '../algebra/polynomial';
import { RAT_ZERO, ratAdd, ratIsZero, ratMul, type Rational } from '../algebra/rational';
import { QQ } from '../algebra/rationalField';
import { ArithmeticError } from '../errors';
import { type Architecture, deltaCodomainDimension } from '../model/architecture';
import { symbolicDeltaCoordinates } from '../model/symbolicNetwork';
import type { Rng } from '../random';
import { integerEchelonBasis } from '../algebra/integerEchelonBasis';
import { findLinearRelations, type LinearRelationOptions } from './linearRelations';
import { proveRelation, type RelationCertificate } from './relationCertificate';
import { windowIdeal } from './windowIdeal';

/**
 * The result of {@link relationUpperBound}: certificates when at least one
 * relation is proved, else the number of candidates that could not be.
 */
export type RelationUpperBound =
  | {
      readonly status: 'proved';
      /** One certificate per vector of the integer echelon basis of the provable relations. */
      readonly certificates: RelationCertificate[];
      /** The proved bound, in words. */
      readonly bound: string;
      /** dim of the candidate space (common left kernel at the samples). */
      readonly candidates: number;
      /** The linear span of δ(V(windows)) lies in a subspace of this dimension (codomain − #certificates). */
      readonly spanBound: number;
    }
  | { readonly status: 'none'; readonly candidates: number };

const FN = 'relationUpperBound';

/**
 * Finds and proves linear relations on δ(V(windows)) (see the file header).
 * `samplePoint` samples the component whose relations are sought (e.g.
 * `(rng) => orbitPoint(dec, rng, 1000).point`); `options` are those of
 * `findLinearRelations`. Every certificate is verified exactly by
 * `proveRelation` before it is returned. Throws ArgumentError for bad input.
 */
export function relationUpperBound(
  arch: Architecture,
  windows: readonly (readonly number[])[],
  samplePoint: (rng: Rng) => Matrix<Rational>[],
  options: LinearRelationOptions = {},
): RelationUpperBound {
  const ideal = windowIdeal(arch, windows, FN);
  const candidates = findLinearRelations(arch, samplePoint, options);
  const k = candidates.length;
  if (k === 0) return { status: 'none', candidates: 0 };
  const m = deltaCodomainDimension(arch);
  const ring = ideal.net.ring;
  const delta = symbolicDeltaCoordinates(ideal.net);
  const targets = candidates.map((ell) => polySum(ring, ell.flatMap((c, i) => (ratIsZero(c) ? [] : [polyScale(c, delta[i])]))));

  // λ ∈ Q^k, c ∈ Q^K with Σ λ_j residue(ℓ_j∘δ) = Σ c_k residue(f_k): the provable combinations
  const columns: Polynomial<Rational>[] = [...targets, ...ideal.quadratic.map((g) => g.polynomial)].map((p) => ideal.residue(p));
  const rowOf = new Map<string, number>();
  for (const p of columns) for (const key of p.terms.keys()) if (!rowOf.has(key)) rowOf.set(key, rowOf.size);
  const M: Rational[][] = Array.from({ length: rowOf.size }, () => new Array<Rational>(columns.length).fill(QQ.zero));
  columns.forEach((p, j) => {
    for (const [key, c] of p.terms) M[rowOf.get(key) as number][j] = j < k ? c : QQ.neg(c);
  });
  const lambdas = integerEchelonBasis(
    nullspace(QQ, M, columns.length).map((v) => v.slice(0, k)).filter((v) => v.some((x) => !ratIsZero(x))),
    k,
  );
  if (lambdas.length === 0) return { status: 'none', candidates: k };
  const relations = integerEchelonBasis(
    lambdas.map((lambda) => Array.from({ length: m }, (_, i) => lambda.reduce((s, x, j) => (ratIsZero(x) ? s : ratAdd(s, ratMul(x, candidates[j][i]))), RAT_ZERO))),
    m,
  );
  const certificates = relations.map((ell, t) => {
    const cert = proveRelation(arch, ideal.windows, ell);
    if (cert === null) throw new ArithmeticError(FN, `internal error: relation ${t} is in the provable subspace but proveRelation found no cofactors`);
    return cert;
  });
  const r = certificates.length;
  const bound =
    `every irreducible component C of V(windows) has dim cl delta(C) <= G - 1 (G = dim cl delta(R^P)); ` +
    `${r} independent linear relation(s) vanish on delta(V(windows)), so its linear span has dimension <= ${m - r} (codomain ${m})`;
  return { status: 'proved', certificates, bound, candidates: k, spanBound: m - r };
}
