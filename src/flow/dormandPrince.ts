/**
 * An adaptive, error-controlled explicit Runge–Kutta solver for autonomous
 * ODEs y' = f(y) in float64: Dormand–Prince 5(4) (the pair of MATLAB's
 * `ode45` and Hairer–Wanner's DOPRI5), local extrapolation (the 5th-order
 * solution is kept), FSAL, PI step-size control (Gustafsson; Hairer–Nørsett–
 * Wanner, Solving ODEs I, §II.4 and the DOPRI5 code: exponents 0.17 and 0.04),
 * and the 4th-order continuous extension of DOPRI5 as dense output.
 *
 * Float code only: every number here is an IEEE double with a rounding
 * error; the accuracy is controlled by `rtol`/`atol` (a local error per
 * step, not a global bound — the global error is measured against closed
 * forms in the tests). No package of the fixed stack has an ODE solver
 * (mathjs has none; ml-matrix is linear algebra), hence this file.
 *
 * {@link dormandPrinceSteps} yields every accepted step; the caller decides
 * when to stop (a tolerance on the gradient, a time limit, …).
 *
 * @example
 * ```ts
 * import { dormandPrinceSteps } from 'deeplin';
 * // y' = -y, y(0) = 1: y(1) = e^-1
 * let last = 1;
 * for (const step of dormandPrinceSteps((y, out) => { out[0] = -y[0]; }, [1], { tEnd: 1, rtol: 1e-12, atol: 1e-14 })) last = step.y[0];
 * Math.abs(last - Math.exp(-1)) < 1e-12; // true
 * ```
 */
import { ArgumentError } from '../errors';

/** The right-hand side: writes f(y) into `out` (same length as y). */
export type OdeRightHandSide = (y: Float64Array, out: Float64Array) => void;

/** Options of {@link dormandPrinceSteps}. */
export interface DormandPrinceOptions {
  /** Stop at this time (the last step is shortened to end there exactly). */
  readonly tEnd: number;
  /** Relative tolerance of the local error (per component); default 1e-10. */
  readonly rtol?: number;
  /** Absolute tolerance of the local error (per component); default 1e-12. */
  readonly atol?: number;
  /** Largest step; default tEnd. */
  readonly hMax?: number;
  /** At most this many steps (accepted + rejected) before throwing; default 10^7. */
  readonly maxSteps?: number;
}

/** One accepted step from t0 to t1 (y, f(y) at t1; `dense(t)` for t in [t0, t1]). */
export interface OdeStep {
  readonly t0: number;
  readonly t1: number;
  /** The state at t1 (a fresh array; the solver does not reuse it). */
  readonly y: Float64Array;
  /** f(y) at t1 (fresh array). */
  readonly dy: Float64Array;
  /** The 4th-order continuous extension: the state at time t ∈ [t0, t1] (a fresh array). */
  dense(t: number): Float64Array;
  /** Steps rejected so far (in the whole run). */
  readonly rejected: number;
}

// nodes c = (0, 1/5, 3/10, 4/5, 8/9, 1, 1) are implicit in the autonomous form
const A21 = 1 / 5;
const A31 = 3 / 40, A32 = 9 / 40;
const A41 = 44 / 45, A42 = -56 / 15, A43 = 32 / 9;
const A51 = 19372 / 6561, A52 = -25360 / 2187, A53 = 64448 / 6561, A54 = -212 / 729;
const A61 = 9017 / 3168, A62 = -355 / 33, A63 = 46732 / 5247, A64 = 49 / 176, A65 = -5103 / 18656;
const A71 = 35 / 384, A73 = 500 / 1113, A74 = 125 / 192, A75 = -2187 / 6784, A76 = 11 / 84;
// error estimate coefficients: 5th minus 4th order weights
const E1 = 71 / 57600, E3 = -71 / 16695, E4 = 71 / 1920, E5 = -17253 / 339200, E6 = 22 / 525, E7 = -1 / 40;
// dense output (Hairer's DOPRI5 contd5)
const D1 = -12715105075 / 11282082432, D3 = 87487479700 / 32700410799, D4 = -10690763975 / 1880347072;
const D5 = 701980252875 / 199316789632, D6 = -1453857185 / 822651844, D7 = 69997945 / 29380423;

const SAFETY = 0.9;
const FAC_MIN = 0.2;
const FAC_MAX = 10;
const ALPHA = 0.17; // 1/5 - 0.75 β
const BETA = 0.04;

/**
 * Integrates y' = f(y) from y(0) = y0 up to `tEnd`, yielding every accepted
 * step. Throws an ArgumentError for bad tolerances, and an Error when the
 * step size underflows or `maxSteps` is exceeded (the state is not finite, or
 * the problem is too stiff for an explicit method).
 *
 * @example
 * ```ts
 * import { dormandPrinceSteps } from 'deeplin';
 * // y'' = -y as a system: after a full period the solution returns
 * const steps = [...dormandPrinceSteps((y, o) => { o[0] = y[1]; o[1] = -y[0]; }, [1, 0], { tEnd: 2 * Math.PI, rtol: 1e-11, atol: 1e-13 })];
 * Math.abs(steps[steps.length - 1].y[0] - 1) < 1e-9; // true
 * Math.abs(steps[0].dense(steps[0].t1 / 2)[0] - Math.cos(steps[0].t1 / 2)) < 1e-9; // true
 * ```
 */
export function* dormandPrinceSteps(f: OdeRightHandSide, y0: ArrayLike<number>, options: DormandPrinceOptions): Generator<OdeStep, void, undefined> {
  const rtol = options.rtol ?? 1e-10;
  const atol = options.atol ?? 1e-12;
  const tEnd = options.tEnd;
  const maxSteps = options.maxSteps ?? 1e7;
  if (!(rtol > 0 && rtol < 1)) throw new ArgumentError('dormandPrinceSteps', 'rtol', rtol, 'a number in (0, 1)');
  if (!(atol > 0 && Number.isFinite(atol))) throw new ArgumentError('dormandPrinceSteps', 'atol', atol, 'a positive finite number');
  if (!(tEnd > 0 && Number.isFinite(tEnd))) throw new ArgumentError('dormandPrinceSteps', 'tEnd', tEnd, 'a positive finite number');
  const hMax = Math.min(options.hMax ?? tEnd, tEnd);
  const n = y0.length;
  let y = Float64Array.from(y0);
  let k1 = new Float64Array(n);
  f(y, k1);
  const k2 = new Float64Array(n), k3 = new Float64Array(n), k4 = new Float64Array(n), k5 = new Float64Array(n), k6 = new Float64Array(n);
  let k7 = new Float64Array(n);
  const tmp = new Float64Array(n);
  let t = 0;
  let h = Math.min(hMax, initialStep(f, y, k1, rtol, atol, tmp));
  let errOld = 1e-4;
  let rejected = 0;
  let lastRejected = false;
  for (let count = 0; t < tEnd; count++) {
    if (count >= maxSteps) throw new Error(`dormandPrinceSteps: more than ${maxSteps} steps before t = ${tEnd} (reached t = ${t})`);
    if (t + h >= tEnd || t + 1.01 * h >= tEnd) h = tEnd - t;
    if (!(h > Math.abs(t) * 1e-15)) throw new Error(`dormandPrinceSteps: step size underflow at t = ${t} (h = ${h})`);
    for (let i = 0; i < n; i++) tmp[i] = y[i] + h * A21 * k1[i];
    f(tmp, k2);
    for (let i = 0; i < n; i++) tmp[i] = y[i] + h * (A31 * k1[i] + A32 * k2[i]);
    f(tmp, k3);
    for (let i = 0; i < n; i++) tmp[i] = y[i] + h * (A41 * k1[i] + A42 * k2[i] + A43 * k3[i]);
    f(tmp, k4);
    for (let i = 0; i < n; i++) tmp[i] = y[i] + h * (A51 * k1[i] + A52 * k2[i] + A53 * k3[i] + A54 * k4[i]);
    f(tmp, k5);
    for (let i = 0; i < n; i++) tmp[i] = y[i] + h * (A61 * k1[i] + A62 * k2[i] + A63 * k3[i] + A64 * k4[i] + A65 * k5[i]);
    f(tmp, k6);
    const y1 = new Float64Array(n);
    for (let i = 0; i < n; i++) y1[i] = y[i] + h * (A71 * k1[i] + A73 * k3[i] + A74 * k4[i] + A75 * k5[i] + A76 * k6[i]);
    f(y1, k7);
    let err = 0;
    for (let i = 0; i < n; i++) {
      const e = h * (E1 * k1[i] + E3 * k3[i] + E4 * k4[i] + E5 * k5[i] + E6 * k6[i] + E7 * k7[i]);
      const sc = atol + rtol * Math.max(Math.abs(y[i]), Math.abs(y1[i]));
      err += (e / sc) * (e / sc);
    }
    err = Math.sqrt(err / Math.max(n, 1));
    if (!Number.isFinite(err)) {
      h *= FAC_MIN;
      rejected++;
      lastRejected = true;
      continue;
    }
    if (err <= 1) {
      const t0 = t;
      const h0 = h;
      const yStart = y;
      const r2 = new Float64Array(n), r3 = new Float64Array(n), r4 = new Float64Array(n), r5 = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const diff = y1[i] - yStart[i];
        const bspl = h0 * k1[i] - diff;
        r2[i] = diff;
        r3[i] = bspl;
        r4[i] = diff - h0 * k7[i] - bspl;
        r5[i] = h0 * (D1 * k1[i] + D3 * k3[i] + D4 * k4[i] + D5 * k5[i] + D6 * k6[i] + D7 * k7[i]);
      }
      const dense = (time: number): Float64Array => {
        const s = (time - t0) / h0;
        const s1 = 1 - s;
        const out = new Float64Array(n);
        for (let i = 0; i < n; i++) out[i] = yStart[i] + s * (r2[i] + s1 * (r3[i] + s * (r4[i] + s1 * r5[i])));
        return out;
      };
      t = t + h === tEnd || h === tEnd - t ? tEnd : t + h;
      y = y1;
      const dy = k7;
      k7 = k1; // FSAL: f(y1) is the next step's first stage
      k1 = dy;
      let fac = SAFETY * Math.pow(Math.max(err, 1e-10), -ALPHA) * Math.pow(errOld, BETA);
      fac = Math.min(FAC_MAX, Math.max(FAC_MIN, fac));
      if (lastRejected) fac = Math.min(1, fac);
      h = Math.min(hMax, h * fac);
      errOld = Math.max(err, 1e-4);
      lastRejected = false;
      yield { t0, t1: t, y: Float64Array.from(y), dy: Float64Array.from(dy), dense, rejected };
    } else {
      h *= Math.max(FAC_MIN, SAFETY * Math.pow(err, -ALPHA));
      rejected++;
      lastRejected = true;
    }
  }
}

/** Hairer's starting step: h such that an explicit Euler step changes y by about the tolerance, refined by a second derivative estimate. */
function initialStep(f: OdeRightHandSide, y: Float64Array, f0: Float64Array, rtol: number, atol: number, tmp: Float64Array): number {
  const n = y.length;
  let d0 = 0, d1 = 0;
  for (let i = 0; i < n; i++) {
    const sc = atol + rtol * Math.abs(y[i]);
    d0 += (y[i] / sc) ** 2;
    d1 += (f0[i] / sc) ** 2;
  }
  d0 = Math.sqrt(d0 / Math.max(n, 1));
  d1 = Math.sqrt(d1 / Math.max(n, 1));
  const h0 = d0 < 1e-5 || d1 < 1e-5 ? 1e-6 : (0.01 * d0) / d1;
  for (let i = 0; i < n; i++) tmp[i] = y[i] + h0 * f0[i];
  const f1 = new Float64Array(n);
  f(tmp, f1);
  let d2 = 0;
  for (let i = 0; i < n; i++) {
    const sc = atol + rtol * Math.abs(y[i]);
    d2 += ((f1[i] - f0[i]) / sc) ** 2;
  }
  d2 = Math.sqrt(d2 / Math.max(n, 1)) / h0;
  const h1 = Math.max(d1, d2) <= 1e-15 ? Math.max(1e-6, h0 * 1e-3) : Math.pow(0.01 / Math.max(d1, d2), 1 / 5);
  return Math.min(100 * h0, h1);
}
