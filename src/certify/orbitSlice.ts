/**
 * A slice of an orbit family for one window of δ: fewer parameters, the same
 * closure, so a relation F on Δ_a … Δ_b is proved by a much smaller exact
 * expansion (issue #11: a degree-4 relation of width 2 depth 5 costs 1.9e7
 * term products on the whole family and 3e5 on its slice).
 *
 * Δ_a … Δ_b depend only on the layers W_a … W_{b+1} (the window's layers),
 * i.e. on the gauges g_{a−1} … g_{b+1}. The slice keeps ψ's formula
 * ψ(g) = (g_i W_i adj(g_{i−1}))_i but puts g = I + Σ_j s_j ξ^j for a few
 * directions ξ^j: unit matrices E_{rc} at a vertex v (`free`), and for the
 * stabiliser H of C the pairs (x0, xN) with x0 C = C xN at the vertices 0
 * and N (`boundary`; (I, I) is one such pair, so g stays a parameter of the
 * family and ψ_slice ⊆ image ψ). At s = 0 the slice passes through ψ(I) = W.
 *
 * Why it proves the same relations: let π be the projection to the window's
 * layers and O the orbit the family parametrises (G·W, or T×H·W with the
 * layer scalings T). π(O) is an orbit of the same group acting on the
 * window's layers (π is equivariant), so its dimension is the exact rank of
 * the projected orbit tangent at π(W). cl π(ψ_slice) is irreducible, lies in
 * cl π(O), and has dimension ≥ rank d(π∘ψ_slice)(0). When that rank equals
 * dim π(O), the closures agree, so F∘(Δ_a … Δ_b)∘ψ_slice ≡ 0 makes F vanish on
 * π(O), hence on δ of the component. The directions are chosen greedily (each
 * raises that rank), so the slice has exactly dim π(O) parameters.
 *
 * Saturation by orthogonal groups: O(d_v) at an end vertex of the window
 * (v = a − 1 acting on W_a from the right, v = b + 1 on W_{b+1} from the
 * left) fixes Δ_a … Δ_b (they see W_a only through W_a W_aᵀ, W_{b+1} only
 * through W_{b+1}ᵀW_{b+1}) and lies in the group (GL(d_v) acts there; for H
 * at v = 0 or N only when the window leaves out the other boundary's layer
 * and O(d_v) lies in H's projection to v, see boundaryOrthogonal), so π(O) is
 * invariant under it. Then K·π(ψ_slice) is
 * irreducible, inside cl π(O), of dimension ≥ the rank of the slice's and
 * K's tangents together; F vanishes on it when it vanishes on the slice. So
 * the greedy starts from K's tangents: the slice needs up to dim O(d_{a−1}) +
 * dim O(d_{b+1}) directions fewer (width 3: 6), and those at a − 1 enter ψ
 * through the adjugate (degree 2). Measured: width 3 depth 5, component
 * n=1,l=4 | … | [0,1]+[0,1]+[0,1]+[2,2]+[2,2]+[2,2], its last relation over the
 * work budget (10^8 term products, 110 s) before, exact in 3 s with it.
 *
 * Inside the window (a ≤ v ≤ b) O(d_v) acts by W_v ↦ Q W_v, W_{v+1} ↦ W_{v+1} Qᵀ,
 * which moves only Δ_v, to Q Δ_v Qᵀ. It still keeps π(O), so it saturates the
 * slice of a relation F that is invariant under SO(d_v) on Δ_v (proved by
 * {@link orthogonallyInvariant}: the derivative of F along every A Δ_v − Δ_v A,
 * A antisymmetric, expands to zero; SO(d_v) is connected): F vanishes on
 * SO(d_v)·π(ψ_slice) when it vanishes on the slice. The caller names these
 * vertices (`inner`), since they depend on F. Measured: width 3 depth 6,
 * stabiliser orbit [1,2,3]+[1,2,3]+[2,3,4]+[4,5]+[4,5]+[5,6,0]+[6,0]+[6,0,1],
 * window [4, 5]: see orthogonallyInvariant's note.
 *
 * d(π∘ψ)(I)·ξ = (ξ_i W_i + W_i (tr ξ_{i−1} I − ξ_{i−1}))_i, since
 * adj(I + εξ) = I + ε (tr ξ I − ξ) + O(ε²).
 *
 * Internal (certifyOrbit uses it); see test/certify/orbitSlice.test.ts.
 */
import type { Matrix } from '../algebra/matrix';
import { type Polynomial, polyAdd, polyConstant, polyMul, polyScale, polySub, polyVariable, polyZero } from '../algebra/polynomial';
import { polynomialRing } from '../algebra/polynomialRing';
import { rankOverQ } from '../algebra/rankOverQ';
import { RAT_ONE, RAT_ZERO, ratIsZero, type Rational } from '../algebra/rational';
import { QQ } from '../algebra/rationalField';
import { orbitTangentBasis } from '../quiver/orbitTangent';
import { stabilizerOrbitTangentBasis } from '../quiver/stabilizerTangent';
import { adjugate, deltaOfLayers, ringMatMul, type OrbitFamily } from './orbitFamily';

/** The directions of a slice: g_v = I + Σ s E_{rc} over `free`, (g_0, g_N) = (I, I) + Σ u_k (x0_k, xN_k) over `boundary`. */
export interface OrbitSliceDirections {
  /** Unit directions [vertex v, row r, column c] (0-based v in 0..N; for the stabiliser never 0 or N). */
  readonly free: readonly (readonly [number, number, number])[];
  /** For the stabiliser: pairs with x0 C = C xN, moving g_0 and g_N together. */
  readonly boundary: readonly { readonly x0: Matrix<Rational>; readonly xN: Matrix<Rational> }[];
  /** Vertices whose orthogonal group saturates the slice (absent: none): end vertices of the window (a − 1, b + 1), and inner ones (a ≤ v ≤ b) only for a relation invariant there. */
  readonly orthogonal?: readonly number[];
}

export interface OrbitSlice extends OrbitSliceDirections {
  /** The window [a, b] of δ (Δ_a … Δ_b, layers a … b+1). */
  readonly window: readonly [number, number];
  /** Exact rank of d(π∘ψ_slice) at s = 0. */
  readonly rank: number;
  /** Exact dimension of π(orbit): the rank of the projected orbit tangent at π(W). */
  readonly orbitDimension: number;
  /** rank = orbitDimension: the slice's closure is the projected component. */
  readonly dense: boolean;
}

type Tangent = Rational[];

const zeroMatrix = (rows: number, cols: number): Rational[][] => Array.from({ length: rows }, () => new Array<Rational>(cols).fill(RAT_ZERO));

function mulQ(A: readonly (readonly Rational[])[], B: readonly (readonly Rational[])[]): Rational[][] {
  return A.map((row) => B[0].map((_, c) => row.reduce((s, a, k) => (ratIsZero(a) ? s : QQ.add(s, QQ.mul(a, B[k][c]))), RAT_ZERO)));
}

/** d(π∘ψ)(I)·ξ flattened over the window's layers, ξ given at every vertex (missing = 0). */
function familyTangent(W: readonly Matrix<Rational>[], first: number, last: number, xi: (v: number) => Matrix<Rational> | undefined): Tangent {
  const out: Rational[] = [];
  for (let i = first; i <= last; i++) {
    const Wi = W[i - 1];
    let T = zeroMatrix(Wi.length, Wi[0].length);
    const left = xi(i);
    if (left) T = mulQ(left, Wi);
    const right = xi(i - 1);
    if (right) {
      const trace = right.reduce((s, row, r) => QQ.add(s, row[r]), RAT_ZERO);
      const adjDot = right.map((row, r) => row.map((x, c) => QQ.sub(r === c ? trace : RAT_ZERO, x)));
      const WR = mulQ(Wi, adjDot);
      T = T.map((row, r) => row.map((x, c) => QQ.add(x, WR[r][c])));
    }
    out.push(...T.flat());
  }
  return out;
}

/** The projected orbit tangent at π(W): G's (or H's with the layer scalings) tangent vectors, restricted to layers first..last. */
function projectedOrbitTangents(family: OrbitFamily, first: number, last: number): Tangent[] {
  const W = family.point;
  const restrict = (layers: readonly Matrix<Rational>[]): Tangent => layers.slice(first - 1, last).flatMap((M) => M.flat());
  if (family.group === 'G') return orbitTangentBasis(QQ, W).map(restrict);
  const scalings = W.map((_, i) => restrict(W.map((M, j) => (i === j ? M : zeroMatrix(M.length, M[0].length)))));
  return [...stabilizerOrbitTangentBasis(QQ, W, family.C as Matrix<Rational>).map(restrict), ...scalings];
}

/**
 * The slice of `family` for the window [a, b]: unit directions at the window's
 * vertices (then, for the stabiliser, the boundary pairs), each kept when it
 * raises the exact rank of d(π∘ψ_slice)(0), until it reaches dim π(orbit).
 */
export function orbitSlice(family: OrbitFamily, a: number, b: number, inner: readonly number[] = []): OrbitSlice {
  const d = family.arch.widths;
  const N = family.arch.depth;
  const [first, last] = [a, b + 1];
  if (inner.some((v) => v < a || v > b)) throw new RangeError(`orbitSlice: inner vertices must lie in [${a}, ${b}]`);
  const orbitDimension = rankOverQ(projectedOrbitTangents(family, first, last));
  // the orthogonal groups at the window's end vertices fix Δ_a … Δ_b and lie in the group (for H at 0 or N only when boundaryOrthogonal says so),
  // those at the inner vertices named by the caller keep the relation (it is invariant there):
  // their tangents count towards the rank without being parameters of the slice
  const ends = [first - 1, last].filter((v, k, all) => all.indexOf(v) === k && (family.group === 'G' || (v !== 0 && v !== N) || boundaryOrthogonal(family, v, first, last)));
  const orthogonal = [...ends, ...inner.filter((v, k, all) => all.indexOf(v) === k)].sort((x, y) => x - y);
  const tangentsAt = new Map(orthogonal.map((v) => [v, orthogonalTangents(family.point, first, last, v)]));
  const base = orthogonal.flatMap((v) => tangentsAt.get(v) as Tangent[]);
  const baseRank = base.length === 0 ? 0 : rankOverQ(base);
  const candidates: { tangent: Tangent; free?: [number, number, number]; boundary?: { x0: Matrix<Rational>; xN: Matrix<Rational> } }[] = [];
  for (let v = first - 1; v <= last; v++) {
    if (family.group === 'stabilizer' && (v === 0 || v === N)) continue;
    for (let r = 0; r < d[v]; r++) {
      for (let c = 0; c < d[v]; c++) {
        const E = zeroMatrix(d[v], d[v]);
        E[r][c] = RAT_ONE;
        candidates.push({ tangent: familyTangent(family.point, first, last, (u) => (u === v ? E : undefined)), free: [v, r, c] });
      }
    }
  }
  if (family.group === 'stabilizer' && (first - 1 === 0 || last === N)) {
    for (const pair of family.boundaryBasis) {
      candidates.push({ tangent: familyTangent(family.point, first, last, (u) => (u === 0 ? pair.x0 : u === N ? pair.xN : undefined)), boundary: pair });
    }
  }
  const kept: typeof candidates = [];
  let rank = baseRank;
  for (const candidate of candidates) {
    if (rank >= orbitDimension) break;
    const r = rankOverQ([...base, ...kept.map((k) => k.tangent), candidate.tangent]);
    if (r > rank) (kept.push(candidate), (rank = r));
  }
  // name only the groups the rank needs (a certificate lists what its proof uses), dropping one at a time so
  // that two groups needed together are never both dropped
  let needed = [...orthogonal];
  for (const v of orthogonal) {
    const rest = [...needed.filter((u) => u !== v).flatMap((u) => tangentsAt.get(u) as Tangent[]), ...kept.map((k) => k.tangent)];
    if ((rest.length === 0 ? 0 : rankOverQ(rest)) === rank) needed = needed.filter((u) => u !== v);
  }
  return {
    window: [a, b],
    free: kept.flatMap((k) => (k.free ? [k.free] : [])),
    boundary: kept.flatMap((k) => (k.boundary ? [k.boundary] : [])),
    orthogonal: needed,
    rank,
    orbitDimension,
    dense: rank === orbitDimension,
  };
}

/**
 * For the stabiliser H at a boundary vertex v ∈ {0, N}: H's elements are
 * (g_0, g_N) with g_0 C = C g_N. When the window leaves out the other
 * boundary's layer (layer N for v = 0, layer 1 for v = N), an element whose
 * g_v is orthogonal acts on the window like O(d_v) alone, and O(d_v) lies in
 * the projection of H to vertex v when every antisymmetric A is the v-part
 * of some (x0, xN) with x0 C = C xN (always when C is invertible).
 */
function boundaryOrthogonal(family: OrbitFamily, v: number, first: number, last: number): boolean {
  const N = family.arch.depth;
  if (v === 0 ? last >= N : first <= 1) return false;
  const part = (b: { x0: Matrix<Rational>; xN: Matrix<Rational> }): Rational[] => (v === 0 ? b.x0 : b.xN).flat();
  const span = family.boundaryBasis.map(part);
  const base = span.length === 0 ? 0 : rankOverQ(span);
  return antisymmetricBasis(family.arch.widths[v]).every((A) => rankOverQ([...span, A.flat()]) === base);
}

/** The basis E_rc − E_cr (r < c) of the antisymmetric n × n matrices: the Lie algebra of O(n). */
function antisymmetricBasis(n: number): Rational[][][] {
  const out: Rational[][][] = [];
  for (let r = 0; r < n; r++) {
    for (let c = r + 1; c < n; c++) {
      const A = zeroMatrix(n, n);
      A[r][c] = RAT_ONE;
      A[c][r] = QQ.neg(RAT_ONE);
      out.push(A);
    }
  }
  return out;
}

/**
 * Tangents at π(W) of the orthogonal group O(d_v) acting at vertex v
 * (W_v ↦ Q W_v, W_{v+1} ↦ W_{v+1} Qᵀ), restricted to the layers first..last:
 * A W_v on layer v and −W_{v+1} A on layer v + 1, A in a basis of the
 * antisymmetric matrices (at v = first − 1 only the second, at v = last only
 * the first lies in the window).
 */
function orthogonalTangents(W: readonly Matrix<Rational>[], first: number, last: number, v: number): Tangent[] {
  const n = v >= 1 ? W[v - 1].length : W[0][0].length;
  return antisymmetricBasis(n).map((A) => {
    const tangent: Tangent = [];
    for (let i = first; i <= last; i++) {
      const Wi = W[i - 1];
      const T = i === v ? mulQ(A, Wi) : i === v + 1 ? mulQ(Wi, A).map((row) => row.map((x) => QQ.neg(x))) : zeroMatrix(Wi.length, Wi[0].length);
      tangent.push(...T.flat());
    }
    return tangent;
  });
}

/** The exact δ coordinates Δ_a … Δ_b of ψ on the slice, as polynomials over Q in its parameters (s for `free`, then u for `boundary`). */
export function sliceDeltaPolynomials(family: OrbitFamily, slice: OrbitSliceDirections & { readonly window: readonly [number, number] }): Map<string, Polynomial<Rational>> {
  const d = family.arch.widths;
  const N = family.arch.depth;
  const [a, b] = slice.window;
  const names = [...slice.free.map(([v, r, c]) => `g${v}_${r}_${c}`), ...slice.boundary.map((_, k) => `u${k}`)];
  const ring = polynomialRing(QQ, names);
  const R = { zero: polyZero(ring), one: polyConstant(ring, RAT_ONE), add: polyAdd<Rational>, sub: polySub<Rational>, mul: polyMul<Rational> };
  const gauge = (v: number): Polynomial<Rational>[][] =>
    Array.from({ length: d[v] }, (_, r) =>
      Array.from({ length: d[v] }, (_, c) => {
        let p = r === c ? R.one : R.zero;
        slice.free.forEach(([u, rr, cc], j) => {
          if (u === v && rr === r && cc === c) p = polyAdd(p, polyVariable(ring, j));
        });
        if (v === 0 || v === N) {
          slice.boundary.forEach((pair, k) => {
            const x = (v === 0 ? pair.x0 : pair.xN)[r][c];
            if (!ratIsZero(x)) p = polyAdd(p, polyScale(x, polyVariable(ring, slice.free.length + k)));
          });
        }
        return p;
      }),
    );
  const layers = new Map<number, Polynomial<Rational>[][]>();
  const layer = (i: number): Polynomial<Rational>[][] => {
    if (!layers.has(i)) {
      const Wi = family.point[i - 1].map((row) => row.map((x) => (ratIsZero(x) ? R.zero : polyConstant(ring, x))));
      layers.set(i, ringMatMul(R, ringMatMul(R, gauge(i), Wi), adjugate(R, gauge(i - 1))));
    }
    return layers.get(i) as Polynomial<Rational>[][];
  };
  return deltaOfLayers(R, d, layer, a, b);
}
