/**
 * An exact upper bound for dim cl δ(orbit closure) from proved kernel vector
 * fields of d(δ∘ψ) ({@link kernelFieldBound}, tried first: degree 1 is cheap)
 * or, where they stop short, from proved polynomial relations on δ's image
 * (issue #11, steps 1–2); the bound is the smaller of the two.
 *
 * Eigenvalue relations come first ({@link eigenvalueRelationsAt}: rank-one
 * layers with a vanishing neighbour product; no expansion, any degree).
 * δ's drops are local (Δ_a … Δ_b depend only on W_a … W_{b+1}), so windows of
 * consecutive Δ's are searched shortest first: a window whose Jacobian rows
 * (dδ∘T at the point, mod p) have a rank deficiency carries relations; they
 * are found by interpolation mod p in that window's coordinates only
 * ({@link imageRelations}), degree 1, 2, … while the monomial count stays
 * under `maxMonomials`, and a candidate is kept only when its exact gradient
 * at δ(W) raises the rank of the kept gradients — and then only after its
 * exact proof ({@link relationHolds}, expanding in the window's parameters).
 * k kept relations with gradients of exact rank k at the point δ(W) of the
 * (irreducible) image closure V prove dim V ≤ m − k (m = number of δ
 * coordinates): near δ(W), V lies in a variety of dimension ≤ m − k.
 * The lower bound is the exact rank mod p of dδ∘T at W; equality makes the
 * dimension exact. For a stabiliser family, bounds on ψ bound the component
 * only when ψ is dense in T×H·W ({@link familyDensity}, checked first): when
 * that is not shown, the upper bound is m with no relations or fields.
 *
 * @example
 * ```ts
 * import { certifyOrbit, orbitFamily, architecture, rational } from 'deeplin';
 * const q = (x) => [[rational(x)]];
 * // widths (1,1,1,1) with W_1 = W_3 = 0: δ∘ψ = (4 g_2², −4 g_2²) moves only with g_2;
 * // three of ψ's four parameters are kernel fields, so no relation (Δ_1 + Δ_2 = 0) is needed
 * const c = certifyOrbit(orbitFamily(architecture([1, 1, 1, 1]), [q(0), q(2), q(0)], 'G'), { seed: 1 });
 * [c.lowerBound, c.upperBound, c.exact, c.kernelFields.fields.length, c.relations.length]; // [1, 1, true, 3, 0]
 * ```
 */
import type { Matrix } from '../algebra/matrix';
import { type Polynomial, polyEvaluate, polyPartial, polyTerms } from '../algebra/polynomial';
import { primeField } from '../algebra/primeField';
import { rankModP } from '../algebra/rankModP';
import { rankOverQ } from '../algebra/rankOverQ';
import { ratToString, type Rational } from '../algebra/rational';
import { QQ } from '../algebra/rationalField';
import { restrictedDeltaJacobian } from '../dimension/restrictedDeltaJacobian';
import type { OnProgress } from '../parallel/progress';
import { Rng } from '../random';
import { stabilizerOrbitTangentBasis } from '../quiver/stabilizerTangent';
import { imageRelations, monomialCount, relationHolds } from './imageRelations';
import { familyDensity, type FamilyDensity } from './familyDensity';
import { kernelFieldBound, type KernelFieldBound } from './kernelFields';
import { deltaAt, deltaKey, orbitFamily, type OrbitFamily } from './orbitFamily';
import { budgetExceeded, budgetReason, workBudget } from './workBudget';
import { orbitSlice, sliceDeltaPolynomials, type OrbitSlice } from './orbitSlice';
import { orthogonallyInvariant } from './orthogonalInvariance';
import { fundamentalCircuits } from './jacobianCircuits';
import { rank } from '../algebra/rank';
import { eigenvalueRelationsAt, type EigenvalueRelation } from './eigenvalueRelations';

/** A relation in δ's coordinates: rational coefficient × Π Δ_i[r][c]^e (i 1-based, r ≤ c). */
export interface DeltaRelation {
  readonly terms: [string, [number, number, number, number][]][];
  /** The slice of ψ it was proved on ({@link orbitSlice}; absent: the whole family): unit directions [v, r, c], boundary pairs for the stabiliser. */
  readonly slice?: { readonly free: [number, number, number][]; readonly boundary?: { readonly x0: string[][]; readonly xN: string[][] }[]; readonly orthogonal?: number[] };
}

export interface OrbitCertification {
  /** The exact point used: a point of the family where dδ∘T has its generic rank (see genericPointOf). */
  readonly point: readonly Matrix<Rational>[];
  /** Exact lower bound: rank of dδ∘T at the point mod `prime`. */
  readonly lowerBound: number;
  /** Proved upper bound: the smaller of m − (number of relations, both kinds) and n − (number of kernel fields). */
  readonly upperBound: number;
  readonly exact: boolean;
  readonly relations: DeltaRelation[];
  /** Relations from eigen-layers ({@link eigenvalueRelationsAt}): proved by the structure of the point, no expansion; counted with `relations`. */
  readonly eigenvalueRelations: EigenvalueRelation[];
  /** The source-side bound ({@link kernelFieldBound}): proved kernel vector fields of d(δ∘ψ). */
  readonly kernelFields: KernelFieldBound;
  /**
   * Each searched window: the affine Hilbert function h(0..D) of its image (mod p; empty when its
   * circuits gave every relation needed, so the whole window was not interpolated), and each of its
   * circuits searched, with the Hilbert function of the circuit's coordinates.
   */
  readonly windows: {
    readonly window: [number, number];
    readonly deficiency: number;
    readonly hilbert: number[];
    readonly relations: number;
    readonly circuits: { readonly coordinates: string[]; readonly hilbert: number[]; readonly relations: number }[];
  }[];
  /** For a stabiliser component: the proof that ψ is dense in T×H·W ({@link familyDensity}); without it no bound below m is claimed. */
  readonly density?: FamilyDensity;
  /** Why the bound is not exact, when it is not. */
  readonly reason: string;
  /** Term products spent on exact relation proofs (the work budget's count). */
  readonly termProducts: number;
}

export interface CertifyOrbitOptions {
  readonly seed?: number;
  /** Largest relation degree tried (default 4). */
  readonly maxDegree?: number;
  /** Largest interpolation matrix (columns = monomials) tried (default 600). */
  readonly maxMonomials?: number;
  /** Stop once the upper bound is ≤ this (default: the lower bound, i.e. exactness). */
  readonly target?: number;
  /**
   * Work budget of the exact relation proofs, in term products (products of
   * two terms; default {@link CERTIFY_ORBIT_TERM_PRODUCTS}): the
   * deterministic limit — the same components come out exact on every machine.
   */
  readonly maxTermProducts?: number;
  /** Optional wall-clock safety stop in seconds (default: none); reaching it leaves the bound unproved with the reason "time limit". */
  readonly seconds?: number;
  /** Progress: windows searched of all windows (phase {@link CERTIFY_WINDOWS_PHASE}), relations proved so far as the note. */
  readonly onProgress?: OnProgress;
}

/** The phase name of {@link certifyOrbit}'s progress reports. */
export const CERTIFY_WINDOWS_PHASE = 'windows searched for relations on delta\'s image';

const PRIME = 2147483647;

/** The default work budget of {@link certifyOrbit}'s relation proofs, in term products. */
export const CERTIFY_ORBIT_TERM_PRODUCTS = 3e7;

/**
 * A point of the family where dδ∘T has its generic rank: the largest rank
 * at two uniformly random points mod p is the generic rank unless both hit a
 * root of a minor (Schwartz–Zippel), and ψ at random small integers is tried
 * until its exact rank mod p reaches it — a special point of the orbit (where
 * δ's rank along the orbit drops) would give a weaker lower bound and relations
 * with dependent gradients. Falls back to the given point.
 */
function genericPointOf(family: OrbitFamily, rng: Rng): readonly Matrix<Rational>[] {
  const F = primeField(PRIME);
  const C = family.C ? family.C.map((row) => row.map((x) => F.fromRational(x))) : undefined;
  const rankAt = (W: number[][][]): number =>
    rank(F, restrictedDeltaJacobian(F, W, C ? stabilizerOrbitTangentBasis(F, W, C) : undefined));
  const toF = (W: readonly Matrix<Rational>[]): number[][][] => W.map((M) => M.map((row) => row.map((x) => F.fromRational(x))));
  const generic = Math.max(rankAt(family.sampleModP(PRIME, rng)), rankAt(family.sampleModP(PRIME, rng)));
  if (rankAt(toF(family.point)) >= generic) return family.point;
  for (let attempt = 0; attempt < 20; attempt++) {
    const W = family.sampleExact(attempt < 10 ? 3 : 20, rng);
    if (rankAt(toF(W)) >= generic) return W;
  }
  return family.point;
}

export function certifyOrbit(given: OrbitFamily, options: CertifyOrbitOptions = {}): OrbitCertification {
  const t0 = Date.now();
  const budget = workBudget(options.maxTermProducts ?? CERTIFY_ORBIT_TERM_PRODUCTS);
  const rng = new Rng(options.seed ?? 1);
  const family = orbitFamily(given.arch, genericPointOf(given, rng), given.group, given.C);
  const maxDegree = options.maxDegree ?? 4;
  const maxMonomials = options.maxMonomials ?? 600;
  const seconds = options.seconds ?? Infinity;
  const late = (): boolean => (Date.now() - t0) / 1000 > seconds;
  const { arch, point } = family;
  const d = arch.widths;
  const N = arch.depth;
  const keys: string[] = [];
  const layerOf: number[] = [];
  for (let i = 1; i < N; i++) for (let r = 0; r < d[i]; r++) for (let c = r; c < d[i]; c++) (keys.push(deltaKey(i, r, c)), layerOf.push(i));
  const m = keys.length;
  const tangents = family.group === 'stabilizer' ? stabilizerOrbitTangentBasis(QQ, point, family.C as Matrix<Rational>) : undefined;
  const jac = restrictedDeltaJacobian(QQ, point, tangents);
  const lowerBound = m === 0 ? 0 : rankModP(jac, PRIME).rank;
  const Fp = primeField(PRIME);
  const jacModP = jac.map((row) => row.map((x) => Fp.fromRational(x)));
  const target = options.target ?? lowerBound;
  // a stabiliser family bounds the component only where it is dense in T×H·W
  const density = family.group === 'stabilizer' ? familyDensity(family, { seed: options.seed ?? 1 }) : undefined;
  if (density && !density.dense) {
    const reason = `family not shown dense in the orbit: rank d psi = ${density.familyRank} < ${density.orbitDimension} = dim T.H.W at the points tried`;
    const none: KernelFieldBound = { parameters: family.parameters, at: density.at, fields: [], upperBound: family.parameters.length, reason };
    return { point, lowerBound, upperBound: m, exact: lowerBound === m, relations: [], eigenvalueRelations: [], kernelFields: none, windows: [], density, reason: lowerBound === m ? '' : reason, termProducts: 0 };
  }
  // the source side first: kernel fields of degree 1 are cheap and often reach the lower bound
  const kernelFields = kernelFieldBound(family, { seed: rng.int(0, 2 ** 30), target });
  const y = deltaAt(QQ, point);
  // eigen-layers first: their relations cost no expansion and reach degrees d_a·d_b that interpolation cannot
  const eigen = eigenvalueRelationsAt(point);
  const eigenvalueRelations = eigen.map((e) => e.relation);
  const gradients: Rational[][] = eigen.map((e) => e.gradient);
  const relations: DeltaRelation[] = [];
  const windows: OrbitCertification['windows'][number][] = [];
  let reason = '';
  const proved = (): number => relations.length + eigenvalueRelations.length;
  const done = (): boolean => Math.min(m - proved(), kernelFields.upperBound) <= target;
  const order: [number, number][] = [];
  for (let len = 1; len < N; len++) for (let a = 1; a + len - 1 < N; a++) order.push([a, a + len - 1]);
  const report = (searched: number): void =>
    options.onProgress?.({ phase: CERTIFY_WINDOWS_PHASE, done: searched, total: order.length, note: `${proved()} of ${Math.max(0, m - target)} relations proved` });
  for (const [w, [a, b]] of order.entries()) {
    report(w);
    if (done()) break;
    if (late()) {
      reason = `time limit ${seconds} s reached at window [${a}, ${b}]`;
      break;
    }
    const rows = keys.map((_, j) => j).filter((j) => layerOf[j] >= a && layerOf[j] <= b);
    const deficiency = rows.length - rankModP(rows.map((j) => jac[j]), PRIME).rank;
    // relations of shorter windows inside this one already account for part of the deficiency
    const inside = gradients.filter((g) => g.every((x, j) => x.num === 0n || (layerOf[j] >= a && layerOf[j] <= b))).length;
    if (deficiency - inside <= 0) continue;
    // relations are proved on the window's slice when it is dense in the projected orbit (far smaller expansions); a relation
    // invariant under SO(d_v) at inner vertices v gets a slice saturated by those groups too (fewer parameters still)
    type SliceEntry = { slice: OrbitSlice; images?: Map<string, Polynomial<Rational>> };
    const slices = new Map<string, SliceEntry>();
    const sliceEntry = (inner: readonly number[]): SliceEntry => {
      const key = inner.join(',');
      if (!slices.has(key)) slices.set(key, { slice: orbitSlice(family, a, b, inner) });
      return slices.get(key) as SliceEntry;
    };
    const sliceOf = (inner: readonly number[] = []): OrbitSlice => sliceEntry(inner).slice;
    const exact = (inner: readonly number[] = []): Map<string, Polynomial<Rational>> => {
      const e = sliceEntry(inner);
      return (e.images ??= e.slice.dense ? sliceDeltaPolynomials(family, e.slice) : family.deltaPolynomials(a, b));
    };
    const innerVertices = (F: Polynomial<Rational>, coordinates: readonly string[]): number[] => {
      const out: number[] = [];
      for (let v = a; v <= b; v++) if (d[v] >= 2 && orthogonallyInvariant(F, coordinates, v, d[v])) out.push(v);
      return out;
    };
    /** Relations among `coordinates`, degree 1, 2, … (at most `needed`); each kept only after its exact proof. */
    const search = (coordinates: readonly string[], needed: number, where: string): { found: number; hilbert: number[] } => {
      // the map's exact images: on the slice saturated at the inner vertices where the relation being proved is invariant
      const map = (inner: readonly number[] = []) => ({ coordinates, sample: (p: number, r: Rng) => deltaAt(primeField(p), family.sampleModP(p, r)), exact: () => exact(inner) });
      let found = 0;
      let hilbert: number[] = [];
      for (let D = 1; D <= maxDegree && found < needed && !done() && !budgetExceeded(budget); D++) {
        if (late()) {
          reason ||= `time limit ${seconds} s reached at ${where}, degree ${D}`;
          break;
        }
        if (monomialCount(coordinates.length, D) > maxMonomials) {
          reason ||= `${where}: degree ${D} needs ${monomialCount(coordinates.length, D)} monomials > ${maxMonomials}`;
          break;
        }
        const found0 = imageRelations(map(), D, rng);
        hilbert = found0.hilbert;
        for (const F of found0.candidates) {
          if (done() || found >= needed || late() || budgetExceeded(budget)) break;
          const at = coordinates.map((k) => y.get(k) as Rational);
          const local = coordinates.map((_, j) => polyEvaluate(polyPartial(F, j), at));
          const grad = keys.map((k) => {
            const j = coordinates.indexOf(k);
            return j < 0 ? { num: 0n, den: 1n } : local[j];
          });
          if (rankOverQ([...gradients, grad]) <= gradients.length) continue;
          report(w);
          // more orthogonal tangents never lower the slice's rank, so a slice without them is dense only if this one is
          const inner = innerVertices(F, coordinates);
          if (!relationHolds(map(inner), F, budget)) {
            if (budgetExceeded(budget)) reason ||= `${budgetReason(budget)} at ${where}, degree ${D}`;
            continue;
          }
          gradients.push(grad);
          relations.push(toDeltaRelation(F, coordinates, sliceOf(inner)));
          found++;
        }
      }
      return { found, hilbert };
    };
    // the window's fundamental circuits that reach both ends first (fewer coordinates, smaller interpolation;
    // circuits inside shorter windows were searched there), then the whole window
    const needed = deficiency - inside;
    const circuits = fundamentalCircuits(rows.map((j) => jacModP[j]), PRIME)
      .map((circuit) => circuit.map((q) => rows[q]))
      .filter((circuit) => circuit.length < rows.length && circuit.some((j) => layerOf[j] === a) && circuit.some((j) => layerOf[j] === b));
    let found = 0;
    const searched: OrbitCertification['windows'][number]['circuits'] = [];
    for (const circuit of circuits) {
      if (found >= needed || done() || budgetExceeded(budget) || late()) break;
      const coordinates = circuit.map((j) => keys[j]);
      const r = search(coordinates, 1, `window [${a}, ${b}], circuit of ${circuit.length} coordinates`);
      searched.push({ coordinates, hilbert: r.hilbert, relations: r.found });
      found += r.found;
    }
    let hilbert: number[] = [];
    if (found < needed && !done()) {
      const r = search(rows.map((j) => keys[j]), needed - found, `window [${a}, ${b}]`);
      hilbert = r.hilbert;
      found += r.found;
    }
    windows.push({ window: [a, b], deficiency, hilbert, relations: found, circuits: searched });
    if (budgetExceeded(budget)) break;
  }
  report(order.length);
  const upperBound = Math.min(m - proved(), kernelFields.upperBound);
  if (!reason && upperBound > lowerBound) reason = `windows searched up to degree ${maxDegree}: ${proved()} relations proved, ${m - lowerBound} needed`;
  if (upperBound > lowerBound) reason = `${reason}; ${kernelFields.reason}`;
  return { point, lowerBound, upperBound, exact: upperBound === lowerBound, relations, eigenvalueRelations, kernelFields, windows, ...(density ? { density } : {}), reason: upperBound === lowerBound ? '' : reason, termProducts: budget.used };
}


function toDeltaRelation(F: Polynomial<Rational>, coordinates: readonly string[], slice: OrbitSlice): DeltaRelation {
  const strings = (M: Matrix<Rational>): string[][] => M.map((row) => row.map(ratToString));
  return {
    terms: polyTerms(F).map(([exps, c]) => [
      ratToString(c),
      exps.flatMap((e, j) => (e === 0 ? [] : [[...coordinates[j].split(',').map(Number), e] as [number, number, number, number]])),
    ]),
    ...(slice.dense
      ? {
          slice: {
            free: slice.free.map(([v, r, c]) => [v, r, c] as [number, number, number]),
            ...(slice.boundary.length ? { boundary: slice.boundary.map((p) => ({ x0: strings(p.x0), xN: strings(p.xN) })) } : {}),
            ...(slice.orthogonal?.length ? { orthogonal: [...slice.orthogonal] } : {}),
          },
        }
      : {}),
  };
}
