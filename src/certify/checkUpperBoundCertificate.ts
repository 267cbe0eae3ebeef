/**
 * Re-checks a `deeplin/upper-bound-certificate` from the file alone, with
 * code independent of the prover (imports only src/algebra):
 *
 * - every component's point is in A_H: for group "G", the listed products
 *   W_b⋯W_a vanish exactly and imply the Hessian-variety theorem's conditions
 *   for all data (so the whole G-orbit lies in A_H); for "stabilizer", X has
 *   full row rank, C = X Yᵀ full rank, and the theorem's conditions hold at
 *   the point for C (A_H is invariant under the stabiliser H of C);
 * - every relation F holds on the whole family ψ(g) = (g_i W_i adj(g_{i−1}))_i,
 *   g in G (or in H: (g_0, g_N) in {x0 C = C xN}, a basis recomputed here),
 *   by expanding F∘δ∘ψ exactly over Q: the zero polynomial;
 * - the gradients of the relations at δ(W) have exact rank k = their number,
 *   so dim cl δ(family) ≤ m − k (m = number of δ coordinates) — the
 *   component's `upperBound`;
 * - (version 2) the component's `kernelFields`, if any: polynomial vector
 *   fields v(g) on ψ's parameters with d(δ∘ψ)(g)·v(g) ≡ 0, expanded exactly,
 *   of exact rank k' at the listed parameter point g0, prove
 *   dim cl δ(family) ≤ n − k' (n parameters; for the stabiliser the listed
 *   basis of {x0 C = C xN} is checked to be one); `upperBound` must be the
 *   smaller of the two proved bounds;
 * - for "stabilizer" (whose g_0, g_N are tied, so ψ's det factors need not be
 *   absorbable), that ψ is dense in the orbit T×H·W (T the layer scalings),
 *   whenever a bound below m is claimed: the exact rank of dψ at a fixed
 *   integer parameter point equals the exact dimension of T_W(T×H·W), so
 *   cl(image ψ) ⊇ H·W and the bounds on ψ bound the component;
 * - (version 6) the component's `eigenvalueRelations`: det(Δ_a ⊗ I ± I ⊗ Δ_b − s I) = 0,
 *   each re-proved from rank-one layers of the point by {@link checkEigenvalueRelation}
 *   (the checker's own module, importing only src/algebra); their gradients
 *   (by cofactors) join the relations' in the rank k;
 * - the component's `lowerBound` is the rank mod 2^31 − 1 of dδ∘T at W, T the
 *   tangent map of the group orbit (recomputed here);
 * - the top-level claims: restrictedDimension (an integer) = max of the lower
 *   bounds = max of the upper bounds, or, when they differ,
 *   restrictedDimension { "atLeast": max of the lower bounds, "atMost": max of
 *   the upper bounds } (the verdict needs only atMost < genericDimension);
 *   formerly: restrictedDimension = max of the lower bounds = max
 *   of the upper bounds (exact), genericDimension ≤ rank of dδ at
 *   `genericPoint` mod p (a certified lower bound); if genericDimension equals
 *   the number m of δ coordinates it is exact.
 * Not re-checked: that the listed components cover A_H (the enumeration of
 * quiver orbits, MATH §4) — the file says which enumeration produced them.
 *
 * @example
 * ```ts
 * import { checkUpperBoundCertificate } from 'deeplin';
 * // widths (1,1,1,1), the component W = 0 of A_H: Δ_1 = Δ_2 = 0 on it
 * const zero = [['0']];
 * const cert = { kind: 'deeplin/upper-bound-certificate', version: 1, widths: [1, 1, 1, 1],
 *   claims: { restrictedDimension: 0, genericDimension: 2 }, genericPoint: [[['-3']], [['-2']], [['4']]],
 *   components: [{ label: 'W = 0', group: 'G', point: [zero, zero, zero], conditions: [[1, 1], [2, 2], [3, 3]],
 *     lowerBound: 0, upperBound: 0, relations: [{ terms: [['1', [[1, 0, 0, 1]]]] }, { terms: [['1', [[2, 0, 0, 1]]]] }] }] };
 * checkUpperBoundCertificate(cert).ok; // true
 * ```
 */
import { matMul, matTranspose, type Matrix } from '../algebra/matrix';
import { nullspace } from '../algebra/nullspace';
import { type Polynomial, polyAdd, polyConstant, polyIsZero, polyMul, polyEvaluate, polyPartial, polyScale, polySub, polyVariable, polyZero, polyFromTerms } from '../algebra/polynomial';
import { polynomialRing, type PolynomialRing } from '../algebra/polynomialRing';
import { rankModP } from '../algebra/rankModP';
import { rankOverQ } from '../algebra/rankOverQ';
import { parseRational, RAT_ONE, RAT_ZERO, ratIsZero, type Rational } from '../algebra/rational';
import { QQ } from '../algebra/rationalField';
import { checkEigenvalueRelation } from './checkEigenvalueRelation';

export const UPPER_BOUND_CERTIFICATE_KIND = 'deeplin/upper-bound-certificate';

export interface CertificateCheck {
  readonly name: string;
  readonly ok: boolean;
  readonly detail: string;
}

export interface CertificateReport {
  readonly ok: boolean;
  readonly checks: CertificateCheck[];
  readonly conclusion: string;
}

const P = 2147483647;
type Q = Rational;
type Poly = Polynomial<Q>;

class Malformed extends Error {}

function fail(where: string, what: string): never {
  throw new Malformed(`${where}: ${what}`);
}

function fields(where: string, x: unknown, required: readonly string[], optional: readonly string[] = []): Record<string, unknown> {
  if (x === null || typeof x !== 'object' || Array.isArray(x)) fail(where, 'expected an object');
  const o = x as Record<string, unknown>;
  for (const k of Object.keys(o)) if (!required.includes(k) && !optional.includes(k)) fail(where, `unknown field "${k}"`);
  for (const k of required) if (!(k in o)) fail(where, `missing field "${k}"`);
  return o;
}

function int(where: string, x: unknown, lo: number, hi: number): number {
  if (typeof x !== 'number' || !Number.isInteger(x) || x < lo || x > hi) fail(where, `expected an integer in [${lo}, ${hi}], got ${JSON.stringify(x)}`);
  return x;
}

function matrix(where: string, x: unknown, rows: number, cols: number): Q[][] {
  if (!Array.isArray(x) || x.length !== rows) fail(where, `expected ${rows} rows`);
  return x.map((row, r) => {
    if (!Array.isArray(row) || row.length !== cols) fail(`${where}[${r}]`, `expected ${cols} entries`);
    return row.map((e, c) => {
      if (typeof e !== 'string') fail(`${where}[${r}][${c}]`, 'expected a rational as a string');
      try {
        return parseRational(e);
      } catch {
        return fail(`${where}[${r}][${c}]`, `malformed rational ${JSON.stringify(e)}`);
      }
    });
  });
}

function layers(where: string, x: unknown, d: readonly number[]): Q[][][] {
  if (!Array.isArray(x) || x.length !== d.length - 1) fail(where, `expected ${d.length - 1} layers`);
  return x.map((W, i) => matrix(`${where}[${i}]`, W, d[i + 1], d[i]));
}

// ---- exact linear algebra in generic-ring form (matrices of polynomials or rationals)
interface Ring<T> {
  zero: T;
  one: T;
  add(a: T, b: T): T;
  sub(a: T, b: T): T;
  mul(a: T, b: T): T;
}

function mul<T>(R: Ring<T>, A: readonly (readonly T[])[], B: readonly (readonly T[])[]): T[][] {
  return A.map((row) => B[0].map((_, c) => row.reduce((s, a, k) => R.add(s, R.mul(a, B[k][c])), R.zero)));
}

/** Adjugate by cofactors: entry (i, j) = (−1)^{i+j} det(minor without row j, column i). */
function adj<T>(R: Ring<T>, M: readonly (readonly T[])[]): T[][] {
  const det = (A: readonly (readonly T[])[]): T =>
    A.length === 0 ? R.one : A[0].reduce((s, a, j) => {
      const t = R.mul(a, det(A.slice(1).map((row) => row.filter((_, c) => c !== j))));
      return j % 2 ? R.sub(s, t) : R.add(s, t);
    }, R.zero);
  return M.map((_, i) => M.map((__, j) => {
    const m = det(M.filter((_r, r) => r !== j).map((row) => row.filter((_c, c) => c !== i)));
    return (i + j) % 2 ? R.sub(R.zero, m) : m;
  }));
}

function isZeroMatrix(A: Matrix<Q>): boolean {
  return A.every((row) => row.every(ratIsZero));
}

function product(W: readonly Matrix<Q>[], a: number, b: number): Matrix<Q> {
  let M: Matrix<Q> = W[a - 1];
  for (let i = a + 1; i <= b; i++) M = matMul(QQ, W[i - 1], M);
  return M;
}

/** The Hessian-variety theorem's conditions (MATH §3.1) at W for C (or for all data when C is undefined, from vanishing products only). */
function theoremConditions(W: readonly Matrix<Q>[], C: Matrix<Q> | undefined): string {
  const N = W.length;
  const zero = (a: number, b: number): boolean => (a > b ? false : isZeroMatrix(product(W, a, b)));
  let ok1 = false;
  for (let n = 1; n <= N && !ok1; n++) for (let l = n + 1; l <= N && !ok1; l++) if (zero(1, n) && zero(l, N)) ok1 = true;
  if (!ok1) return 'condition 1 fails (no n < l with W_n...W_1 = 0 and W_N...W_l = 0)';
  for (let k = 1; k <= N; k++) {
    for (let j = k + 1; j <= N; j++) {
      if (j > k + 1 && zero(k + 1, j - 1)) continue;
      if (k > 1 && zero(1, k - 1)) continue;
      if (j < N && zero(j + 1, N)) continue;
      if (C !== undefined) {
        const B = k > 1 ? product(W, 1, k - 1) : undefined;
        const A = j < N ? product(W, j + 1, N) : undefined;
        let M: Matrix<Q> = C;
        if (B) M = matMul(QQ, B, M);
        if (A) M = matMul(QQ, M, A);
        if (isZeroMatrix(M)) continue;
      }
      return `condition 2 fails for (k, j) = (${k}, ${j})`;
    }
  }
  return '';
}

/** δ's coordinates (i, r, c), i 1-based, r ≤ c. */
function coordinates(d: readonly number[]): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (let i = 1; i < d.length - 1; i++) for (let r = 0; r < d[i]; r++) for (let c = r; c < d[i]; c++) out.push([i, r, c]);
  return out;
}

function deltaEntry<T>(R: Ring<T>, W: readonly (readonly (readonly T[])[])[], i: number, r: number, c: number): T {
  const A = W[i];
  const B = W[i - 1];
  let s = R.zero;
  for (let k = 0; k < A.length; k++) s = R.add(s, R.mul(A[k][r], A[k][c]));
  for (let k = 0; k < B[0].length; k++) s = R.sub(s, R.mul(B[r][k], B[c][k]));
  return s;
}

/** Basis of {(x0, xN) : x0 C = C xN} over Q. */
function intertwiners(C: Matrix<Q>): { x0: Q[][]; xN: Q[][] }[] {
  const [d0, dN] = [C.length, C[0].length];
  const n = d0 * d0 + dN * dN;
  const rows: Q[][] = [];
  for (let r = 0; r < d0; r++) {
    for (let c = 0; c < dN; c++) {
      const row = new Array<Q>(n).fill(RAT_ZERO);
      for (let t = 0; t < d0; t++) row[r * d0 + t] = QQ.add(row[r * d0 + t], C[t][c]);
      for (let t = 0; t < dN; t++) row[d0 * d0 + t * dN + c] = QQ.sub(row[d0 * d0 + t * dN + c], C[r][t]);
      rows.push(row);
    }
  }
  return nullspace(QQ, rows, n).map((v) => ({
    x0: Array.from({ length: d0 }, (_, r) => v.slice(r * d0, (r + 1) * d0)),
    xN: Array.from({ length: dN }, (_, r) => v.slice(d0 * d0 + r * dN, (r + 1) * dN + d0 * d0)),
  }));
}

function intertwines(b: { x0: Q[][]; xN: Q[][] }, C: Q[][]): boolean {
  const [l, r] = [matMul(QQ, b.x0, C), matMul(QQ, C, b.xN)];
  return l.every((row, i) => row.every((v, j) => QQ.eq(v, r[i][j])));
}

/** The Lie algebra of the group: lists of (ξ_0, …, ξ_N). */
function lieAlgebra(d: readonly number[], C: Matrix<Q> | undefined): Q[][][][] {
  const N = d.length - 1;
  const zeros = (): Q[][][] => d.map((n) => Array.from({ length: n }, () => new Array<Q>(n).fill(RAT_ZERO)));
  const out: Q[][][][] = [];
  for (let v = 0; v <= N; v++) {
    if (C && (v === 0 || v === N)) continue;
    for (let a = 0; a < d[v]; a++) for (let b = 0; b < d[v]; b++) {
      const xi = zeros();
      xi[v][a][b] = RAT_ONE;
      out.push(xi);
    }
  }
  if (C) for (const { x0, xN } of intertwiners(C)) {
    const xi = zeros();
    xi[0] = x0;
    xi[N] = xN;
    out.push(xi);
  }
  return out;
}

/** T_W(ξ) = (ξ_i W_i − W_i ξ_{i−1})_i. */
function tangent(W: readonly Matrix<Q>[], xi: readonly Q[][][]): Q[][][] {
  return W.map((Wi, j) => {
    const a = matMul(QQ, xi[j + 1], Wi);
    const b = matMul(QQ, Wi, xi[j]);
    return a.map((row, r) => row.map((x, c) => QQ.sub(x, b[r][c])));
  });
}

/**
 * The stabiliser family ψ(g) = (g_i W_i adj(g_{i−1}))_i (g_0, g_N tied by
 * g_0 C = C g_N) is dense in the orbit T×H·W of H and the layer scalings T:
 * image ψ ⊂ T×H·W, both closures are irreducible and the rank of dψ at a
 * point is at most its generic rank dim cl(image ψ), so an exact rank of dψ at
 * one parameter point equal to the exact dimension of T_W(T×H·W) (the
 * tangents of Lie(H) and the N layer scalings) proves cl(image ψ) ⊇ H·W.
 * The parameter points are fixed small integers (no randomness), tried in turn.
 */
function familyDense(W: readonly Matrix<Q>[], d: readonly number[], C: Matrix<Q>, named?: readonly Q[]): { familyRank: number; orbitDimension: number } {
  const flat = (layers: readonly (readonly (readonly Q[])[])[]): Q[] => layers.flatMap((M) => M.flat());
  const scalings = W.map((_, i) => flat(W.map((M, j) => (i === j ? M : M.map((row) => row.map(() => RAT_ZERO))))));
  const orbitDimension = rankOverQ([...lieAlgebra(d, C).map((xi) => flat(tangent(W, xi))), ...scalings]);
  const { ring, layer } = familyDelta(W, d, C);
  const n = ring.variables.length;
  const partials = W.flatMap((_, i) => layer(i + 1).flat()).map((e) => Array.from({ length: n }, (_, j) => polyPartial(e, j)));
  if (named && named.length !== n) fail('densityPoint', `expected ${n} parameters`);
  // the point the certificate names (version 4), where the rank is recomputed here, then points of our own
  let familyRank = named && named.length === n ? rankOverQ(partials.map((row) => row.map((q) => (polyIsZero(q) ? RAT_ZERO : polyEvaluate(q, named))))) : 0;
  for (let attempt = 0; attempt < 5 && familyRank < orbitDimension; attempt++) {
    const g = Array.from({ length: n }, (_, j) => ({ num: BigInt((((j + 1) * (2 * attempt + 3) * 7 + attempt) % 11) - 5), den: 1n }));
    familyRank = Math.max(familyRank, rankOverQ(partials.map((row) => row.map((q) => (polyIsZero(q) ? RAT_ZERO : polyEvaluate(q, g))))));
  }
  return { familyRank, orbitDimension };
}

/** rank mod P of dδ_W ∘ T (T: ξ ↦ (ξ_i W_i − W_i ξ_{i−1})_i). */
function restrictedRank(W: readonly Matrix<Q>[], d: readonly number[], C: Matrix<Q> | undefined): number {
  const coords = coordinates(d);
  const columns = lieAlgebra(d, C).map((xi) => {
    const dW = tangent(W, xi);
    return coords.map(([i, r, c]) => {
      const [A, dA, B, dB] = [W[i], dW[i], W[i - 1], dW[i - 1]];
      let s = RAT_ZERO;
      for (let k = 0; k < A.length; k++) s = QQ.add(s, QQ.add(QQ.mul(dA[k][r], A[k][c]), QQ.mul(A[k][r], dA[k][c])));
      for (let k = 0; k < B[0].length; k++) s = QQ.sub(s, QQ.add(QQ.mul(dB[r][k], B[c][k]), QQ.mul(B[r][k], dB[c][k])));
      return s;
    });
  });
  if (columns.length === 0 || coords.length === 0) return 0;
  return rankModP(matTranspose(columns, coords.length), P).rank;
}

/** rank mod P of the full Jacobian of δ at W (all parameter directions). */
function fullRank(W: readonly Matrix<Q>[], d: readonly number[]): number {
  const coords = coordinates(d);
  const columns: Q[][] = [];
  W.forEach((Wi, j) => Wi.forEach((row, a) => row.forEach((_x, b) => {
    const dW = W.map((M) => M.map((rw) => rw.map(() => RAT_ZERO)));
    dW[j][a][b] = RAT_ONE;
    columns.push(coords.map(([i, r, c]) => {
      const [A, dA, B, dB] = [W[i], dW[i], W[i - 1], dW[i - 1]];
      let s = RAT_ZERO;
      for (let k = 0; k < A.length; k++) s = QQ.add(s, QQ.add(QQ.mul(dA[k][r], A[k][c]), QQ.mul(A[k][r], dA[k][c])));
      for (let k = 0; k < B[0].length; k++) s = QQ.sub(s, QQ.add(QQ.mul(dB[r][k], B[c][k]), QQ.mul(B[r][k], dB[c][k])));
      return s;
    }));
  })));
  return coords.length === 0 ? 0 : rankModP(matTranspose(columns, coords.length), P).rank;
}

/** The exact δ coordinates of ψ(g) as polynomials, for the layers a relation needs. */
function familyDelta(
  W: readonly Matrix<Q>[],
  d: readonly number[],
  C: Matrix<Q> | undefined,
  basis: readonly { x0: Q[][]; xN: Q[][] }[] = C ? intertwiners(C) : [],
): FamilyPolynomials {
  const N = d.length - 1;
  const names: string[] = [];
  const gaugeIndex = d.map((n, v) => (C && (v === 0 || v === N) ? null : Array.from({ length: n * n }, (_, k) => names.push(`a${v}x${k}`) - 1)));
  const tIndex = basis.map((_, k) => names.push(`t${k}`) - 1);
  const ring: PolynomialRing<Q> = polynomialRing(QQ, names);
  const zero = polyZero(ring);
  return gaugeFamily(W, ring, (v) => {
    const idx = gaugeIndex[v];
    if (idx) return Array.from({ length: d[v] }, (_, r) => Array.from({ length: d[v] }, (_, c) => polyVariable(ring, idx[r * d[v] + c])));
    return Array.from({ length: d[v] }, (_, r) => Array.from({ length: d[v] }, (_, c) =>
      basis.reduce((s, b, k) => polyAdd(s, polyScale((v === 0 ? b.x0 : b.xN)[r][c], polyVariable(ring, tIndex[k]))), zero)));
  });
}

/** A slice of the family: g_v = I + Σ s_j E_{rc} over `free` [v, r, c], (g_0, g_N) = (I, I) + Σ u_k (x0_k, xN_k) over `boundary`. */
interface ParsedSlice {
  readonly free: [number, number, number][];
  readonly boundary: { x0: Q[][]; xN: Q[][] }[];
  /** Version 4: vertices whose orthogonal group saturates the slice (each must be an end vertex of the relation's window, or outside it). */
  readonly orthogonal: number[];
}

function sliceDelta(W: readonly Matrix<Q>[], d: readonly number[], slice: ParsedSlice): FamilyPolynomials {
  const N = d.length - 1;
  const ring: PolynomialRing<Q> = polynomialRing(QQ, [...slice.free.map((_, j) => `s${j}`), ...slice.boundary.map((_, k) => `u${k}`)]);
  return gaugeFamily(W, ring, (v) => Array.from({ length: d[v] }, (_, r) => Array.from({ length: d[v] }, (_, c) => {
    let p: Poly = r === c ? polyConstant(ring, RAT_ONE) : polyZero(ring);
    slice.free.forEach(([u, rr, cc], j) => {
      if (u === v && rr === r && cc === c) p = polyAdd(p, polyVariable(ring, j));
    });
    if (v === 0 || v === N) slice.boundary.forEach((b, k) => {
      p = polyAdd(p, polyScale((v === 0 ? b.x0 : b.xN)[r][c], polyVariable(ring, slice.free.length + k)));
    });
    return p;
  })));
}

interface FamilyPolynomials {
  readonly ring: PolynomialRing<Q>;
  readonly layer: (i: number) => Poly[][];
  readonly entry: (i: number, r: number, c: number) => Poly;
}

/** ψ(g) = (g_i W_i adj(g_{i−1}))_i for gauges given as polynomial matrices, and its δ entries. */
function gaugeFamily(W: readonly Matrix<Q>[], ring: PolynomialRing<Q>, gauge: (v: number) => Poly[][]): FamilyPolynomials {
  const R: Ring<Poly> = { zero: polyZero(ring), one: polyConstant(ring, RAT_ONE), add: polyAdd, sub: polySub, mul: polyMul };
  const cache = new Map<number, Poly[][]>();
  const layer = (i: number): Poly[][] => {
    if (!cache.has(i)) {
      const Wi = W[i - 1].map((row) => row.map((x) => polyConstant(ring, x)));
      cache.set(i, mul(R, mul(R, gauge(i), Wi), adj(R, gauge(i - 1))));
    }
    return cache.get(i) as Poly[][];
  };
  const all: Poly[][][] = [];
  const entry = (i: number, r: number, c: number): Poly => {
    all[i - 1] = layer(i);
    all[i] = layer(i + 1);
    return deltaEntry(R, all, i, r, c);
  };
  return { ring, layer, entry };
}

/**
 * A slice proves a relation on Δ_a … Δ_b (layers a … b+1) when it is dense in
 * the projection π of the orbit to those layers: π(orbit) is an orbit of the
 * same group acting on the window's layers, of dimension the exact rank of the
 * projected tangents (of Lie(G), or Lie(H) and the layer scalings), and the
 * slice's closure — irreducible, inside it, through π(W) at s = 0 — has
 * dimension ≥ the rank of its Jacobian at s = 0. Equal ranks: the closures agree.
 */
function sliceDense(W: readonly Matrix<Q>[], d: readonly number[], C: Matrix<Q> | undefined, family: FamilyPolynomials, first: number, last: number, orthogonal: readonly number[], innerAllowed: boolean): { rank: number; orbitDimension: number; inside?: number; outside?: number } {
  const window = (layers: readonly (readonly (readonly Q[])[])[]): Q[] => layers.slice(first - 1, last).flatMap((M) => M.flat());
  const tangents = lieAlgebra(d, C).map((xi) => window(tangent(W, xi)));
  const scalings = C ? W.map((_, i) => window(W.map((M, j) => (i === j ? M : M.map((row) => row.map(() => RAT_ZERO)))))) : [];
  const orbitDimension = rankOverQ([...tangents, ...scalings]);
  // O(d_v) at v = first − 1 (W_first ↦ W_first Qᵀ) or v = last (W_last ↦ Q W_last) fixes Δ_first … Δ_{last−1}, and the
  // projected orbit is invariant under it (GL(d_v) acts there; for H at v = 0 or N only as checked below): the slice saturated by it has
  // the closure of the projection when slice and orthogonal tangents together reach its dimension. Inside the window (first ≤ v < last)
  // O(d_v) moves Δ_v to Q Δ_v Qᵀ: allowed from version 5 only, and only for a relation invariant under SO(d_v) (checked by the caller).
  const inside = orthogonal.find((v) => v >= first && v <= last - 1);
  if (inside !== undefined && !innerAllowed) return { rank: -1, orbitDimension, inside };
  // for H at v = 0 or N: the window must leave out the other boundary's layer, and every antisymmetric A must be
  // the v-part of some (x0, xN) with x0 C = C xN (then O(d_v) lies in H's projection to v and acts on the window alone)
  const N = d.length - 1;
  const outside = C ? orthogonal.find((v) => (v === 0 || v === N) && !boundaryOrthogonal(C, d, v, first, last)) : undefined;
  if (outside !== undefined) return { rank: -1, orbitDimension, outside };
  const zero = (M: readonly (readonly Q[])[]): Q[][] => M.map((row) => row.map(() => RAT_ZERO));
  const orthogonalTangents = orthogonal.flatMap((v) =>
    v === first - 1 ? antisymmetric(d[v]).map((A) => window(W.map((M, j) => (j === first - 1 ? mul(QQ, M, A) : zero(M)))))
      : v === last ? antisymmetric(d[v]).map((A) => window(W.map((M, j) => (j === last - 1 ? mul(QQ, A, M) : zero(M)))))
        // inside: W_v ↦ Q W_v and W_{v+1} ↦ W_{v+1} Qᵀ, tangent (A W_v, −W_{v+1} A)
        : antisymmetric(d[v]).map((A) => window(W.map((M, j) => (j === v - 1 ? mul(QQ, A, M) : j === v ? mul(QQ, M, A).map((row) => row.map((x) => QQ.neg(x))) : zero(M))))),
  );
  const { ring, layer } = family;
  const n = ring.variables.length;
  const origin = new Array<Q>(n).fill(RAT_ZERO);
  const entries: Poly[] = [];
  for (let i = first; i <= last; i++) entries.push(...layer(i).flat());
  const columns = Array.from({ length: n }, (_, j) => entries.map((e) => polyEvaluate(polyPartial(e, j), origin)));
  const all = [...columns, ...orthogonalTangents];
  return { rank: all.length === 0 ? 0 : rankOverQ(all), orbitDimension };
}

/** O(d_v) at a boundary vertex v lies in the stabiliser's projection to v, and the window leaves out the other boundary's layer. */
function boundaryOrthogonal(C: Matrix<Q>, d: readonly number[], v: number, first: number, last: number): boolean {
  const N = d.length - 1;
  if (v === 0 ? last >= N : first <= 1) return false;
  const span = intertwiners(C).map((b) => (v === 0 ? b.x0 : b.xN).flat());
  const base = span.length === 0 ? 0 : rankOverQ(span);
  return antisymmetric(d[v]).every((A) => rankOverQ([...span, A.flat()]) === base);
}

/** The basis E_rc − E_cr (r < c) of the antisymmetric n × n matrices: the Lie algebra of O(n). */
function antisymmetric(n: number): Q[][][] {
  const out: Q[][][] = [];
  for (let r = 0; r < n; r++) for (let c = r + 1; c < n; c++) out.push(Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === r && j === c ? RAT_ONE : i === c && j === r ? QQ.neg(RAT_ONE) : RAT_ZERO))));
  return out;
}

/**
 * F (over all δ coordinates) is invariant under SO(n) acting on Δ_v by Δ ↦ Q Δ Qᵀ: SO(n) is connected, so it
 * suffices that F's derivative along A Δ − Δ A (the tangent at Q = I, Q' = A) expands to zero for each A of the basis.
 */
function conjugationInvariant(F: Poly, indexOf: (i: number, r: number, c: number) => number, v: number, n: number): boolean {
  const ring = F.ring;
  const at = (r: number, c: number): number => indexOf(v, Math.min(r, c), Math.max(r, c));
  return antisymmetric(n).every((A) => {
    let sum = polyZero(ring);
    for (let r = 0; r < n; r++) {
      for (let c = r; c < n; c++) {
        const dF = polyPartial(F, at(r, c));
        if (polyIsZero(dF)) continue;
        // (A Δ − Δ A)[r][c] = Σ_k A[r][k] Δ[k][c] − Δ[r][k] A[k][c]
        let lie = polyZero(ring);
        for (let k = 0; k < n; k++) {
          if (!ratIsZero(A[r][k])) lie = polyAdd(lie, polyScale(A[r][k], polyVariable(ring, at(k, c))));
          if (!ratIsZero(A[k][c])) lie = polySub(lie, polyScale(A[k][c], polyVariable(ring, at(r, k))));
        }
        sum = polyAdd(sum, polyMul(dF, lie));
      }
    }
    return polyIsZero(sum);
  });
}

/**
 * Σ_t c_t Π Δ_{(i,r,c)}^e with Δ given as polynomials: Horner's rule in one
 * coordinate after another (terms grouped by the exponent of the first
 * coordinate that occurs, then recursively), each Δ computed once.
 */
function substituteHorner(terms: ParsedRelation['terms'], delta: (i: number, r: number, c: number) => Poly, ring: PolynomialRing<Q>): Poly {
  const cache = new Map<string, Poly>();
  const image = (key: string): Poly => {
    if (!cache.has(key)) {
      const [i, r, c] = key.split(',').map(Number);
      cache.set(key, delta(i, r, c));
    }
    return cache.get(key) as Poly;
  };
  type T = { coefficient: Q; powers: Map<string, number> };
  const all: T[] = terms.map((t) => ({ coefficient: t.coefficient, powers: new Map(t.factors.map(([i, r, c, e]) => [`${i},${r},${c}`, e])) }));
  const keys = [...new Set(all.flatMap((t) => [...t.powers.keys()]))].sort();
  const go = (ts: T[], j: number): Poly => {
    if (j === keys.length) return polyConstant(ring, ts.reduce((s, t) => QQ.add(s, t.coefficient), RAT_ZERO));
    const groups = new Map<number, T[]>();
    for (const t of ts) {
      const e = t.powers.get(keys[j]) ?? 0;
      const group = groups.get(e);
      if (group) group.push(t);
      else groups.set(e, [t]);
    }
    const top = Math.max(...groups.keys());
    let acc = go(groups.get(top) as T[], j + 1);
    for (let e = top - 1; e >= 0; e--) {
      acc = polyMul(acc, image(keys[j]));
      const lower = groups.get(e);
      if (lower) acc = polyAdd(acc, go(lower, j + 1));
    }
    return acc;
  };
  return go(all, 0);
}

interface ParsedRelation {
  readonly terms: { coefficient: Q; factors: [number, number, number, number][] }[];
  readonly slice?: ParsedSlice;
}

/** A relation's slice (version 3): unit directions at vertices (never 0 or N for the stabiliser), boundary pairs only for the stabiliser (checked to intertwine C later). */
function sliceOf(where: string, x: unknown, d: readonly number[], stabilizer: boolean, version: number): ParsedSlice {
  const N = d.length - 1;
  const o = fields(where, x, ['free'], [...(stabilizer ? ['boundary'] : []), ...(version >= 4 ? ['orthogonal'] : [])]);
  if (!Array.isArray(o.free)) fail(`${where}.free`, 'expected [[v, r, c], ...]');
  const seen = new Set<string>();
  const free = (o.free as unknown[]).map((f, j) => {
    if (!Array.isArray(f) || f.length !== 3) fail(`${where}.free[${j}]`, 'expected [v, r, c]');
    const v = int(`${where}.free[${j}] v`, f[0], stabilizer ? 1 : 0, stabilizer ? N - 1 : N);
    const r = int(`${where}.free[${j}] r`, f[1], 0, d[v] - 1);
    const c = int(`${where}.free[${j}] c`, f[2], 0, d[v] - 1);
    if (seen.has(`${v},${r},${c}`)) fail(`${where}.free[${j}]`, 'direction repeated');
    seen.add(`${v},${r},${c}`);
    return [v, r, c] as [number, number, number];
  });
  if (o.boundary !== undefined && !Array.isArray(o.boundary)) fail(`${where}.boundary`, 'expected [{ x0, xN }, ...]');
  const boundary = ((o.boundary ?? []) as unknown[]).map((b, k) => {
    const e = fields(`${where}.boundary[${k}]`, b, ['x0', 'xN']);
    return { x0: matrix(`${where}.boundary[${k}].x0`, e.x0, d[0], d[0]), xN: matrix(`${where}.boundary[${k}].xN`, e.xN, d[N], d[N]) };
  });
  if (o.orthogonal !== undefined && !Array.isArray(o.orthogonal)) fail(`${where}.orthogonal`, 'expected [v, ...]');
  const orthogonal = ((o.orthogonal ?? []) as unknown[]).map((v, k) => int(`${where}.orthogonal[${k}]`, v, 0, N));
  if (new Set(orthogonal).size !== orthogonal.length) fail(`${where}.orthogonal`, 'vertex repeated');
  return { free, boundary, orthogonal };
}

function relation(where: string, x: unknown, d: readonly number[], version: number, stabilizer: boolean): ParsedRelation {
  const o = fields(where, x, ['terms'], version >= 3 ? ['slice'] : []);
  if (!Array.isArray(o.terms) || o.terms.length === 0) fail(`${where}.terms`, 'expected a nonempty array');
  return {
    terms: o.terms.map((t, k) => {
      const w = `${where}.terms[${k}]`;
      if (!Array.isArray(t) || t.length !== 2 || typeof t[0] !== 'string' || !Array.isArray(t[1])) fail(w, 'expected ["p/q", [[i, r, c, e], ...]]');
      let coefficient: Q;
      try {
        coefficient = parseRational(t[0]);
      } catch {
        return fail(w, `malformed rational ${JSON.stringify(t[0])}`);
      }
      const seen = new Set<string>();
      const factors = (t[1] as unknown[]).map((f, q) => {
        if (!Array.isArray(f) || f.length !== 4) fail(`${w}[1][${q}]`, 'expected [i, r, c, e]');
        const i = int(`${w}[1][${q}] i`, f[0], 1, d.length - 2);
        const r = int(`${w}[1][${q}] r`, f[1], 0, d[i] - 1);
        const c = int(`${w}[1][${q}] c`, f[2], r, d[i] - 1);
        const e = int(`${w}[1][${q}] e`, f[3], 1, 1000);
        if (seen.has(`${i},${r},${c}`)) fail(`${w}[1][${q}]`, `coordinate Delta_${i}[${r}][${c}] repeated in one monomial`);
        seen.add(`${i},${r},${c}`);
        return [i, r, c, e] as [number, number, number, number];
      });
      return { coefficient, factors };
    }),
    ...(o.slice !== undefined ? { slice: sliceOf(`${where}.slice`, o.slice, d, stabilizer, version) } : {}),
  };
}

/**
 * The source-side bound: polynomial vector fields v(g) on ψ's parameters with
 * J(g) v(g) ≡ 0, J = d(δ∘ψ), proved by exact expansion; their rank at the
 * exact point g0 is k, so the generic rank of J — dim cl δ(ψ) — is ≤ n − k.
 * ψ's parameters: g{v}_{r}_{c} (row-major, vertex by vertex; the stabiliser
 * skips v = 0 and v = N) then t{k}, (g_0, g_N) = Σ t_k (x0_k, xN_k) for the
 * listed basis, which must be a basis of {x0 C = C xN}.
 */
function checkKernelFields(where: string, x: unknown, W: readonly Matrix<Q>[], d: readonly number[], C: Q[][] | undefined): { n: number; rank: number; proved: ('fibre' | 'delta' | false)[] } {
  const N = d.length - 1;
  const o = fields(where, x, ['parameters', 'at', 'fields'], C ? ['basis'] : []);
  let basis: { x0: Q[][]; xN: Q[][] }[] = [];
  if (C) {
    if (!Array.isArray(o.basis)) fail(`${where}.basis`, 'expected [{ x0, xN }, ...] for group "stabilizer"');
    basis = (o.basis as unknown[]).map((b, k) => {
      const e = fields(`${where}.basis[${k}]`, b, ['x0', 'xN']);
      return { x0: matrix(`${where}.basis[${k}].x0`, e.x0, d[0], d[0]), xN: matrix(`${where}.basis[${k}].xN`, e.xN, d[N], d[N]) };
    });
    const intertwine = basis.every((b) => intertwines(b, C));
    const flat = basis.map((b) => [...b.x0.flat(), ...b.xN.flat()]);
    const dim = intertwiners(C).length;
    if (!intertwine || basis.length !== dim || (dim > 0 && rankOverQ(flat) !== dim)) fail(`${where}.basis`, `not a basis of {(x0, xN) : x0 C = C xN} (dimension ${dim})`);
  }
  const expected: string[] = [];
  for (let v = 0; v <= N; v++) if (!C || (v !== 0 && v !== N)) for (let r = 0; r < d[v]; r++) for (let c = 0; c < d[v]; c++) expected.push(`g${v}_${r}_${c}`);
  basis.forEach((_, k) => expected.push(`t${k}`));
  const n = expected.length;
  if (!Array.isArray(o.parameters) || o.parameters.length !== n || o.parameters.some((p, j) => p !== expected[j])) fail(`${where}.parameters`, `expected ${JSON.stringify(expected)}`);
  const at = matrix(`${where}.at`, [o.at], 1, n)[0];
  const delta = familyDelta(W, d, C, basis);
  if (!Array.isArray(o.fields) || o.fields.length === 0) fail(`${where}.fields`, 'expected a nonempty array');
  const vs = (o.fields as unknown[]).map((f, q) => {
    if (!Array.isArray(f) || f.length !== n) fail(`${where}.fields[${q}]`, `expected ${n} polynomials`);
    return f.map((poly, j) => {
      const w = `${where}.fields[${q}][${j}]`;
      if (!Array.isArray(poly)) fail(w, 'expected [["p/q", [[parameter, e], ...]], ...]');
      return polyFromTerms(delta.ring, poly.map((t, u) => {
        if (!Array.isArray(t) || t.length !== 2 || typeof t[0] !== 'string' || !Array.isArray(t[1])) fail(`${w}[${u}]`, 'expected ["p/q", [[parameter, e], ...]]');
        let coefficient: Q;
        try {
          coefficient = parseRational(t[0]);
        } catch {
          return fail(`${w}[${u}]`, `malformed rational ${JSON.stringify(t[0])}`);
        }
        const e = new Array<number>(n).fill(0);
        (t[1] as unknown[]).forEach((factor, z) => {
          if (!Array.isArray(factor) || factor.length !== 2) fail(`${w}[${u}][1][${z}]`, 'expected [parameter, e]');
          const j2 = int(`${w}[${u}][1][${z}] parameter`, factor[0], 0, n - 1);
          if (e[j2] !== 0) fail(`${w}[${u}][1][${z}]`, `parameter ${j2} repeated in one monomial`);
          e[j2] = int(`${w}[${u}][1][${z}] e`, factor[1], 1, 1000);
        });
        return [e, coefficient] as const;
      }));
    });
  });
  const coords = coordinates(d);
  let deltaPartials: Poly[][] | undefined;
  const partials = (): Poly[][] => (deltaPartials ??= coords.map(([i, r, c]) => {
    const P = delta.entry(i, r, c);
    return expected.map((_, j) => polyPartial(P, j));
  }));
  const annihilates = (rows: readonly Poly[][], v: readonly Poly[]): boolean =>
    rows.every((row) => polyIsZero(row.reduce((s, q, j) => (polyIsZero(v[j]) || polyIsZero(q) ? s : polyAdd(s, polyMul(q, v[j]))), polyZero(delta.ring))));
  // chain rule: d(δ∘ψ)·v = dδ(ψ)·(dψ·v), so a field along ψ's fibres (dψ·v ≡ 0: ψ's entries have degree ≤ max d_v,
  // δ∘ψ's twice that) is a kernel field without expanding δ; the others are expanded in full
  const psiPartials = W.flatMap((_, i) => delta.layer(i + 1).flat()).map((e) => expected.map((_, j) => polyPartial(e, j)));
  const proved = vs.map((v): 'fibre' | 'delta' | false => (v.every(polyIsZero) ? false : annihilates(psiPartials, v) ? 'fibre' : annihilates(partials(), v) ? 'delta' : false));
  const values = vs.map((v) => v.map((q) => polyEvaluate(q, at)));
  return { n, rank: rankOverQ(values), proved };
}

export function checkUpperBoundCertificate(json: unknown): CertificateReport {
  const checks: CertificateCheck[] = [];
  const add = (name: string, ok: boolean, detail: string): void => void checks.push({ name, ok, detail });
  try {
    const top = fields('certificate', json, ['kind', 'version', 'widths', 'claims', 'genericPoint', 'components'], ['statement', 'coverage', 'recheck', 'seed', 'notes']);
    if (top.kind !== UPPER_BOUND_CERTIFICATE_KIND) fail('certificate.kind', `expected "${UPPER_BOUND_CERTIFICATE_KIND}"`);
    if (![1, 2, 3, 4, 5, 6].includes(top.version as number)) fail('certificate.version', 'expected 1, 2 (components may carry kernelFields), 3 (relations may carry a slice), 4 (a slice may name orthogonal vertices), 5 (also inside the window, for an invariant relation) or 6 (components may carry eigenvalueRelations)');
    if (!Array.isArray(top.widths) || top.widths.length < 3) fail('certificate.widths', 'expected d_0..d_N with N >= 2');
    const d = top.widths.map((x, k) => int(`widths[${k}]`, x, 1, 50));
    const m = coordinates(d).length;
    const claims = fields('claims', top.claims, ['restrictedDimension', 'genericDimension']);
    const G = int('claims.genericDimension', claims.genericDimension, 0, m);
    // exact (an integer), or proved bounds { atLeast, atMost } when the component bounds do not meet
    const restrictedClaim = claims.restrictedDimension;
    const range = typeof restrictedClaim === 'object' && restrictedClaim !== null ? fields('claims.restrictedDimension', restrictedClaim, ['atLeast', 'atMost']) : null;
    const restrictedLow = range ? int('claims.restrictedDimension.atLeast', range.atLeast, 0, m) : int('claims.restrictedDimension', restrictedClaim, 0, m);
    const restrictedHigh = range ? int('claims.restrictedDimension.atMost', range.atMost, restrictedLow + 1, m) : restrictedLow;
    const generic = layers('genericPoint', top.genericPoint, d);
    const gRank = fullRank(generic, d);
    add('generic dimension', gRank >= G, `rank of d delta at genericPoint mod ${P} is ${gRank} (a lower bound for dim cl delta(R^params)); claimed ${G}${G === m ? ' = number of delta coordinates, so exact' : ' (certified as a lower bound only)'}`);
    // an empty list: A_H has no component (e.g. depth 2), dim cl δ(∅) is taken as 0 — the claims must say 0
    if (!Array.isArray(top.components)) fail('certificate.components', 'expected an array');
    if (top.components.length === 0) add('components', true, 'none listed: the certificate claims A_H is empty (not re-checked, like the coverage of a nonempty list)');
    let maxLower = 0;
    let maxUpper = 0;
    top.components.forEach((cx, n) => {
      const where = `components[${n}]`;
      const c = fields(where, cx, ['label', 'group', 'point', 'lowerBound', 'upperBound', 'relations'], ['conditions', 'data', 'windows', 'note', ...(Number(top.version) >= 2 ? ['kernelFields'] : []), ...(Number(top.version) >= 4 ? ['densityPoint'] : []), ...(Number(top.version) >= 6 ? ['eigenvalueRelations'] : [])]);
      const label = typeof c.label === 'string' ? c.label : fail(`${where}.label`, 'expected a string');
      const W = layers(`${where}.point`, c.point, d);
      let C: Q[][] | undefined;
      if (c.group === 'G') {
        if (!Array.isArray(c.conditions)) fail(`${where}.conditions`, 'expected [[a, b], ...] for group "G"');
        const bad = (c.conditions as unknown[]).filter((w) => {
          if (!Array.isArray(w) || w.length !== 2) fail(`${where}.conditions`, 'expected pairs [a, b]');
          const a = int(`${where}.conditions a`, w[0], 1, d.length - 1);
          const b = int(`${where}.conditions b`, w[1], a, d.length - 1);
          return !isZeroMatrix(product(W, a, b));
        });
        const why = theoremConditions(W, undefined);
        add(`${label}: in A_H`, bad.length === 0 && why === '', bad.length ? `products ${JSON.stringify(bad)} do not vanish` : why || 'the listed products vanish and imply the theorem\'s conditions for all data: the G-orbit lies in A_H');
      } else if (c.group === 'stabilizer') {
        const data = fields(`${where}.data`, c.data, ['X', 'Y']);
        if (!Array.isArray(data.X) || !Array.isArray(data.X[0])) fail(`${where}.data.X`, 'expected a matrix');
        const cols = (data.X[0] as unknown[]).length;
        const X = matrix(`${where}.data.X`, data.X, d[0], cols);
        const Y = matrix(`${where}.data.Y`, data.Y, d[d.length - 1], cols);
        C = matMul(QQ, X, matTranspose(Y));
        const generic = rankOverQ(X) === d[0] && rankOverQ(C) === Math.min(d[0], d[d.length - 1]);
        const why = theoremConditions(W, C);
        add(`${label}: in A_H`, generic && why === '', !generic ? 'data not generic (X full row rank and C = X Y^T full rank required)' : why || 'the theorem\'s conditions hold at the point for C = X Y^T; A_H is invariant under the stabiliser H of C');
      } else fail(`${where}.group`, 'expected "G" or "stabilizer"');
      if (!Array.isArray(c.relations)) fail(`${where}.relations`, 'expected an array');
      const rels = (c.relations as unknown[]).map((r, k) => relation(`${where}.relations[${k}]`, r, d, Number(top.version), C !== undefined));
      const delta = familyDelta(W, d, C);
      const coords = coordinates(d);
      const ringY = polynomialRing(QQ, coords.map(([i, r, cc]) => `D${i}_${r}_${cc}`));
      const keyOf = (i: number, r: number, cc: number): number => coords.findIndex(([a, b, e]) => a === i && b === r && e === cc);
      const yAt = coords.map(([i, r, cc]) => deltaEntry(QQ, W, i, r, cc));
      const gradients: Q[][] = [];
      // relations of one window usually share a slice: its polynomials and its density are computed once
      const slices = new Map<string, FamilyPolynomials>();
      const densities = new Map<string, { rank: number; orbitDimension: number }>();
      const sliceKey = (slice: ParsedSlice): string =>
        `${slice.free.join(';')}|${slice.boundary.map((b) => [...b.x0.flat(), ...b.xN.flat()].map((q) => `${q.num}/${q.den}`).join(',')).join(';')}|${slice.orthogonal.join(',')}`;
      rels.forEach((rel, k) => {
        const F = polyFromTerms(ringY, rel.terms.map((t) => {
          const e = new Array<number>(coords.length).fill(0);
          for (const [i, r, cc, x] of t.factors) e[keyOf(i, r, cc)] = x;
          return [e, t.coefficient] as const;
        }));
        // F∘δ∘ψ (or on the relation's slice, when it is dense in the window's projected orbit), monomial by monomial, with the needed Δ entries only
        const layersUsed = rel.terms.flatMap((t) => t.factors.map(([i]) => i));
        let family = delta;
        let onSlice = '';
        if (rel.slice) {
          const bad = C ? rel.slice.boundary.findIndex((b) => !intertwines(b, C as Q[][])) : -1;
          const first = Math.min(...layersUsed);
          const last = Math.max(...layersUsed) + 1;
          const key = sliceKey(rel.slice);
          if (!slices.has(key)) slices.set(key, sliceDelta(W, d, rel.slice));
          family = slices.get(key) as FamilyPolynomials;
          const windowKey = `${key}|${first}..${last}`;
          const innerAllowed = Number(top.version) >= 5;
          if (layersUsed.length > 0 && bad < 0 && !densities.has(windowKey)) densities.set(windowKey, sliceDense(W, d, C, family, first, last, rel.slice.orthogonal, innerAllowed));
          const dense: { rank: number; orbitDimension: number; inside?: number; outside?: number } = layersUsed.length > 0 && bad < 0 ? (densities.get(windowKey) as { rank: number; orbitDimension: number }) : { rank: -1, orbitDimension: 0 };
          // a group inside the window keeps the projected orbit but moves Δ_v: it saturates the slice of an invariant relation only
          const inner = rel.slice.orthogonal.filter((v) => v >= first && v <= last - 1);
          const notInvariant = innerAllowed ? inner.find((v) => !conjugationInvariant(F, keyOf, v, d[v])) : undefined;
          const ok = dense.rank === dense.orbitDimension && notInvariant === undefined;
          const saturated = rel.slice.orthogonal.length > 0 ? ` with the tangents of the orthogonal groups at vertices ${rel.slice.orthogonal.join(', ')}` : '';
          add(`${label}: relation ${k + 1} slice dense`, ok, bad >= 0 ? `boundary pair ${bad} does not satisfy x0 C = C xN`
            : dense.inside !== undefined ? `orthogonal vertex ${dense.inside} lies inside layers ${first}..${last}: delta is not invariant there (allowed from version 5, for a relation invariant under SO(d_v))`
              : notInvariant !== undefined ? `orthogonal vertex ${notInvariant} lies inside layers ${first}..${last}, but F is NOT invariant under SO(d_${notInvariant}) acting on Delta_${notInvariant} by conjugation`
              : dense.outside !== undefined ? `orthogonal vertex ${dense.outside}: O(d_v) is not in the stabiliser's projection to it, or the window reaches the other boundary layer`
              : ok
                ? `the slice's Jacobian at s = 0${saturated} has exact rank ${dense.rank} = dim of the orbit projected to layers ${first}..${last}: its closure${saturated ? ', saturated by those groups (which fix Delta_' + first + '..Delta_' + (last - 1) + (inner.length ? `, except Delta_${inner.join(', Delta_')}, conjugated, on which F is proved SO-invariant` : '') + '),' : ''} is that projection`
                : `the slice's Jacobian at s = 0${saturated} has rank ${dense.rank} < ${dense.orbitDimension} = dim of the projected orbit: a relation on it is not proved on the component`);
          onSlice = ` on a slice of ${family.ring.variables.length} parameters`;
        }
        const sum = substituteHorner(rel.terms, (i, r, cc) => family.entry(i, r, cc), family.ring);
        const holds = polyIsZero(sum) && !polyIsZero(F);
        add(`${label}: relation ${k + 1}`, holds, holds ? `F o delta o psi${onSlice} expands to 0 over Q (${rel.terms.length} terms)` : `F o delta o psi${onSlice} is NOT the zero polynomial (or F is a constant)`);
        gradients.push(coords.map((_, j) => polyEvaluate(polyPartial(F, j), yAt)));
      });
      // eigenvalue relations (version 6): proved by rank-one layers of the point, no expansion (checkEigenvalueRelation)
      if (c.eigenvalueRelations !== undefined && !Array.isArray(c.eigenvalueRelations)) fail(`${where}.eigenvalueRelations`, 'expected an array');
      const eigen = ((c.eigenvalueRelations ?? []) as unknown[]).map((e, q) => checkEigenvalueRelation(`${where}.eigenvalueRelations[${q}]`, e, W, d, coords, yAt, fail));
      eigen.forEach((e, q) => {
        add(`${label}: eigenvalue relation ${q + 1}`, e.ok, e.detail);
        gradients.push(e.gradient);
      });
      const count = rels.length + eigen.length;
      const k = gradients.length === 0 ? 0 : rankOverQ(gradients);
      let upper = m - k;
      let why = `the ${count} relations${eigen.length ? ` (${eigen.length} eigenvalue relations)` : ''} have gradients of exact rank ${k} at delta(W): dim cl delta(component) <= ${m} - ${k} = ${m - k}`;
      let fieldsOk = true;
      if (c.kernelFields !== undefined) {
        const kf = checkKernelFields(`${where}.kernelFields`, c.kernelFields, W, d, C);
        const bad = kf.proved.flatMap((ok, q) => (ok ? [] : [q + 1]));
        const fibre = kf.proved.filter((x) => x === 'fibre').length;
        add(`${label}: kernel fields`, bad.length === 0, bad.length === 0 ? `d(delta o psi)(g) v(g) expands to 0 over Q for all ${kf.proved.length} fields (${fibre} of them along psi's fibres: d psi(g) v(g) expands to 0, and d(delta o psi) = d delta(psi) d psi)` : `d(delta o psi)(g) v(g) is NOT the zero vector of polynomials (or v = 0) for field(s) ${bad.join(', ')}`);
        fieldsOk = kf.rank === kf.proved.length && kf.proved.every(Boolean);
        why += `; the ${kf.proved.length} kernel fields have exact rank ${kf.rank} at g0: dim cl delta(component) <= ${kf.n} - ${kf.rank} = ${kf.n - kf.rank}`;
        upper = Math.min(upper, kf.n - kf.rank);
      }
      let dense = true;
      if (C && upper >= m) add(`${label}: family dense in T.H.W`, true, `no bound below ${m} claimed: density not needed`);
      if (C && upper < m) {
        const { familyRank, orbitDimension } = familyDense(W, d, C, c.densityPoint === undefined ? undefined : matrix(`${where}.densityPoint`, [c.densityPoint], 1, Array.isArray(c.densityPoint) ? c.densityPoint.length : 0)[0]);
        dense = familyRank === orbitDimension;
        add(`${label}: family dense in T.H.W`, dense, dense
          ? `rank d psi(g0) = ${familyRank} = dim T.H.W (exact over Q): cl(image psi) contains the component, so the bounds on psi bound it`
          : `rank d psi(g0) = ${familyRank} < ${orbitDimension} = dim T.H.W at the points tried: the family is not shown dense in the orbit, so no bound below ${m} is proved`);
      }
      add(`${label}: upper bound`, k === count && eigen.every((e) => e.ok) && fieldsOk && Number(c.upperBound) === upper, `${why}; claimed ${c.upperBound}`);
      const lower = restrictedRank(W, d, C);
      add(`${label}: lower bound`, Number(c.lowerBound) === lower, `rank of d delta o T at W mod ${P} is ${lower} (exact lower bound); claimed ${c.lowerBound}`);
      maxLower = Math.max(maxLower, lower);
      maxUpper = Math.max(maxUpper, dense ? upper : m);
    });
    add(
      'restricted dimension',
      restrictedLow === maxLower && restrictedHigh === maxUpper,
      `max lower bound ${maxLower}, max proved upper bound ${maxUpper}, claimed ${range ? `between ${restrictedLow} and ${restrictedHigh}` : `exactly ${restrictedLow}`}`,
    );
    const ok = checks.every((c) => c.ok);
    const verdict = maxUpper < G && G <= gRank
      ? `dim cl delta(listed components) = ${maxLower}${maxLower === maxUpper ? ' exactly' : ` .. ${maxUpper}`} < ${G} <= dim cl delta(R^params): the conjecture holds on the listed components`
      : `restricted upper bound ${maxUpper} does not stay below the generic lower bound ${Math.min(G, gRank)}`;
    return { ok, checks, conclusion: ok ? `CERTIFICATE VALID: ${verdict}` : `CERTIFICATE INVALID: ${checks.filter((c) => !c.ok).length} check(s) failed` };
  } catch (e) {
    if (!(e instanceof Malformed)) throw e;
    checks.push({ name: 'format', ok: false, detail: e.message });
    return { ok: false, checks, conclusion: `CERTIFICATE INVALID: malformed file (${e.message})` };
  }
}
