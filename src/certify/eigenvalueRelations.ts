/**
 * Relations on δ's image from *eigen-layers*: rank-one layers whose product
 * with a neighbour vanishes on the whole orbit closure. They need no
 * expansion at all, so they reach relations of degree d_a·d_b (9 at width 3)
 * that interpolation and the expansion proofs of {@link certifyOrbit} cannot.
 *
 * The lemma. Write n_i = ‖W_i‖² = tr W_iᵀW_i. If W_i has rank ≤ 1, then
 * W_i W_iᵀ W_i = n_i W_i (W_i = x uᵀ). Hence
 *
 * - *column side* (1 ≤ i ≤ N−1): if W_{i+1} W_i = 0, then
 *   Δ_i W_i = W_{i+1}ᵀ(W_{i+1}W_i) − W_iW_iᵀW_i = −n_i W_i, so every nonzero
 *   column of W_i is an eigenvector of Δ_i with eigenvalue −n_i;
 * - *row side* (2 ≤ i ≤ N): if W_i W_{i−1} = 0, then
 *   Δ_{i−1} W_iᵀ = W_iᵀW_iW_iᵀ − W_{i−1}(W_iW_{i−1})ᵀ = n_i W_iᵀ: eigenvalue +n_i
 *   of Δ_{i−1}.
 *
 * Two eigen-layers, at vertices a and b with eigenvalues α = ε_L n_i and
 * β = ε_R n_j, give the relation
 *
 *   F(δ) = det(Δ_a ⊗ I + σ I ⊗ Δ_b − s I) = 0,  σ = −ε_L ε_R,
 *
 * with s = α + σβ = ε_L (n_i − n_j) a combination of traces, because
 * tr Δ_k = n_{k+1} − n_k telescopes: the Kronecker sum sends x ⊗ y to
 * (α + σβ − s) x ⊗ y = 0. F is the resultant of the characteristic
 * polynomials of Δ_a and of −σΔ_b shifted by s. Rank ≤ 1 and a vanishing
 * product are closed G-invariant conditions, so if they hold at W they hold
 * on cl(G·W) ⊇ the component; x, y ≠ 0 on the dense open set where W_i and
 * W_j do not vanish, so F vanishes on the whole image closure. Its gradient at
 * δ(W) is found from the null vectors: when K = K(δ(W)) has corank one with
 * K u = 0 and vᵀ K = 0, adj(K) = μ u vᵀ (μ ≠ 0), so ∂F/∂y = μ · vᵀ (∂K/∂y) u;
 * at higher corank the gradient is 0 and the relation is not used.
 *
 * @example
 * ```ts
 * import { eigenLayers, eigenvalueRelation, eigenvalueRelationGradient, eigenvalueRelationsAt, eigenvalueRelationText, rational } from 'deeplin';
 * const q = (rows) => rows.map((r) => r.map((x) => rational(x)));
 * // widths (1,1,1,1,1), W = (1, 0, 1, 0): W_1 and W_3 are isolated rank-one layers
 * const W = [q([[1]]), q([[0]]), q([[1]]), q([[0]])];
 * eigenLayers(W).map((e) => `${e.layer}${e.side[0]}`); // ["1c", "3c", "3r"]
 * // Δ = (−n_1, n_3, −n_3): the pairs give Δ_2 + Δ_3 = 0 (twice) and 0 = 0; one relation is kept
 * eigenvalueRelationsAt(W).map((r) => eigenvalueRelationText(r.relation)); // ["det(Delta_1 (x) I - I (x) Delta_3 - (tr Delta_1 + tr Delta_2) I) = 0"]
 * const rel = eigenvalueRelation({ layer: 1, side: 'column' }, { layer: 3, side: 'column' });
 * [rel.a, rel.b, rel.sign, rel.shift]; // [1, 3, -1, [["1", 1], ["1", 2]]]
 * // here F = Δ_1 − Δ_3 − (Δ_1 + Δ_2) = −Δ_2 − Δ_3: its gradient
 * eigenvalueRelationGradient(rel, W, [1, 1, 1, 1, 1]).map((x) => Number(x.num)); // [0, -1, -1]
 * ```
 */
import { matIsZero, matMul, type Matrix } from '../algebra/matrix';
import { nullspace } from '../algebra/nullspace';
import { rankOverQ } from '../algebra/rankOverQ';
import { parseRational, RAT_ZERO, ratAdd, ratMul, ratIsZero, ratSub, rational, type Rational } from '../algebra/rational';
import { QQ } from '../algebra/rationalField';
import { deltaAt, deltaKey } from './orbitFamily';

/** Layer i (1-based) as an eigen-layer: `column`: Δ_i W_i = −‖W_i‖² W_i; `row`: Δ_{i−1} W_iᵀ = ‖W_i‖² W_iᵀ. */
export interface EigenLayer {
  readonly layer: number;
  readonly side: 'column' | 'row';
}

/**
 * det(Δ_a ⊗ I + sign · I ⊗ Δ_b − (Σ q · tr Δ_k) I) = 0 on the component, proved by the eigen-layers
 * `left` (at vertex a) and `right` (at vertex b). `shift` lists [q, k] with q a rational string.
 */
export interface EigenvalueRelation {
  readonly a: number;
  readonly b: number;
  readonly sign: 1 | -1;
  readonly shift: [string, number][];
  readonly left: [number, 'column' | 'row'];
  readonly right: [number, 'column' | 'row'];
}

/** The eigen-layers of a point W (layers W[0] = W_1 … W[N−1] = W_N): rank exactly one and the neighbour product zero. */
export function eigenLayers(W: readonly Matrix<Rational>[]): EigenLayer[] {
  const N = W.length;
  const out: EigenLayer[] = [];
  for (let i = 1; i <= N; i++) {
    if (rankOverQ(W[i - 1]) !== 1) continue;
    if (i <= N - 1 && matIsZero(QQ, matMul(QQ, W[i], W[i - 1]))) out.push({ layer: i, side: 'column' });
    if (i >= 2 && matIsZero(QQ, matMul(QQ, W[i - 1], W[i - 2]))) out.push({ layer: i, side: 'row' });
  }
  return out;
}

/** The relation of two eigen-layers (see the module comment): its vertices, sign and trace shift. */
export function eigenvalueRelation(left: EigenLayer, right: EigenLayer): EigenvalueRelation {
  const vertex = (e: EigenLayer): number => (e.side === 'column' ? e.layer : e.layer - 1);
  const eps = (e: EigenLayer): 1 | -1 => (e.side === 'column' ? -1 : 1);
  const [i, j] = [left.layer, right.layer];
  // s = ε_L (n_i − n_j) and n_j − n_i = Σ_{k=i}^{j−1} tr Δ_k
  const shift: [string, number][] = [];
  for (let k = Math.min(i, j); k < Math.max(i, j); k++) shift.push([String(i < j ? -eps(left) : eps(left)), k]);
  return { a: vertex(left), b: vertex(right), sign: (-eps(left) * eps(right)) as 1 | -1, shift, left: [i, left.side], right: [j, right.side] };
}

/** K(y) = Δ_a ⊗ I + sign · I ⊗ Δ_b − s I, from δ's entries (i, r ≤ c); linear in them, so a unit entry gives ∂K/∂y. */
function kronecker(rel: EigenvalueRelation, d: readonly number[], entry: (i: number, r: number, c: number) => Rational): Rational[][] {
  const [da, db] = [d[rel.a], d[rel.b]];
  const s = rel.shift.reduce((acc, [q, k]) => {
    let tr = RAT_ZERO;
    for (let r = 0; r < d[k]; r++) tr = ratAdd(tr, entry(k, r, r));
    return ratAdd(acc, ratMul(parseRational(q), tr));
  }, RAT_ZERO);
  const sym = (i: number, r: number, c: number): Rational => entry(i, Math.min(r, c), Math.max(r, c));
  const n = da * db;
  return Array.from({ length: n }, (_, u) => Array.from({ length: n }, (__, v) => {
    const [r, c, r2, c2] = [Math.floor(u / db), u % db, Math.floor(v / db), v % db];
    let x = RAT_ZERO;
    if (c === c2) x = ratAdd(x, sym(rel.a, r, r2));
    if (r === r2) x = rel.sign === 1 ? ratAdd(x, sym(rel.b, c, c2)) : ratSub(x, sym(rel.b, c, c2));
    return u === v ? ratSub(x, s) : x;
  }));
}

/**
 * The exact gradient direction of the relation's F at δ(W), in δ's coordinate order (i, r ≤ c): vᵀ (∂K/∂y) u
 * when K(δ(W)) has corank one (a nonzero multiple of ∇F), the zero vector otherwise.
 */
export function eigenvalueRelationGradient(rel: EigenvalueRelation, W: readonly Matrix<Rational>[], d: readonly number[]): Rational[] {
  const y = deltaAt(QQ, W);
  const K = kronecker(rel, d, (i, r, c) => y.get(deltaKey(i, r, c)) as Rational);
  const right = nullspace(QQ, K);
  const left = nullspace(QQ, K[0].map((_, c) => K.map((row) => row[c])));
  const coords: [number, number, number][] = [];
  for (let i = 1; i < d.length - 1; i++) for (let r = 0; r < d[i]; r++) for (let c = r; c < d[i]; c++) coords.push([i, r, c]);
  if (right.length !== 1 || left.length !== 1) return coords.map(() => RAT_ZERO);
  const [u, v] = [right[0], left[0]];
  return coords.map(([i, r, c]) => {
    // K is linear in y: ∂K/∂y = K(unit y) − K(0), where K(0) = 0
    const dK = kronecker(rel, d, (i2, r2, c2) => (i2 === i && r2 === r && c2 === c ? rational(1) : RAT_ZERO));
    return dK.reduce((acc, row, p) => row.reduce((s, x, q) => (ratIsZero(x) ? s : ratAdd(s, ratMul(ratMul(v[p], x), u[q]))), acc), RAT_ZERO);
  });
}

/**
 * Eigenvalue relations at W, kept greedily over the pairs of eigen-layers while their gradients
 * raise the rank; returns each kept relation with its gradient.
 */
export function eigenvalueRelationsAt(W: readonly Matrix<Rational>[]): { relation: EigenvalueRelation; gradient: Rational[] }[] {
  const d = [W[0][0].length, ...W.map((M) => M.length)];
  const layers = eigenLayers(W);
  const kept: { relation: EigenvalueRelation; gradient: Rational[] }[] = [];
  const gradients: Rational[][] = [];
  for (let x = 0; x < layers.length; x++) {
    for (let y = x + 1; y < layers.length; y++) {
      const relation = eigenvalueRelation(layers[x], layers[y]);
      const gradient = eigenvalueRelationGradient(relation, W, d);
      if (gradient.every(ratIsZero) || rankOverQ([...gradients, gradient]) <= gradients.length) continue;
      gradients.push(gradient);
      kept.push({ relation, gradient });
    }
  }
  return kept;
}

/** The relation as text: det(Δ_1 ⊗ I − I ⊗ Δ_3 − (tr Δ_1 + tr Δ_2) I) = 0. */
export function eigenvalueRelationText(rel: EigenvalueRelation): string {
  const shift = rel.shift.map(([q, k], n) => {
    const negative = q.startsWith('-');
    const size = negative ? q.slice(1) : q;
    return `${negative ? (n ? ' - ' : '-') : n ? ' + ' : ''}${size === '1' ? '' : `${size} `}tr Delta_${k}`;
  }).join('');
  return `det(Delta_${rel.a} (x) I ${rel.sign === 1 ? '+' : '-'} I (x) Delta_${rel.b}${shift ? ` - (${shift}) I` : ''}) = 0`;
}
