/**
 * An explicit descent line W(t) = W + tE at a critical point, found by
 * threading a rank-one path through the rank deficiencies of the layers.
 *
 * E is supported on layers i_1 < … < i_k, E_i = a_i c_iᵀ. With
 * M(i′, i) = W_{i′−1} ⋯ W_{i+1} (identity when i′ = i + 1), each link
 * i = i_j → i′ = i_{j+1} needs y = M(i′, i) a_i ≠ 0 with W_{i′} y = 0 (the
 * unperturbed layer kills the path) and c_{i′} with c_{i′}ᵀ (M(i′, i) W_i) = 0
 * (it ignores the unperturbed signal) and c_{i′}ᵀ y = 1. Then every product
 * in which some layer of {i_1, …, i_k} is left unperturbed vanishes, so with
 * G = R Xᵀ (R = W_N ⋯ W_1 X − Y) and D = W_N ⋯ W_{i_k+1} a_{i_k} c_{i_1}ᵀ W_{i_1−1} ⋯ W_1:
 *
 *   L(W + tE) − L(W) = 2 ⟨G, D⟩ t^k + ‖D X‖² t^{2k}   (exactly),
 *
 * and a_{i_k}, c_{i_1} are chosen with ⟨G, D⟩ < 0. The shortest such path
 * (smallest k) is returned; k ≥ 2 at a critical point (k = 1 is the gradient).
 * When no such path exists (a layer on the path does not kill the leaking
 * signal, which may still be harmless: orthogonal to G and of high order),
 * a bounded search over lines whose E has one ±1 entry on each of k ≥ 3 layers
 * (k increasing, at most MAX_LINE_CANDIDATES lines) keeps the first whose exact
 * polynomial L(W + tE) − L(W) has a negative lowest coefficient. Both are
 * sufficient constructions: when neither finds a line the caller reports
 * `undetermined`, never a guess.
 */
import { layerProduct } from '../model/layerProduct';
import type { NetworkPoint } from '../model/networkPoint';
import { residual } from '../model/loss';
import { partialProducts } from '../model/partialProducts';
import { matMul, matTranspose, matZeros, type Matrix } from '../algebra/matrix';
import { nullspace } from '../algebra/nullspace';
import { rankOverQ } from '../algebra/rankOverQ';
import { type Rational, ratDiv, ratIsZero, ratNeg, RAT_ONE } from '../algebra/rational';
import { QQ } from '../algebra/rationalField';
import { dot } from './rationalEigenbasis';
import { lineLossPolynomial } from './lineLoss';

/** Lines tried by the fallback search. */
export const MAX_LINE_CANDIDATES = 20_000;

export interface DescentLine {
  /** E, one matrix per layer (zero outside the path). */
  readonly direction: Rational[][][];
  /** The layers i_1 < … < i_k of the path (1-based). */
  readonly layers: number[];
  /** k: L(W + tE) − L(W) = c t^k + O(t^{k+1}) with c < 0. */
  readonly order: number;
}

interface Link {
  readonly a: Rational[]; // in R^{d_i}
  readonly c: Rational[]; // in R^{d_{i'-1}}
}

export function descentLine(point: NetworkPoint<Rational>, X: Matrix<Rational>, Y: Matrix<Rational>): DescentLine | undefined {
  const N = point.length;
  const { A, B } = partialProducts(QQ, point);
  const G = matMul(QQ, residual(QQ, point, X, Y), matTranspose(X));
  const links = new Map<string, Link | undefined>();
  const link = (i: number, i2: number): Link | undefined => {
    const key = `${i},${i2}`;
    if (!links.has(key)) links.set(key, findLink(point, i, i2));
    return links.get(key);
  };
  // breadth-first over paths: dist[i] = shortest path ending at layer i from a fixed start
  let best: { layers: number[]; row: number; col: number; value: Rational } | undefined;
  for (let i1 = 1; i1 <= N; i1++) {
    const prev = new Map<number, number>();
    let frontier = [i1];
    const seen = new Set([i1]);
    while (frontier.length > 0) {
      const next: number[] = [];
      for (const i of frontier) {
        for (let i2 = i + 1; i2 <= N; i2++) {
          if (seen.has(i2) || !link(i, i2)) continue;
          seen.add(i2);
          prev.set(i2, i);
          next.push(i2);
        }
      }
      for (const ik of next) {
        const Gk = matMul(QQ, matMul(QQ, matTranspose(A[ik]), G), matTranspose(B[i1]));
        const hit = firstNonzero(Gk);
        if (!hit) continue;
        const layers = [ik];
        while (layers[0] !== i1) layers.unshift(prev.get(layers[0]) as number);
        if (!best || layers.length < best.layers.length) best = { layers, ...hit };
      }
      frontier = next;
    }
  }
  if (!best) return searchUnitLines(point, X, Y);
  const direction = point.map((W) => matZeros(QQ, W.length, W[0].length));
  const { layers } = best;
  const k = layers.length;
  const a: Rational[][] = [];
  const c: Rational[][] = [];
  c[0] = unit(point[layers[0] - 1][0].length, best.col);
  // ⟨G, D⟩ = (links' c·y = 1) · e_rowᵀ Gk e_col: make it negative
  a[k - 1] = unit(point[layers[k - 1] - 1].length, best.row, best.value.num > 0n ? ratNeg(RAT_ONE) : RAT_ONE);
  for (let j = 0; j + 1 < k; j++) {
    const l = link(layers[j], layers[j + 1]) as Link;
    a[j] = l.a;
    c[j + 1] = l.c;
  }
  layers.forEach((i, j) => {
    direction[i - 1] = a[j].map((x) => c[j].map((y) => QQ.mul(x, y)));
  });
  return { direction, layers, order: k };
}

function unit(n: number, i: number, value: Rational = RAT_ONE): Rational[] {
  return Array.from({ length: n }, (_, j) => (j === i ? value : QQ.zero));
}

function firstNonzero(M: Matrix<Rational>): { row: number; col: number; value: Rational } | undefined {
  for (let r = 0; r < M.length; r++) for (let c = 0; c < M[r].length; c++) if (!ratIsZero(M[r][c])) return { row: r, col: c, value: M[r][c] };
  return undefined;
}

/** A link i → i2 (i < i2), or undefined when the layers between admit none. */
function findLink(point: NetworkPoint<Rational>, i: number, i2: number): Link | undefined {
  const M = layerProduct(QQ, point, i + 1, i2 - 1); // d_{i2-1} × d_i
  const K = matMul(QQ, M, point[i - 1]); // W_{i2-1} ⋯ W_i
  const rankK = rankOverQ(K);
  const kernel = nullspace(QQ, matMul(QQ, point[i2 - 1], M), M[0].length); // a with W_{i2} M a = 0
  for (const a of kernel) {
    const y = matMul(QQ, M, a.map((x) => [x])).map((row) => row[0]);
    if (y.every(ratIsZero)) continue;
    if (rankOverQ(K.map((row, r) => [...row, y[r]])) === rankK) continue; // y ∈ Im K
    const left = nullspace(QQ, matTranspose(K), K.length); // c with cᵀ K = 0
    for (const cv of left) {
      const s = dot(cv, y);
      if (!ratIsZero(s)) return { a, c: cv.map((x) => ratDiv(x, s)) };
    }
  }
  return undefined;
}

/** The fallback: E with one entry ±1 on each layer of a set of k ≥ 3 layers, k increasing. */
function searchUnitLines(point: NetworkPoint<Rational>, X: Matrix<Rational>, Y: Matrix<Rational>): DescentLine | undefined {
  const N = point.length;
  const base = lineLossPolynomial(point, point.map((W) => matZeros(QQ, W.length, W[0].length)), X, Y)[0];
  let tried = 0;
  for (let k = 3; k <= N; k++) {
    for (const layers of combinations(N, k)) {
      const sizes = layers.map((i) => point[i - 1].length * point[i - 1][0].length);
      const pick = new Array<number>(k).fill(0);
      for (;;) {
        for (const sign of [RAT_ONE, ratNeg(RAT_ONE)]) {
          if (++tried > MAX_LINE_CANDIDATES) return undefined;
          const direction = point.map((W) => matZeros(QQ, W.length, W[0].length));
          layers.forEach((i, j) => {
            const cols = point[i - 1][0].length;
            direction[i - 1][Math.floor(pick[j] / cols)][pick[j] % cols] = j === 0 ? sign : RAT_ONE;
          });
          const poly = lineLossPolynomial(point, direction, X, Y);
          poly[0] = QQ.sub(poly[0], base);
          const low = poly.findIndex((c) => !ratIsZero(c));
          if (low >= 0 && poly[low].num < 0n) return { direction, layers, order: low };
        }
        let j = 0;
        while (j < k && ++pick[j] === sizes[j]) pick[j++] = 0;
        if (j === k) break;
      }
    }
  }
  return undefined;
}

function combinations(n: number, k: number): number[][] {
  const out: number[][] = [];
  const rec = (start: number, acc: number[]): void => {
    if (acc.length === k) {
      out.push([...acc]);
      return;
    }
    for (let i = start; i <= n; i++) rec(i + 1, [...acc, i]);
  };
  rec(1, []);
  return out;
}
