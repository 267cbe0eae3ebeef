/**
 * Gradient flow Ẇ = −∇L of a deep linear network, L(W_a) = ‖W_N⋯W_1 X − Y‖_F²
 * (MATH §1), on a flat float64 parameter vector θ = (W_1, …, W_N), each
 * layer row-major. The data enter only through Σ_XX = X Xᵀ, Σ_YX = Y Xᵀ and
 * tr(Y Yᵀ):  L = tr(W Σ_XX Wᵀ) − 2 tr(W Σ_XY) + tr(Y Yᵀ), ∇_W L =
 * 2(W Σ_XX − Σ_YX) =: G and ∂L/∂W_k = A_kᵀ G B_kᵀ (A_k = W_N⋯W_{k+1},
 * B_k = W_{k−1}⋯W_1).
 *
 * Why not `lossGradient(RR, …)` of src/model: it is the generic, reference
 * implementation (any field, nested arrays, m data columns) and takes ~35 µs
 * per gradient at widths (3,3,3,3); an ODE solve calls the gradient ~10^4
 * times per run, and `deeplin flow --widths 3,3,3,3 --inits 200` must finish
 * in a minute. This kernel works on flat typed arrays and is tested to agree
 * with `loss`/`lossGradient` over RR (test/flow/flowProblem.test.ts).
 */
import { ArgumentError } from '../errors';

/** A gradient-flow problem: widths and the data's second moments (floats). */
export interface FlowProblem {
  readonly widths: readonly number[];
  /** Σ_XX = X Xᵀ, d_0 × d_0, row-major. */
  readonly sxx: Float64Array;
  /** Σ_YX = Y Xᵀ, d_N × d_0, row-major. */
  readonly syx: Float64Array;
  /** tr(Y Yᵀ) = ‖Y‖_F². */
  readonly trYY: number;
  /** Offsets of W_1, …, W_N in θ, and the total length at the end. */
  readonly offsets: readonly number[];
}

/**
 * The problem for widths d_0..d_N and data X (d_0 × m), Y (d_N × m).
 *
 * @example
 * ```ts
 * import { flowProblem } from 'deeplin';
 * flowProblem([2, 3, 1], [[1, 0], [0, 1]], [[1, 2]]).offsets; // [0, 6, 9]
 * ```
 */
export function flowProblem(widths: readonly number[], X: readonly (readonly number[])[], Y: readonly (readonly number[])[]): FlowProblem {
  const who = 'flowProblem';
  if (widths.length < 3 || !widths.every((d) => Number.isInteger(d) && d >= 1)) throw new ArgumentError(who, 'widths', widths.join(','), 'at least three positive integers (depth >= 2)');
  const d0 = widths[0];
  const dN = widths[widths.length - 1];
  const m = X[0]?.length ?? 0;
  if (X.length !== d0 || Y.length !== dN || m === 0 || X.some((r) => r.length !== m) || Y.some((r) => r.length !== m)) {
    throw new ArgumentError(who, 'data', `${X.length}x${m}, ${Y.length}x${Y[0]?.length ?? 0}`, `X of size ${d0} x m and Y of size ${dN} x m`);
  }
  const sxx = new Float64Array(d0 * d0);
  const syx = new Float64Array(dN * d0);
  for (let i = 0; i < d0; i++) for (let j = 0; j < d0; j++) sxx[i * d0 + j] = dot(X[i], X[j]);
  for (let i = 0; i < dN; i++) for (let j = 0; j < d0; j++) syx[i * d0 + j] = dot(Y[i], X[j]);
  const trYY = Y.reduce((s, r) => s + dot(r, r), 0);
  const offsets = [0];
  for (let k = 1; k < widths.length; k++) offsets.push(offsets[k - 1] + widths[k] * widths[k - 1]);
  return { widths: [...widths], sxx, syx, trYY, offsets };
}

function dot(a: readonly number[], b: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

/** C = A B for row-major A (r × s), B (s × c). */
function mul(A: Float64Array, B: Float64Array, r: number, s: number, c: number): Float64Array {
  const C = new Float64Array(r * c);
  for (let i = 0; i < r; i++) {
    for (let k = 0; k < s; k++) {
      const a = A[i * s + k];
      if (a === 0) continue;
      for (let j = 0; j < c; j++) C[i * c + j] += a * B[k * c + j];
    }
  }
  return C;
}

function identity(d: number): Float64Array {
  const I = new Float64Array(d * d);
  for (let i = 0; i < d; i++) I[i * d + i] = 1;
  return I;
}

/** Layer k (1-based) of θ as a row-major view. */
function layer(p: FlowProblem, theta: Float64Array, k: number): Float64Array {
  return theta.subarray(p.offsets[k - 1], p.offsets[k]);
}

/** The end-to-end product W = W_N⋯W_1 (d_N × d_0, row-major). */
export function endToEnd(p: FlowProblem, theta: Float64Array): Float64Array {
  const w = p.widths;
  let B = identity(w[0]);
  for (let k = 1; k < w.length; k++) B = mul(layer(p, theta, k), B, w[k], w[k - 1], w[0]);
  return B;
}

/**
 * L(θ) = tr(W Σ_XX Wᵀ) − 2 tr(W Σ_XY) + tr(YYᵀ).
 */
export function flowLoss(p: FlowProblem, theta: Float64Array): number {
  const d0 = p.widths[0];
  const dN = p.widths[p.widths.length - 1];
  const W = endToEnd(p, theta);
  const WS = mul(W, p.sxx, dN, d0, d0);
  let s = p.trYY;
  for (let i = 0; i < dN * d0; i++) s += W[i] * (WS[i] - 2 * p.syx[i]);
  return Math.max(0, s);
}

/** Scratch arrays of {@link flowGradient}, one set per problem (the gradient runs ~10^4 times per run: no allocation inside). */
interface GradientWorkspace {
  /** B[k] = W_{k−1}⋯W_1 (d_{k−1} × d_0), k = 1..N+1; B[1] = I. */
  readonly B: Float64Array[];
  readonly G: Float64Array;
  readonly a: Float64Array;
  readonly b: Float64Array;
}

const workspaces = new WeakMap<FlowProblem, GradientWorkspace>();

function workspace(p: FlowProblem): GradientWorkspace {
  let w = workspaces.get(p);
  if (!w) {
    const d = p.widths;
    const d0 = d[0];
    const B = [new Float64Array(0), identity(d0), ...d.slice(1).map((dk) => new Float64Array(dk * d0))];
    const big = Math.max(...d) * d0;
    w = { B, G: new Float64Array(d[d.length - 1] * d0), a: new Float64Array(big), b: new Float64Array(big) };
    workspaces.set(p, w);
  }
  return w;
}

/**
 * ∇L(θ), flat like θ; writes into `out` when given.
 */
export function flowGradient(p: FlowProblem, theta: Float64Array, out: Float64Array = new Float64Array(theta.length)): Float64Array {
  const w = p.widths;
  const N = w.length - 1;
  const d0 = w[0];
  const dN = w[N];
  const off = p.offsets;
  const { B, G } = workspace(p);
  // B[k+1] = W_k B[k]
  for (let k = 1; k <= N; k++) {
    const rows = w[k];
    const inner = w[k - 1];
    const src = B[k];
    const dst = B[k + 1];
    const o = off[k - 1];
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < d0; j++) {
        let s = 0;
        for (let l = 0; l < inner; l++) s += theta[o + i * inner + l] * src[l * d0 + j];
        dst[i * d0 + j] = s;
      }
    }
  }
  // G = 2 (W Σ_XX − Σ_YX)
  const W = B[N + 1];
  for (let i = 0; i < dN; i++) {
    for (let j = 0; j < d0; j++) {
      let s = 0;
      for (let l = 0; l < d0; l++) s += W[i * d0 + l] * p.sxx[l * d0 + j];
      G[i * d0 + j] = 2 * (s - p.syx[i * d0 + j]);
    }
  }
  // walk down with AtG = A_kᵀ G (d_k × d_0), A_N = I; ∂L/∂W_k = AtG B_kᵀ
  let AtG = G;
  let spare = workspace(p).a;
  let other = workspace(p).b;
  for (let k = N; k >= 1; k--) {
    const rows = w[k];
    const cols = w[k - 1];
    const Bk = B[k];
    const o = off[k - 1];
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        let s = 0;
        for (let c = 0; c < d0; c++) s += AtG[i * d0 + c] * Bk[j * d0 + c];
        out[o + i * cols + j] = s;
      }
    }
    if (k > 1) {
      // A_{k−1}ᵀ G = W_kᵀ (A_kᵀ G)
      for (let i = 0; i < cols; i++) {
        for (let c = 0; c < d0; c++) {
          let s = 0;
          for (let r = 0; r < rows; r++) s += theta[o + r * cols + i] * AtG[r * d0 + c];
          spare[i * d0 + c] = s;
        }
      }
      AtG = spare;
      [spare, other] = [other, spare];
    }
  }
  return out;
}

/**
 * δ(θ) = (Δ_1, …, Δ_{N−1}), Δ_i = W_{i+1}ᵀW_{i+1} − W_iW_iᵀ, upper triangles
 * row by row (the coordinates of `deltaCoordinates`, MATH §2), in floats.
 */
export function flowDelta(p: FlowProblem, theta: Float64Array): Float64Array {
  const w = p.widths;
  const N = w.length - 1;
  const out: number[] = [];
  for (let i = 1; i < N; i++) {
    const d = w[i];
    const up = layer(p, theta, i + 1); // d_{i+1} × d_i
    const lo = layer(p, theta, i); // d_i × d_{i-1}
    for (let a = 0; a < d; a++) {
      for (let b = a; b < d; b++) {
        let s = 0;
        for (let r = 0; r < w[i + 1]; r++) s += up[r * d + a] * up[r * d + b];
        for (let c = 0; c < w[i - 1]; c++) s -= lo[a * w[i - 1] + c] * lo[b * w[i - 1] + c];
        out.push(s);
      }
    }
  }
  return Float64Array.from(out);
}

/** θ as nested matrices (W_1, …, W_N), for the generic code of src/model. */
export function thetaToPoint(p: FlowProblem, theta: Float64Array): number[][][] {
  const w = p.widths;
  return w.slice(1).map((rows, idx) => {
    const cols = w[idx];
    const L = layer(p, theta, idx + 1);
    return Array.from({ length: rows }, (_, r) => Array.from(L.subarray(r * cols, (r + 1) * cols)));
  });
}
