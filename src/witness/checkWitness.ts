/**
 * Re-verifies a counterexample witness from the file alone. It trusts none
 * of the numbers the generator computed and deliberately uses different code
 * paths from the generator:
 *  - gradient and full Hessian: a second-order jet expansion of
 *    L(W + tE) with symbolic E (exact polynomials), not the Hessian formula;
 *  - dδ: the symbolic Jacobian of δ (exact polynomial partials), not the
 *    differential formula; the orbit tangent map written out entrywise;
 *  - ranks: fraction-free Bareiss over Q (the search used ranks mod p);
 *  - A_H containment: the theorem's conditions read literally (least n,
 *    largest l, pairs k < j), not the shared condition evaluator.
 *
 * @example
 * ```ts
 * import { checkWitness } from 'deeplin';
 * import { readFileSync } from 'fs';
 * const report = checkWitness(JSON.parse(readFileSync('proofs/depth16-width2.witness.json', 'utf8')));
 * report.ok; // true
 * ```
 */
import { matMul, matTranspose, type Matrix } from '../algebra/matrix';
import {
  polyAdd, polyEvaluate, polyIsZero, polyMul, polyPartial, polyScale, polyZero, type Polynomial,
} from '../algebra/polynomial';
import { polyMatAdd, polyMatFromConstants, polyMatIdentity, polyMatMul, polyMatSub, polyMatTranspose, polyMatVariables } from '../algebra/polynomialMatrix';
import { polynomialRing, type PolynomialRing } from '../algebra/polynomialRing';
import { nullspace } from '../algebra/nullspace';
import { rankOverQ } from '../algebra/rankOverQ';
import { rational, type Rational } from '../algebra/rational';
import { QQ } from '../algebra/rationalField';
import { decompositionOfPoint } from '../quiver/decompositionOfPoint';
import { parseWitness, WITNESS_INFORMATIONAL_FIELDS, type Witness } from './witnessFormat';

export interface WitnessCheck {
  readonly name: string;
  readonly ok: boolean;
  readonly detail: string;
}

export interface WitnessReport {
  /** All checks passed: the claim is proved. */
  readonly ok: boolean;
  readonly checks: readonly WitnessCheck[];
  readonly conclusion: string;
  /** Fields present in the file that were not re-checked (free text and provenance); never claims. */
  readonly informational: readonly string[];
}

type Poly = Polynomial<Rational>;

/**
 * Throws FormatError for malformed files (bad input, unknown fields); returns a report otherwise.
 * `where` starts every error message (the CLI passes `deeplin check: FILE`).
 */
export function checkWitness(json: unknown, where = 'parseWitness'): WitnessReport {
  const w = parseWitness(json, where);
  const checks: WitnessCheck[] = [];
  const add = (name: string, ok: boolean, detail: string): void => {
    checks.push({ name, ok, detail });
  };
  const { arch, point, X, Y } = w;
  const d = arch.widths;
  const N = arch.depth;

  // 1. the listed products vanish at the point
  const bad = w.conditions.filter(([a, b]) => !isZero(product(point, a, b)));
  add('conditions', bad.length === 0, bad.length === 0 ? `${w.conditions.length} products W_b..W_a vanish exactly` : `nonzero: ${bad.map(([a, b]) => `W_${b}..W_${a}`).join(', ')}`);

  // 2. the whole orbit lies in A_H
  if (w.group === 'G') {
    // the listed vanishings imply the theorem's conditions for all data
    const implied = impliesHessianVariety(N, w.conditions);
    add('orbit in A_H', implied.ok, implied.detail);
  } else {
    // H = Stab(C): on A_H, P = W_N..W_1 and its first variation vanish, and
    // L = |PX|^2 - 2 tr(PC) + |Y|^2, so A_H = {P = 0, dP = 0} ∩ {grad l = 0, Hess l = 0}
    // with l = tr(PC): the first set is G-invariant, l is H-invariant. Hence the
    // H-orbit of any point of A_H lies in A_H; the point itself is checked below.
    add('orbit in A_H', true, 'A_H is invariant under the stabiliser H of C = X Y^T (tr(PC) is H-invariant; P = dP = 0 on A_H); the point is in A_H by the gradient and Hessian checks');
  }

  // 3. gradient and full Hessian vanish (jet expansion)
  const jets = gradientAndHessianForms(w);
  add('gradient', polyIsZero(jets.gradient), polyIsZero(jets.gradient) ? 'the linear form <grad L, E> is identically 0' : 'gradient is nonzero');
  add('hessian', polyIsZero(jets.hessian), polyIsZero(jets.hessian) ? 'the quadratic form E -> Hess L(E, E) is identically 0 (all P(P+1)/2 entries)' : 'Hessian is nonzero');

  // 4. generic data
  const rx = rankOverQ(X);
  const rc = rankOverQ(matMul(QQ, X, matTranspose(Y)));
  const dataOk = rx === d[0] && rc === Math.min(d[0], d[N]);
  add('data', dataOk, `rank X = ${rx} (need ${d[0]}), rank X Y^T = ${rc} (need ${Math.min(d[0], d[N])})`);

  // 5. codomain dimension
  let codomain = 0;
  for (let i = 1; i < N; i++) codomain += (d[i] * (d[i] + 1)) / 2;
  add('codomainDimension', codomain === w.claims.codomainDimension, `sum d_i(d_i+1)/2 = ${codomain}, claimed ${w.claims.codomainDimension}`);

  // 6. restricted rank over Q
  const restricted = restrictedJacobian(w);
  const r = rankOverQ(restricted.jacobian);
  const tangentName = w.group === 'G' ? 'T' : 'T_H (H = stabiliser of C)';
  add('restrictedDimension', r === w.claims.restrictedDimension, `rank over Q of d delta o ${tangentName} at the point = ${r}, claimed ${w.claims.restrictedDimension}`);

  // 7. generic dimension: r <= restricted dim <= generic dim <= min(codomain, determinantal bound)
  //    (rank Δ_i <= d_{i-1} + d_{i+1}: Δ_i is a difference of Gram matrices of those ranks,
  //     and {Δ ∈ Sym(n) : rank Δ <= ρ} has dimension ρn − ρ(ρ−1)/2)
  let determinantal = 0;
  for (let i = 1; i < N; i++) {
    const rho = Math.min(d[i], d[i - 1] + d[i + 1]);
    determinantal += rho * d[i] - (rho * (rho - 1)) / 2;
  }
  const upper = Math.min(codomain, determinantal);
  const g = w.claims.genericDimension;
  const genericOk = g === upper && r === g;
  add(
    'genericDimension',
    genericOk,
    genericOk
      ? `${r} <= dim cl delta(A_H) <= dim cl delta(R^P) <= ${upper}${upper < codomain ? ' (determinantal bound: rank Delta_i <= d_(i-1)+d_(i+1))' : ''}: all equal ${g}`
      : g !== upper
        ? `claimed generic dimension ${g} differs from the certified upper bound ${upper} (min of codomain ${codomain} and determinantal bound ${determinantal}); version-1 witnesses are certified only when the restricted rank reaches that bound`
        : `restricted rank ${r} does not reach the generic dimension ${g}`,
  );

  // 8. informational orbit type, if given, must be true
  if (w.orbit) {
    const actual = decompositionOfPoint(point).intervals.map(([s, t]) => `[${s},${t}]`).join('+');
    const claimed = [...w.orbit.intervals].sort((x, y) => x[0] - y[0] || x[1] - y[1]).map(([s, t]) => `[${s},${t}]`).join('+');
    add('orbit', actual === claimed, actual === claimed ? `interval decomposition ${actual}` : `claimed ${claimed}, actual ${actual}`);
    if (w.orbit.dimension !== undefined) {
      // the orbit's dimension is the rank of its tangent map T (columns: the Lie algebra acting at the point)
      const dim = rankOverQ(restricted.tangent);
      add('orbit dimension', dim === w.orbit.dimension, `rank over Q of the orbit tangent map ${tangentName} at the point = ${dim}, claimed ${w.orbit.dimension}`);
    }
  }

  const ok = checks.every((c) => c.ok);
  const conclusion = ok
    ? `PROVED: for widths (${d.join(',')}) dim cl delta(A_H) = dim cl delta(parameter space) = ${g}; the main conjecture fails.`
    : `NOT PROVED: ${checks.filter((c) => !c.ok).map((c) => c.name).join(', ')} failed.`;
  const informational = WITNESS_INFORMATIONAL_FIELDS.filter((k) => typeof json === 'object' && json !== null && k in json);
  return { ok, checks, conclusion, informational };
}

function product(point: readonly Matrix<Rational>[], a: number, b: number): Matrix<Rational> {
  let P = point[a - 1];
  for (let i = a + 1; i <= b; i++) P = matMul(QQ, point[i - 1], P);
  return P;
}

function isZero(M: Matrix<Rational>): boolean {
  return M.every((row) => row.every((x) => x.num === 0n));
}

/**
 * The theorem read literally with products decided by containment of a
 * listed window: condition 1 — with n least such that W_n⋯W_1 = 0 and l largest
 * such that W_N⋯W_l = 0, l > n; condition 2 — for k < j, W_{j−1}⋯W_{k+1} = 0
 * (j ≥ k+2) or W_{k−1}⋯W_1 = 0 or W_N⋯W_{j+1} = 0 (so B_k X Yᵀ A_j = 0 for all data).
 */
function impliesHessianVariety(N: number, conditions: readonly (readonly [number, number])[]): { ok: boolean; detail: string } {
  const zero = (a: number, b: number): boolean => a <= b && conditions.some(([x, y]) => a <= x && y <= b);
  let n = -1;
  for (let m = 1; m <= N && n < 0; m++) if (zero(1, m)) n = m;
  let l = -1;
  for (let m = N; m >= 1 && l < 0; m--) if (zero(m, N)) l = m;
  if (n < 0 || l < 0 || l <= n) return { ok: false, detail: `condition 1 not implied (n = ${n}, l = ${l})` };
  for (let k = 1; k < N; k++) {
    for (let j = k + 1; j <= N; j++) {
      if (!(zero(k + 1, j - 1) || zero(1, k - 1) || zero(j + 1, N))) return { ok: false, detail: `condition 2 not implied for (k, j) = (${k}, ${j})` };
    }
  }
  return { ok: true, detail: `condition 1 holds with n = ${n} < l = ${l}; condition 2 holds for all ${(N * (N - 1)) / 2} pairs k < j, for all data X, Y` };
}

/**
 * Jets of P(t) = Π(W_i + tE_i) up to t²: P0 (constant), P1 (linear in E), P2
 * (quadratic in E). With R0 = P0 X − Y: d/dt L = 2<R0, P1 X> and
 * (1/2) d²/dt² L = ‖P1 X‖² + 2<R0, P2 X>.
 */
function gradientAndHessianForms(w: Witness): { gradient: Poly; hessian: Poly } {
  const { arch, point, X, Y } = w;
  const names: string[] = [];
  point.forEach((W, i) => W.forEach((row, r) => row.forEach((_, c) => names.push(`e${i + 1}_${r + 1}_${c + 1}`))));
  const ring = polynomialRing(QQ, names);
  let offset = 0;
  let P0 = polyMatIdentity(ring, arch.widths[0]);
  let P1 = polyMatFromConstants(ring, zeros(arch.widths[0], arch.widths[0]));
  let P2 = P1;
  for (const W of point) {
    const Wp = polyMatFromConstants(ring, W);
    const E = polyMatVariables(ring, offset, W.length, W[0].length);
    offset += W.length * W[0].length;
    const next1 = polyMatAdd(ring, polyMatMul(ring, Wp, P1), polyMatMul(ring, E, P0));
    P2 = polyMatAdd(ring, polyMatMul(ring, Wp, P2), polyMatMul(ring, E, P1));
    P1 = next1;
    P0 = polyMatMul(ring, Wp, P0);
  }
  const Xp = polyMatFromConstants(ring, X);
  const R0 = polyMatSub(ring, polyMatMul(ring, P0, Xp), polyMatFromConstants(ring, Y));
  const D1 = polyMatMul(ring, P1, Xp);
  const D2 = polyMatMul(ring, P2, Xp);
  const two = rational(2);
  return {
    gradient: polyScale(two, inner(ring, R0, D1)),
    hessian: polyAdd(inner(ring, D1, D1), polyScale(two, inner(ring, R0, D2))),
  };
}

function zeros(r: number, c: number): Rational[][] {
  return Array.from({ length: r }, () => new Array<Rational>(c).fill(QQ.zero));
}

function inner(ring: PolynomialRing<Rational>, a: readonly (readonly Poly[])[], b: readonly (readonly Poly[])[]): Poly {
  let s = polyZero(ring);
  a.forEach((row, i) => row.forEach((x, j) => (s = polyAdd(s, polyMul(x, b[i][j])))));
  return s;
}

/** J_δ(point) · T, with J_δ from symbolic partial derivatives and T written entrywise; also T itself (as rows). */
function restrictedJacobian(w: Witness): { jacobian: Rational[][]; tangent: Rational[][] } {
  const { arch, point } = w;
  const d = arch.widths;
  const N = arch.depth;
  const names: string[] = [];
  const offsets: number[] = [];
  point.forEach((W, i) => {
    offsets.push(names.length);
    W.forEach((row, r) => row.forEach((_, c) => names.push(`w${i + 1}_${r + 1}_${c + 1}`)));
  });
  const ring = polynomialRing(QQ, names);
  const Ws = point.map((W, i) => polyMatVariables(ring, offsets[i], W.length, W[0].length));
  const deltas: Poly[] = [];
  for (let i = 1; i < N; i++) {
    const D = polyMatSub(ring, polyMatMul(ring, polyMatTranspose(Ws[i]), Ws[i]), polyMatMul(ring, Ws[i - 1], polyMatTranspose(Ws[i - 1])));
    for (let a = 0; a < d[i]; a++) for (let b = a; b < d[i]; b++) deltas.push(D[a][b]);
  }
  const values = point.flatMap((W) => W.flatMap((row) => [...row]));
  const J = deltas.map((f) => names.map((_, p) => polyEvaluate(polyPartial(f, p), values)));
  // T: columns indexed by (v, a, b); entries of ξ_v = E_ab acting on W_v (left) and W_{v+1} (right)
  const unit: Rational[][][] = []; // unit[v][a*d_v+b] = the tangent column of E_ab at vertex v
  for (let v = 0; v <= N; v++) {
    unit.push([]);
    for (let a = 0; a < d[v]; a++) {
      for (let b = 0; b < d[v]; b++) {
        const col = new Array<Rational>(names.length).fill(QQ.zero);
        if (v >= 1) {
          // (E_ab W_v)[r][c] = [r = a] W_v[b][c]
          for (let c = 0; c < d[v - 1]; c++) col[offsets[v - 1] + a * d[v - 1] + c] = QQ.add(col[offsets[v - 1] + a * d[v - 1] + c], point[v - 1][b][c]);
        }
        if (v < N) {
          // −(W_{v+1} E_ab)[r][c] = −W_{v+1}[r][a] [c = b]
          for (let r = 0; r < d[v + 1]; r++) col[offsets[v] + r * d[v] + b] = QQ.sub(col[offsets[v] + r * d[v] + b], point[v][r][a]);
        }
        unit[v].push(col);
      }
    }
  }
  let columns: Rational[][];
  if (w.group === 'G') columns = unit.flat();
  else {
    // Lie(H) = {ξ : ξ_0 C = C ξ_N}: inner vertices free; (ξ_0, ξ_N) in the nullspace of ξ ↦ ξ_0 C − C ξ_N
    const C = matMul(QQ, w.X, matTranspose(w.Y));
    const [d0, dN] = [d[0], d[N]];
    const equations: Rational[][] = [];
    for (let i = 0; i < d0; i++) {
      for (let j = 0; j < dN; j++) {
        const row = new Array<Rational>(d0 * d0 + dN * dN).fill(QQ.zero);
        for (let k = 0; k < d0; k++) row[i * d0 + k] = QQ.add(row[i * d0 + k], C[k][j]); // (ξ_0 C)[i][j]
        for (let k = 0; k < dN; k++) row[d0 * d0 + k * dN + j] = QQ.sub(row[d0 * d0 + k * dN + j], C[i][k]); // −(C ξ_N)[i][j]
        equations.push(row);
      }
    }
    const ends = nullspace(QQ, equations, d0 * d0 + dN * dN).map((xi) => {
      const col = new Array<Rational>(names.length).fill(QQ.zero);
      xi.forEach((x, idx) => {
        if (x.num === 0n) return;
        const source = idx < d0 * d0 ? unit[0][idx] : unit[N][idx - d0 * d0];
        source.forEach((y, t) => (col[t] = QQ.add(col[t], QQ.mul(x, y))));
      });
      return col;
    });
    columns = [...ends, ...unit.slice(1, N).flat()];
  }
  return { jacobian: matMul(QQ, J, matTranspose(columns, names.length)), tangent: columns };
}

