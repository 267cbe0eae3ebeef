/**
 * The certificate checker's half of the eigenvalue relations (version 6),
 * written apart from the prover ({@link eigenvalueRelationsAt}) and importing
 * only src/algebra. An entry
 *
 *   { "a": 1, "b": 3, "sign": -1, "shift": [["1", 1], ["1", 2]], "left": [1, "column"], "right": [3, "column"] }
 *
 * claims F(δ) = det(Δ_a ⊗ I + sign · I ⊗ Δ_b − (Σ q · tr Δ_k) I) = 0 on the
 * component cl(G·W) (or the stabiliser orbit in it). Re-proved here from the
 * point W alone:
 *
 * 1. `left` = [i, side] is an eigen-layer at vertex a: W_i has rank exactly 1
 *    over Q, and W_{i+1}W_i = 0 (side "column", a = i: Δ_i W_i = −‖W_i‖² W_i)
 *    or W_i W_{i−1} = 0 (side "row", a = i − 1: Δ_{i−1} W_iᵀ = ‖W_i‖² W_iᵀ);
 *    the same for `right` at b. Rank ≤ 1 and a vanishing product are closed
 *    and G-invariant, so they hold on cl(G·W); W_i W_iᵀ W_i = ‖W_i‖² W_i for
 *    rank ≤ 1 gives the eigen-equations there, with eigenvectors x, y ≠ 0
 *    wherever W_i, W_j ≠ 0 (a dense open subset, as it contains W).
 * 2. The shift is right: ε_L n_i + sign · ε_R n_j = Σ q (n_{k+1} − n_k) as
 *    linear forms in the free symbols n_k = ‖W_k‖² (tr Δ_k = n_{k+1} − n_k),
 *    ε = −1 for "column", +1 for "row". Then K (x ⊗ y) = 0, so F = det K
 *    vanishes on a dense subset of the component, hence on its image closure.
 * 3. The gradient of F at δ(W), ∂F/∂y = Σ_{p,q} cof(K)[p][q] (∂K/∂y)[p][q]
 *    (cofactors by fraction-free determinants: a method other than the
 *    prover's null vectors), joins the other relations' gradients in the rank.
 *
 * Internal to the checker (pinned by test/certify/checkEigenvalueRelation.test.ts).
 */
import { matIsZero, matMul, type Matrix } from '../algebra/matrix';
import { rankOverQ } from '../algebra/rankOverQ';
import { parseRational, RAT_ZERO, ratAdd, ratIsZero, ratMul, ratSub, rational, type Rational } from '../algebra/rational';
import { QQ } from '../algebra/rationalField';

type Q = Rational;
type Fail = (where: string, what: string) => never;

export interface EigenvalueRelationCheck {
  readonly ok: boolean;
  readonly detail: string;
  /** ∇F at δ(W) in δ's coordinate order (i, r ≤ c). */
  readonly gradient: Q[];
}

function gcd(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b) [a, b] = [b, a % b];
  return a;
}

/** det of a square rational matrix: rows scaled to integers, then Bareiss's fraction-free elimination. */
function determinant(M: readonly (readonly Q[])[]): Q {
  const n = M.length;
  if (n === 0) return rational(1);
  let scale = 1n;
  const A = M.map((row) => {
    const l = row.reduce((acc, x) => (acc * x.den) / gcd(acc, x.den), 1n);
    scale *= l;
    return row.map((x) => (x.num * l) / x.den);
  });
  let prev = 1n;
  let sign = 1n;
  for (let k = 0; k < n; k++) {
    let p = k;
    while (p < n && A[p][k] === 0n) p++;
    if (p === n) return RAT_ZERO;
    if (p !== k) [A[p], A[k], sign] = [A[k], A[p], -sign];
    for (let i = k + 1; i < n; i++) {
      for (let j = k + 1; j < n; j++) A[i][j] = (A[k][k] * A[i][j] - A[i][k] * A[k][j]) / prev;
      A[i][k] = 0n;
    }
    prev = A[k][k];
  }
  return rational(sign * A[n - 1][n - 1], scale);
}

/**
 * Parses and re-proves one eigenvalue relation at the point W (layers W[0] = W_1 …) for widths d; `coords` are δ's
 * coordinates (i, r ≤ c) in order and `yAt` δ(W) in that order, as the caller computed them.
 */
export function checkEigenvalueRelation(
  where: string, x: unknown, W: readonly Matrix<Q>[], d: readonly number[], coords: readonly (readonly [number, number, number])[], yAt: readonly Q[], fail: Fail,
): EigenvalueRelationCheck {
  if (x === null || typeof x !== 'object' || Array.isArray(x)) fail(where, 'expected an object');
  const o = x as Record<string, unknown>;
  const known = ['a', 'b', 'sign', 'shift', 'left', 'right'];
  for (const k of Object.keys(o)) if (!known.includes(k)) fail(where, `unknown field "${k}"`);
  for (const k of known) if (!(k in o)) fail(where, `missing field "${k}"`);
  const N = d.length - 1;
  const int = (w: string, v: unknown, lo: number, hi: number): number =>
    typeof v === 'number' && Number.isInteger(v) && v >= lo && v <= hi ? v : fail(w, `expected an integer in [${lo}, ${hi}], got ${JSON.stringify(v)}`);
  const a = int(`${where}.a`, o.a, 1, N - 1);
  const b = int(`${where}.b`, o.b, 1, N - 1);
  const sign = o.sign === 1 || o.sign === -1 ? o.sign : fail(`${where}.sign`, 'expected 1 or -1');
  if (!Array.isArray(o.shift)) fail(`${where}.shift`, 'expected [["q", k], ...]');
  const shift = (o.shift as unknown[]).map((t, n): [Q, number] => {
    if (!Array.isArray(t) || t.length !== 2 || typeof t[0] !== 'string') fail(`${where}.shift[${n}]`, 'expected ["q", k]');
    let q: Q;
    try {
      q = parseRational(t[0]);
    } catch {
      return fail(`${where}.shift[${n}]`, `malformed rational ${JSON.stringify(t[0])}`);
    }
    return [q, int(`${where}.shift[${n}][1]`, t[1], 1, N - 1)];
  });
  const side = (w: string, v: unknown): { i: number; column: boolean } => {
    if (!Array.isArray(v) || v.length !== 2 || (v[1] !== 'column' && v[1] !== 'row')) fail(w, 'expected [layer, "column" | "row"]');
    const column = v[1] === 'column';
    return { i: int(`${w}[0]`, v[0], column ? 1 : 2, column ? N - 1 : N), column };
  };
  const L = side(`${where}.left`, o.left);
  const R = side(`${where}.right`, o.right);
  // 1. eigen-layers at W, at the claimed vertices
  const problems: string[] = [];
  for (const [name, e, v] of [['left', L, a], ['right', R, b]] as const) {
    if ((e.column ? e.i : e.i - 1) !== v) problems.push(`${name} layer ${e.i} (${e.column ? 'column' : 'row'}) sits at vertex ${e.column ? e.i : e.i - 1}, not ${v}`);
    if (rankOverQ(W[e.i - 1]) !== 1) problems.push(`W_${e.i} does not have rank 1`);
    const P = e.column ? matMul(QQ, W[e.i], W[e.i - 1]) : matMul(QQ, W[e.i - 1], W[e.i - 2]);
    if (!matIsZero(QQ, P)) problems.push(e.column ? `W_${e.i + 1} W_${e.i} != 0` : `W_${e.i} W_${e.i - 1} != 0`);
  }
  // 2. the shift, as linear forms in n_1 … n_N
  const form = new Array<Q>(N + 1).fill(RAT_ZERO);
  const addTo = (k: number, q: Q): void => void (form[k] = ratAdd(form[k], q));
  addTo(L.i, rational(L.column ? -1 : 1));
  addTo(R.i, rational(sign * (R.column ? -1 : 1)));
  for (const [q, k] of shift) (addTo(k + 1, ratSub(RAT_ZERO, q)), addTo(k, q));
  if (!form.every(ratIsZero)) problems.push('the shift is not eps_L n_i + sign eps_R n_j in traces (tr Delta_k = n_{k+1} - n_k)');
  const text = `det(Delta_${a} (x) I ${sign === 1 ? '+' : '-'} I (x) Delta_${b} - s I) = 0`;
  if (problems.length) return { ok: false, detail: `${text}: NOT proved: ${problems.join('; ')}`, gradient: coords.map(() => RAT_ZERO) };
  // 3. the gradient of det K at δ(W), by cofactors
  const keyOf = new Map(coords.map(([i, r, c], j) => [`${i},${r},${c}`, j]));
  const delta = (i: number, r: number, c: number): Q => yAt[keyOf.get(`${i},${r},${c}`) as number];
  const [da, db] = [d[a], d[b]];
  const n = da * db;
  // K as a function of the Δ entries (a symmetric lookup), linear
  const K = (D: (i: number, r: number, c: number) => Q): Q[][] => {
    const S = (i: number, r: number, c: number): Q => D(i, Math.min(r, c), Math.max(r, c));
    let s = RAT_ZERO;
    for (const [q, k] of shift) for (let r = 0; r < d[k]; r++) s = ratAdd(s, ratMul(q, S(k, r, r)));
    const out: Q[][] = [];
    for (let r = 0; r < da; r++) for (let c = 0; c < db; c++) {
      const row: Q[] = [];
      for (let r2 = 0; r2 < da; r2++) for (let c2 = 0; c2 < db; c2++) {
        let v = c === c2 ? S(a, r, r2) : RAT_ZERO;
        if (r === r2) v = sign === 1 ? ratAdd(v, S(b, c, c2)) : ratSub(v, S(b, c, c2));
        if (r === r2 && c === c2) v = ratSub(v, s);
        row.push(v);
      }
      out.push(row);
    }
    return out;
  };
  const K0 = K(delta);
  const cofactor = K0.map((_, p) => K0.map((__, q) => {
    const minor = determinant(K0.filter((_r, r) => r !== p).map((row) => row.filter((_c, c) => c !== q)));
    return (p + q) % 2 ? ratSub(RAT_ZERO, minor) : minor;
  }));
  const gradient = coords.map(([i, r, c]) => {
    const dK = K((i2, r2, c2) => (i2 === i && r2 === r && c2 === c ? rational(1) : RAT_ZERO));
    let g = RAT_ZERO;
    for (let p = 0; p < n; p++) for (let q = 0; q < n; q++) if (!ratIsZero(dK[p][q])) g = ratAdd(g, ratMul(cofactor[p][q], dK[p][q]));
    return g;
  });
  return { ok: true, detail: `${text}: W_${L.i} and W_${R.i} have rank 1 with the needed products zero at W (so on the orbit closure), eigenvalues ${L.column ? '-' : '+'}|W_${L.i}|^2 of Delta_${a} and ${R.column ? '-' : '+'}|W_${R.i}|^2 of Delta_${b}, shift = their combination in traces`, gradient };
}
