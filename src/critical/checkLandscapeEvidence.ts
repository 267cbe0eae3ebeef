/**
 * Re-checks a `deeplin/landscape-evidence` file from the file alone. It does
 * not import the classifier: only exact algebra from src/algebra and its own
 * expansion of the loss along lines, L(W + tE) (products of matrices whose
 * entries are polynomials in t, truncated where only low orders matter).
 * Recomputed: the loss, every gradient entry (t¹ coefficients along unit
 * directions), the whole Hessian (t² coefficients, by polarisation), the
 * congruence C H Cᵀ = diag(D) with C invertible and the inertia it gives
 * (Sylvester), Hess(E, E) < 0 for a strict saddle, the full polynomial
 * L(W + tE) − L(W) of a descent curve, and the minimal loss of a global
 * minimum. Unknown fields, missing fields and non-exact numbers are refused.
 *
 * @example
 * ```ts
 * import { QQ, classifyPoint, defaultLandscapeData, landscapeEvidence, checkLandscapeEvidence } from 'deeplin';
 * const W = [[['0', '0']], [['0'], ['0']]].map((L) => L.map((r) => r.map(() => QQ.zero)));
 * const data = defaultLandscapeData([2, 1, 2]);
 * const ev = JSON.parse(JSON.stringify(landscapeEvidence([2, 1, 2], data, W, classifyPoint([2, 1, 2], data, W))));
 * checkLandscapeEvidence(ev).ok; // true
 * ev.loss = '4';
 * checkLandscapeEvidence(ev).ok; // false
 * ```
 */
import { characteristicPolynomial } from '../algebra/characteristicPolynomial';
import { inverseOverQ } from '../algebra/inverseOverQ';
import { matMul, matSub, matTrace, matTranspose } from '../algebra/matrix';
import { nullspace } from '../algebra/nullspace';
import { rankOverQ } from '../algebra/rankOverQ';
import { parseRational, type Rational, RAT_ONE, RAT_ZERO, ratAdd, ratEq, ratIsZero, ratMul, ratSub, ratToString } from '../algebra/rational';
import { QQ } from '../algebra/rationalField';
import { rref } from '../algebra/rref';
import { maxRootAtMostMinRoot } from '../algebra/sturm';
import { FormatError } from '../errors';

export interface LandscapeCheck {
  readonly name: string;
  readonly ok: boolean;
  readonly detail: string;
}

export interface LandscapeCheckReport {
  readonly ok: boolean;
  readonly checks: readonly LandscapeCheck[];
  readonly conclusion: string;
}

const KINDS = ['not-critical', 'global-minimum', 'strict-saddle', 'non-strict-saddle', 'undetermined'];
const TOP = ['kind', 'version', 'widths', 'data', 'point', 'classification', 'loss', 'gradient', 'hessian', 'negativeDirection', 'descentCurve', 'globalMinimum', 'reason'];
const where = 'deeplin check (landscape evidence)';

export function checkLandscapeEvidence(json: unknown): LandscapeCheckReport {
  const e = object(json, 'file', TOP, ['kind', 'version', 'widths', 'data', 'point', 'classification', 'loss', 'gradient']);
  if (e.kind !== 'deeplin/landscape-evidence') throw new FormatError(where, `kind = ${JSON.stringify(e.kind)} (expected "deeplin/landscape-evidence")`);
  if (e.version !== 1) throw new FormatError(where, `version = ${JSON.stringify(e.version)} (this checker reads version 1)`);
  const widths = e.widths;
  if (!Array.isArray(widths) || widths.length < 2 || !widths.every((w) => Number.isInteger(w) && w >= 1 && w <= 64)) {
    throw new FormatError(where, 'widths must be an array of at least 2 integers in [1, 64]');
  }
  const d = widths as number[];
  const N = d.length - 1;
  const data = object(e.data, 'data', ['X', 'Y'], ['X', 'Y']);
  const X = matrix(data.X, 'data.X', d[0]);
  const Y = matrix(data.Y, 'data.Y', d[N], X[0].length);
  const W = layers(e.point, 'point', d);
  const kind = e.classification;
  if (typeof kind !== 'string' || !KINDS.includes(kind)) throw new FormatError(where, `classification must be one of ${KINDS.join(', ')}`);
  const checks: LandscapeCheck[] = [];
  const add = (name: string, ok: boolean, detail: string): void => void checks.push({ name, ok, detail });
  const P = d.slice(1).reduce((s, w, i) => s + w * d[i], 0);
  const lineAt = (dir: Rational[], order: number): Rational[] => lineLoss(W, unflatten(dir, d), X, Y, order);
  const unitDir = (p: number, q?: number): Rational[] => Array.from({ length: P }, (_, i) => (i === p || i === q ? RAT_ONE : RAT_ZERO));

  const loss = rat(e.loss, 'loss');
  const L0 = lineAt(unitDir(-1), 0)[0];
  add('loss', ratEq(L0, loss), `L(W) = ${ratToString(L0)}, claimed ${ratToString(loss)}`);
  const grad = layers(e.gradient, 'gradient', d).flatMap((M) => M.flat());
  const c2: Rational[] = [];
  let gradOk = true;
  let gradZero = true;
  for (let p = 0; p < P; p++) {
    const line = lineAt(unitDir(p), 2);
    c2.push(line[2]);
    if (!ratEq(line[1], grad[p])) gradOk = false;
    if (!ratIsZero(line[1])) gradZero = false;
  }
  add('gradient', gradOk, `all ${P} entries recomputed as t¹ coefficients of L(W + t e_p)${gradZero ? ': zero (critical point)' : ': nonzero'}`);
  if (kind === 'not-critical') {
    add('classification', !gradZero, 'not critical: some gradient entry is nonzero');
    return report(checks, kind);
  }
  add('critical', gradZero, 'every gradient entry is exactly zero');
  if (e.hessian === undefined) {
    add('hessian', false, 'missing (required for a critical point)');
    return report(checks, kind);
  }
  const h = object(e.hessian, 'hessian', ['vanishes', 'inertia', 'congruence', 'diagonal'], ['vanishes', 'inertia', 'congruence', 'diagonal']);
  const H: Rational[][] = Array.from({ length: P }, () => new Array<Rational>(P).fill(RAT_ZERO));
  for (let p = 0; p < P; p++) {
    H[p][p] = ratAdd(c2[p], c2[p]);
    for (let q = p + 1; q < P; q++) H[p][q] = H[q][p] = ratSub(ratSub(lineAt(unitDir(p, q), 2)[2], c2[p]), c2[q]);
  }
  const vanishes = H.every((row) => row.every(ratIsZero));
  add('Hessian vanishes', h.vanishes === vanishes, `recomputed (t² coefficients, polarisation): ${vanishes ? 'H = 0' : 'H ≠ 0'}, claimed ${String(h.vanishes)}`);
  const C = matrix(h.congruence, 'hessian.congruence', P, P);
  const D = vector(h.diagonal, 'hessian.diagonal', P);
  const CHCt = matMul(QQ, matMul(QQ, C, H), matTranspose(C));
  const diagOk = CHCt.every((row, i) => row.every((x, j) => ratEq(x, i === j ? D[i] : RAT_ZERO)));
  const invertible = rankOverQ(C) === P;
  add('congruence', diagOk && invertible, `C H Cᵀ = diag(D): ${diagOk}; C invertible: ${invertible}`);
  const inertia = [D.filter((x) => x.num > 0n).length, D.filter((x) => x.num < 0n).length, D.filter((x) => x.num === 0n).length];
  const claimed = h.inertia;
  add('inertia', Array.isArray(claimed) && claimed.length === 3 && claimed.every((x, i) => x === inertia[i]), `Sylvester: (n₊, n₋, n₀) = (${inertia.join(', ')}), claimed ${JSON.stringify(claimed)}`);
  if (kind === 'strict-saddle') {
    const nd = object(e.negativeDirection, 'negativeDirection', ['direction', 'curvature'], ['direction', 'curvature']);
    const E = layers(nd.direction, 'negativeDirection.direction', d).flatMap((M) => M.flat());
    const curv = ratMul(rational2(), lineAt(E, 2)[2]);
    add('negative curvature', ratEq(curv, rat(nd.curvature, 'negativeDirection.curvature')) && curv.num < 0n, `Hess(E, E) = ${ratToString(curv)} < 0`);
  } else if (kind === 'non-strict-saddle') {
    add('no negative curvature', inertia[1] === 0, 'n₋ = 0: the Hessian is positive semidefinite');
    const dc = object(e.descentCurve, 'descentCurve', ['direction', 'order', 'coefficients'], ['direction', 'order', 'coefficients']);
    const E = layers(dc.direction, 'descentCurve.direction', d).flatMap((M) => M.flat());
    const poly = lineAt(E, Number.POSITIVE_INFINITY);
    poly[0] = ratSub(poly[0], L0);
    const coeffs = Array.isArray(dc.coefficients) ? dc.coefficients.map((x, i) => rat(x, `descentCurve.coefficients[${i}]`)) : [];
    const same = coeffs.length === poly.length && coeffs.every((x, i) => ratEq(x, poly[i]));
    const k = poly.findIndex((x) => !ratIsZero(x));
    add('descent curve', same && k >= 1 && poly[k].num < 0n && dc.order === k,
      `L(W + tE) − L(W) = ${ratToString(poly[k] ?? RAT_ZERO)} t^${k} + … (lowest coefficient negative; claimed order ${String(dc.order)})`);
  } else if (kind === 'global-minimum') {
    const gm = object(e.globalMinimum, 'globalMinimum', ['method', 'minimalLoss'], ['method', 'minimalLoss']);
    const m = rat(gm.minimalLoss, 'globalMinimum.minimalLoss');
    const verdict = minimalLossAttained(W, X, Y, Math.min(...d), L0);
    add('global minimum', verdict.ok && ratEq(m, L0), verdict.detail);
  } else {
    add('undetermined', typeof e.reason === 'string' && e.reason.length > 0, `reason: ${String(e.reason)}`);
  }
  return report(checks, kind);
}

function report(checks: LandscapeCheck[], kind: string): LandscapeCheckReport {
  const ok = checks.every((c) => c.ok);
  return {
    ok, checks,
    conclusion: ok ? `PROVED: the point is ${kind === 'undetermined' ? 'undetermined (the stated checks hold; no classification claimed)' : `a ${kind.replace(/-/g, ' ')}`}.` : `NOT PROVED: ${checks.filter((c) => !c.ok).map((c) => c.name).join(', ')} failed.`,
  };
}

const rational2 = (): Rational => ratAdd(RAT_ONE, RAT_ONE);

/** loss = tr Σ_YY − (sum of the r_max largest eigenvalues of Σ), recomputed through the column space V of the end-to-end matrix. */
function minimalLossAttained(W: Rational[][][], X: Rational[][], Y: Rational[][], rMax: number, loss: Rational): { ok: boolean; detail: string } {
  const Sxx = inverseOverQ(matMul(QQ, X, matTranspose(X)));
  if (!Sxx) return { ok: false, detail: 'X X^T is singular: the minimal loss is not determined by Σ' };
  const Syx = matMul(QQ, Y, matTranspose(X));
  const sigma = matMul(QQ, matMul(QQ, Syx, Sxx), matTranspose(Syx));
  const trYY = matTrace(QQ, matMul(QQ, Y, matTranspose(Y)));
  let E: Rational[][] = W[0];
  for (let k = 1; k < W.length; k++) E = matMul(QQ, W[k], E);
  const { matrix: R, pivots } = rref(QQ, matTranspose(E));
  const B = R.slice(0, pivots.length);
  const r = B.length;
  if (r > rMax) return { ok: false, detail: `rank of the end-to-end matrix ${r} > r_max = ${rMax}` };
  const restrict = (basis: Rational[][]): Rational[][] | undefined => {
    if (basis.length === 0) return [];
    const G = inverseOverQ(matMul(QQ, basis, matTranspose(basis)));
    if (!G) return undefined;
    const SB = matMul(QQ, sigma, matTranspose(basis));
    const K = matMul(QQ, G, matMul(QQ, basis, SB));
    return matSub(QQ, SB, matMul(QQ, matTranspose(basis), K)).every((row) => row.every(ratIsZero)) ? K : undefined;
  };
  const KV = restrict(B);
  const comp = nullspace(QQ, B.length ? B : [new Array(sigma.length).fill(RAT_ZERO)], sigma.length);
  const KW = restrict(comp);
  if (!KV || !KW) return { ok: false, detail: 'the column space V of W_N ⋯ W_1 is not Σ-invariant' };
  const captured = matTrace(QQ, KV);
  if (!ratEq(ratSub(trYY, captured), loss)) return { ok: false, detail: `L(W) ≠ tr Σ_YY − tr(Σ|_V) = ${ratToString(ratSub(trYY, captured))}` };
  const wZero = KW.every((row) => row.every(ratIsZero));
  if (wZero) return { ok: true, detail: `Σ vanishes on V⊥: L(W) = tr Σ_YY − tr Σ = ${ratToString(loss)}, the least value of the loss` };
  if (r < rMax) return { ok: false, detail: `rank ${r} < r_max = ${rMax} and Σ ≠ 0 on V⊥: not minimal` };
  const dominated = maxRootAtMostMinRoot(characteristicPolynomial(KW), characteristicPolynomial(KV));
  return {
    ok: dominated,
    detail: dominated
      ? `V (dim ${r} = r_max) carries the ${r} largest eigenvalues of Σ (Sturm sequences): L(W) = ${ratToString(loss)} is the minimal loss over rank ≤ ${rMax}`
      : 'an eigenvalue of Σ on V⊥ exceeds one on V (Sturm sequences): not minimal',
  };
}

type PolyMat = Rational[][][];

/** Coefficients of L(W + tE) up to t^order (all of them for order = ∞). */
function lineLoss(W: Rational[][][], E: Rational[][][], X: Rational[][], Y: Rational[][], order: number): Rational[] {
  const cut = (p: Rational[]): Rational[] => (p.length > order + 1 ? p.slice(0, order + 1) : p);
  let M: PolyMat = W[0].map((row, i) => row.map((w, j) => cut([w, E[0][i][j]])));
  for (let k = 1; k < W.length; k++) {
    const A: PolyMat = W[k].map((row, i) => row.map((w, j) => cut([w, E[k][i][j]])));
    M = A.map((row) => M[0].map((_, j) => cut(row.reduce((s, a, l) => add(s, mul(a, M[l][j])), [RAT_ZERO]))));
  }
  let out: Rational[] = [RAT_ZERO];
  for (let i = 0; i < Y.length; i++) {
    for (let j = 0; j < Y[0].length; j++) {
      let r: Rational[] = [ratSub(RAT_ZERO, Y[i][j])];
      for (let l = 0; l < X.length; l++) r = add(r, mul(M[i][l], [X[l][j]]));
      out = add(out, cut(mul(r, r)));
    }
  }
  return out;
}

function add(a: Rational[], b: Rational[]): Rational[] {
  return Array.from({ length: Math.max(a.length, b.length) }, (_, i) => ratAdd(a[i] ?? RAT_ZERO, b[i] ?? RAT_ZERO));
}

function mul(a: Rational[], b: Rational[]): Rational[] {
  const out = new Array<Rational>(a.length + b.length - 1).fill(RAT_ZERO);
  a.forEach((x, i) => b.forEach((y, j) => (out[i + j] = ratAdd(out[i + j], ratMul(x, y)))));
  return out;
}

function unflatten(v: Rational[], d: number[]): Rational[][][] {
  let o = 0;
  return d.slice(1).map((rows, k) => Array.from({ length: rows }, () => Array.from({ length: d[k] }, () => v[o++] ?? RAT_ZERO)));
}

function object(v: unknown, name: string, allowed: string[], required: string[]): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new FormatError(where, `${name} must be an object`);
  for (const k of Object.keys(v)) if (!allowed.includes(k)) throw new FormatError(where, `${name} has an unknown field "${k}" (allowed: ${allowed.join(', ')})`);
  for (const k of required) if (!(k in v)) throw new FormatError(where, `${name} is missing the field "${k}"`);
  return v as Record<string, unknown>;
}

function rat(v: unknown, name: string): Rational {
  return parseRational(v, `${where}: ${name}`);
}

function vector(v: unknown, name: string, n: number): Rational[] {
  if (!Array.isArray(v) || v.length !== n) throw new FormatError(where, `${name} must be an array of ${n} exact rationals`);
  return v.map((x, i) => rat(x, `${name}[${i}]`));
}

function matrix(v: unknown, name: string, rows: number, cols?: number): Rational[][] {
  if (!Array.isArray(v) || v.length !== rows || rows < 1) throw new FormatError(where, `${name} must have ${rows} rows`);
  const c = cols ?? (Array.isArray(v[0]) ? v[0].length : 0);
  if (c < 1) throw new FormatError(where, `${name} must have at least one column`);
  return v.map((row, i) => vector(row, `${name}[${i}]`, c));
}

function layers(v: unknown, name: string, d: number[]): Rational[][][] {
  if (!Array.isArray(v) || v.length !== d.length - 1) throw new FormatError(where, `${name} must have ${d.length - 1} layers`);
  return v.map((M, k) => matrix(M, `${name}[${k}] (W_${k + 1}, ${d[k + 1]}x${d[k]})`, d[k + 1], d[k]));
}

