/**
 * The Hessian-variety theorem (MATH §3.1) against a direct computation: at
 * exact rational points, `inHessianVariety` (the theorem's conditions) and
 * `hessianVanishesDirectly` (exact gradient and full Hessian both zero) must agree
 * exactly — for points in A_H, outside it, and in it only because of the data.
 *
 * Data are generic in the sense of MATH §1 throughout: X has full row rank and
 * C = X Yᵀ has full rank.
 */
import { describe, expect, it } from 'vitest';
import { type Matrix, matFromStrings, matIsZero, matMul, matSub, matTranspose, matZeros } from '../../src/algebra/matrix';
import { nullspace } from '../../src/algebra/nullspace';
import { rankOverQ } from '../../src/algebra/rankOverQ';
import { rational, type Rational } from '../../src/algebra/rational';
import { QQ } from '../../src/algebra/rationalField';
import { conditionsImplyHessianVariety } from '../../src/hessianVariety/conditionsImplyHessianVariety';
import { hessianVanishesDirectly } from '../../src/hessianVariety/hessianVanishesDirectly';
import { hessianConditions } from '../../src/hessianVariety/hessianConditions';
import { inHessianVariety } from '../../src/hessianVariety/inHessianVariety';
import { architecture } from '../../src/model/architecture';
import { layerProduct } from '../../src/model/layerProduct';
import { lossGradient } from '../../src/model/lossGradient';
import { lossHessian } from '../../src/model/lossHessian';
import { partialProducts } from '../../src/model/partialProducts';
import { decompositionInHessianVariety } from '../../src/quiver/decompositionInHessianVariety';
import { decompositionOfPoint } from '../../src/quiver/decompositionOfPoint';
import { enumerateDecompositions } from '../../src/quiver/enumerateDecompositions';
import {
  decompositionToString, dimensionVector, intervalDecomposition, type IntervalDecomposition, productRank,
} from '../../src/quiver/intervalDecomposition';
import { orbitPoint } from '../../src/quiver/orbitPoint';
import { randomDecomposition } from '../../src/quiver/randomDecomposition';
import { randomData, randomPoint, randomRationalMatrix, Rng } from '../support/network';

type Point = readonly Matrix<Rational>[];

/** Random windows biased towards A_H: each layer zero with probability 0.4, plus up to two short windows. */
function randomWindows(N: number, rng: Rng): number[][] {
  const conditions: number[][] = [];
  for (let i = 1; i <= N; i++) if (rng.next() < 0.4) conditions.push([i, i]);
  const extra = rng.int(0, 2);
  for (let e = 0; e < extra; e++) {
    const a = rng.int(1, N);
    conditions.push([a, Math.min(N, a + rng.int(1, 2))]);
  }
  return conditions;
}

function randomWidths(rng: Rng, minDepth: number, maxDepth: number, maxWidth: number): number[] {
  const N = rng.int(minDepth, maxDepth);
  return Array.from({ length: N + 1 }, () => rng.int(1, maxWidth));
}

/** Data with X = [I | Z] (full row rank) and X Yᵀ = C exactly. */
function dataWithCrossCovariance(C: Matrix<Rational>, rng: Rng): { X: Rational[][]; Y: Rational[][] } {
  const d0 = C.length;
  const dN = C[0].length;
  const extra = rng.int(0, 2);
  const Z = randomRationalMatrix(rng, d0, extra);
  const R = randomRationalMatrix(rng, extra, dN);
  const X = Array.from({ length: d0 }, (_, i) => [...Array.from({ length: d0 }, (_, j) => (i === j ? QQ.one : QQ.zero)), ...Z[i]]);
  const top = extra > 0 ? matSub(QQ, C, matMul(QQ, Z, R)) : C.map((r) => [...r]);
  return { X, Y: matTranspose([...top, ...R], dN) };
}

/**
 * The linear conditions on C (row-major d_0·d_N unknowns) that make every
 * mixed condition (k, j) hold at `point`: B_k C A_j = 0 whenever the middle
 * product W_{j-1}⋯W_{k+1} is nonzero (always for j = k + 1).
 */
function cycleSystem(point: Point): { rows: Rational[][]; unknowns: number } {
  const N = point.length;
  const d0 = point[0][0].length;
  const dN = point[N - 1].length;
  const { A, B } = partialProducts(QQ, point);
  const rows: Rational[][] = [];
  for (let k = 1; k < N; k++) {
    for (let j = k + 1; j <= N; j++) {
      if (j >= k + 2 && matIsZero(QQ, layerProduct(QQ, point, k + 1, j - 1))) continue;
      const [Bk, Aj] = [B[k], A[j]];
      for (let a = 0; a < Bk.length; a++) {
        for (let b = 0; b < Aj[0].length; b++) {
          rows.push(Array.from({ length: d0 * dN }, (_, idx) => QQ.mul(Bk[a][Math.floor(idx / dN)], Aj[idx % dN][b])));
        }
      }
    }
  }
  return { rows, unknowns: d0 * dN };
}

/** A random C in the solution space of the cycle system, or undefined when the space is {0}. */
function randomCycleSolution(point: Point, rng: Rng): Rational[][] | undefined {
  const { rows, unknowns } = cycleSystem(point);
  const basis = nullspace(QQ, rows, unknowns);
  if (basis.length === 0) return undefined;
  const coefficients = basis.map(() => rational(rng.int(-5, 5)));
  const c = Array.from({ length: unknowns }, (_, i) => basis.reduce((s, v, t) => QQ.add(s, QQ.mul(coefficients[t], v[i])), QQ.zero));
  const d0 = point[0][0].length;
  const dN = point[point.length - 1].length;
  return Array.from({ length: d0 }, (_, r) => c.slice(r * dN, (r + 1) * dN));
}

/** Condition 1 of the theorem (data independent when X has full row rank): for every k, A_k = 0 or B_k = 0. */
function condition1(point: Point): boolean {
  const N = point.length;
  const { A, B } = partialProducts(QQ, point);
  for (let k = 1; k <= N; k++) if (!(k < N && matIsZero(QQ, A[k])) && !matIsZero(QQ, B[k])) return false;
  return true;
}

function zeroPoint(ws: readonly number[]): Point {
  return ws.slice(1).map((d, i) => matZeros(QQ, d, ws[i]));
}

describe('A_H: theorem (inHessianVariety) vs direct gradient + Hessian (hessianVanishesDirectly)', () => {
  it('agree exactly on random orbit points of random windows, with both outcomes well represented', () => {
    const rng = new Rng(7701);
    let inside = 0;
    let outside = 0;
    let dataIndependent = 0;
    for (let it = 0; it < 300; it++) {
      const ws = randomWidths(rng, 2, 5, 3);
      const dec = randomDecomposition(ws, randomWindows(ws.length - 1, rng), rng);
      const { point } = orbitPoint(dec, rng);
      const { X, Y } = randomData(architecture(ws), rng, 2);
      const theorem = inHessianVariety(QQ, point, X, Y);
      const direct = hessianVanishesDirectly(QQ, point, X, Y);
      expect(theorem.holds, `${ws.join(',')} ${decompositionToString(dec)}`).toBe(direct.holds);
      // in A_H the gradient vanishes too (the theorem's "critical point")
      if (direct.hessianZero) expect(direct.gradientZero).toBe(true);
      if (theorem.holds) {
        inside++;
        // the reported n < l (condition 1)
        expect(theorem.n).not.toBeNull();
        expect(theorem.l).not.toBeNull();
        expect(theorem.l!).toBeGreaterThan(theorem.n!);
      } else {
        outside++;
        expect(theorem.failures.length).toBeGreaterThan(0);
      }
      if (decompositionInHessianVariety(dec).holds) {
        dataIndependent++;
        // the data-independent part is inside A_H for every generic data
        expect(theorem.holds).toBe(true);
      }
    }
    expect(inside).toBeGreaterThanOrEqual(60);
    expect(outside).toBeGreaterThanOrEqual(60);
    expect(dataIndependent).toBeGreaterThanOrEqual(40);
    // generic data and generic orbit points: A_H membership is decided by the orbit alone
    // (data-dependent membership needs special data; see the next test)
    expect(inside).toBe(dataIndependent);
  });

  it('agree exactly at data-dependent points: data chosen so that B_k C A_j = 0 exactly where the theorem needs it', () => {
    // For an orbit point satisfying condition 1, solve the linear system in C and build
    // data with X Yᵀ = C of full rank: the point lies in A_H because of the data.
    const rng = new Rng(7702);
    let dataDependent = 0;
    let perturbedOut = 0;
    for (let it = 0; it < 700; it++) {
      const ws = randomWidths(rng, 2, 5, 3);
      // each layer forced to zero with probability 0.4 (condition 1 then often holds)
      const conditions: number[][] = [];
      for (let i = 1; i <= ws.length - 1; i++) if (rng.next() < 0.4) conditions.push([i, i]);
      const dec = randomDecomposition(ws, conditions, rng);
      const { point } = orbitPoint(dec, rng);
      if (!condition1(point)) continue;
      const C = randomCycleSolution(point, rng);
      if (!C || rankOverQ(C) !== Math.min(C.length, C[0].length)) continue;
      const { X, Y } = dataWithCrossCovariance(C, rng);
      expect(rankOverQ(X)).toBe(X.length);
      const theorem = inHessianVariety(QQ, point, X, Y).holds;
      const direct = hessianVanishesDirectly(QQ, point, X, Y).holds;
      expect(theorem).toBe(true);
      expect(direct).toBe(true);
      if (!decompositionInHessianVariety(dec).holds) {
        dataDependent++;
        // moving the data off the solution space leaves A_H again (generically), and the two tests still agree
        const Y2 = Y.map((row) => row.map((y) => QQ.add(y, rational(rng.int(-3, 3), 7))));
        const t2 = inHessianVariety(QQ, point, X, Y2).holds;
        expect(hessianVanishesDirectly(QQ, point, X, Y2).holds).toBe(t2);
        if (!t2) perturbedOut++;
      }
    }
    expect(dataDependent).toBeGreaterThanOrEqual(20);
    expect(perturbedOut).toBeGreaterThanOrEqual(15);
  });

  it('agree for arbitrary, degenerate data too (X rank-deficient or zero columns, C = X Yᵀ = 0): the theorem needs no genericity', () => {
    const rng = new Rng(7703);
    let inside = 0;
    let outside = 0;
    for (let it = 0; it < 300; it++) {
      const ws = randomWidths(rng, 2, 4, 3);
      const dec = randomDecomposition(ws, randomWindows(ws.length - 1, rng), rng);
      const { point } = orbitPoint(dec, rng);
      const d0 = ws[0];
      const dN = ws[ws.length - 1];
      let X: Rational[][];
      let Y: Rational[][];
      const kind = it % 3;
      if (kind === 0) {
        // C = 0 with X of full row rank
        ({ X, Y } = dataWithCrossCovariance(matZeros(QQ, d0, dN), rng));
      } else if (kind === 1) {
        // X of rank ≤ 1 (rank-deficient when d_0 ≥ 2), Y random
        const u = randomRationalMatrix(rng, d0, 1);
        const v = randomRationalMatrix(rng, 1, d0 + 1);
        X = matMul(QQ, u, v);
        Y = randomRationalMatrix(rng, dN, d0 + 1);
      } else {
        // small random data, zeros allowed
        X = randomRationalMatrix(rng, d0, rng.int(1, 3), 1, 1);
        Y = randomRationalMatrix(rng, dN, X[0].length, 1, 1);
      }
      const theorem = inHessianVariety(QQ, point, X, Y).holds;
      expect(hessianVanishesDirectly(QQ, point, X, Y).holds, `${ws.join(',')} ${decompositionToString(dec)} kind ${kind}`).toBe(theorem);
      if (theorem) inside++;
      else outside++;
    }
    expect(inside).toBeGreaterThanOrEqual(60);
    expect(outside).toBeGreaterThanOrEqual(60);
  });

  it('condition 1 at k = 1 matters for degenerate data: depth 2, C = 0, W_1 = 0, W_2 ≠ 0 is critical with nonzero Hessian', () => {
    // ‖W_2 E_1 X‖² is the t² coefficient; condition 2 holds (C = 0) but W_2 ≠ 0 and X ≠ 0
    const X = matFromStrings(QQ, [['1', '1']]);
    const Y = matFromStrings(QQ, [['1', '-1']]);
    const point = [matZeros(QQ, 1, 1), matFromStrings(QQ, [['2']])];
    expect(hessianVanishesDirectly(QQ, point, X, Y)).toEqual({ gradientZero: true, hessianZero: false, holds: false });
    expect(inHessianVariety(QQ, point, X, Y).holds).toBe(false);
  });

  it('agree on the hand-made data-dependent point of depth 3, widths (1,2,2,2): W_1 = W_2 = 0, W_3 ≠ 0 with C W_3 = 0', () => {
    // d_0 = 1 < d_3 = 2: C = X Yᵀ is 1 × 2 of rank 1, and its kernel carries W_3.
    const X = matFromStrings(QQ, [['1', '2']]);
    const Y = matFromStrings(QQ, [['3', '-1'], ['1/2', '4']]);
    const C = matMul(QQ, X, matTranspose(Y)); // [[1, 17/2]]
    expect(C.map((r) => r.map(QQ.toString))).toEqual([['1', '17/2']]);
    const W1 = matZeros(QQ, 2, 1);
    const W2 = matZeros(QQ, 2, 2);
    // columns of W_3 in ker C = span((−17/2, 1)ᵀ)
    const W3 = matFromStrings(QQ, [['-17', '17/3'], ['2', '-2/3']]);
    expect(matIsZero(QQ, matMul(QQ, C, W3))).toBe(true);
    const point = [W1, W2, W3];
    expect(inHessianVariety(QQ, point, X, Y).holds).toBe(true);
    expect(hessianVanishesDirectly(QQ, point, X, Y)).toEqual({ gradientZero: true, hessianZero: true, holds: true });
    // it is NOT in the data-independent part: its orbit [0,0]+[1,1]+[1,1]+[2,2]+[2,3]+[3,3] fails for generic data
    const dec = decompositionOfPoint(point);
    expect(decompositionToString(dec)).toBe('[0,0]+[1,1]+[1,1]+[2,2]+[2,3]+[3,3]');
    expect(decompositionInHessianVariety(dec).holds).toBe(false);
    // tilting W_3 out of ker C leaves A_H (both tests)
    const W3b = matFromStrings(QQ, [['-17', '17/3'], ['3', '-2/3']]);
    expect(inHessianVariety(QQ, [W1, W2, W3b], X, Y).holds).toBe(false);
    expect(hessianVanishesDirectly(QQ, [W1, W2, W3b], X, Y).holds).toBe(false);
  });
});

describe('A_H at small depth (tool findings vs the talk)', () => {
  it('depth 2: A_H is EMPTY for generic data — W = 0 is critical but its Hessian is nonzero (contradicts the talk’s "A_H = {0}")', () => {
    // The talk's slide "N=2: A_H consists of only the point W_a = 0" is wrong: condition 2 for
    // (k, j) = (1, 2) reads X Yᵀ = 0, which generic data violate. Directly: L(tE) has
    // t²-coefficient −2⟨Y, E_2 E_1 X⟩ ≠ 0 at W = 0.
    const rng = new Rng(7710);
    for (const ws of [[1, 1, 1], [2, 2, 2], [2, 3, 2], [1, 3, 2], [3, 1, 2]]) {
      const arch = architecture(ws);
      const { X, Y } = randomData(arch, rng, 2);
      const zero = zeroPoint(ws);
      const direct = hessianVanishesDirectly(QQ, zero, X, Y);
      expect(direct.gradientZero).toBe(true);
      expect(direct.hessianZero).toBe(false);
      expect(inHessianVariety(QQ, zero, X, Y).holds).toBe(false);
      // the Hessian at 0 is 2·(−⟨Y, E_2 E_1 X⟩) on the W_1 × W_2 block: nonzero
      const H = lossHessian(QQ, zero, X, Y);
      expect(H.some((row) => row.some((h) => !QQ.isZero(h)))).toBe(true);
      // no orbit is in A_H, data-independently or at random orbit points
      for (const dec of enumerateDecompositions(ws, [])) {
        expect(decompositionInHessianVariety(dec).holds).toBe(false);
        const { point } = orbitPoint(dec, rng);
        expect(inHessianVariety(QQ, point, X, Y).holds).toBe(false);
        expect(hessianVanishesDirectly(QQ, point, X, Y).holds).toBe(false);
      }
      // and not even by a choice of data: the cycle system at any point forces C = 0
      for (let t = 0; t < 5; t++) {
        const point = randomPoint(arch, rng);
        const { rows, unknowns } = cycleSystem(point);
        expect(nullspace(QQ, rows, unknowns).length).toBe(0);
      }
    }
  });

  it('depth 2 with degenerate data C = X Yᵀ = 0 (outside the standing assumption): then W = 0 IS in A_H', () => {
    const X = matFromStrings(QQ, [['1', '1']]);
    const Y = matFromStrings(QQ, [['1', '-1']]);
    const zero = zeroPoint([1, 1, 1]);
    expect(hessianVanishesDirectly(QQ, zero, X, Y).holds).toBe(true);
    expect(inHessianVariety(QQ, zero, X, Y).holds).toBe(true);
  });

  it('depth 3, square generic data (d_0 = d_3): A_H = {0} exactly', () => {
    // Derivation: (1,3) forces W_2 = 0 (C ≠ 0), (1,2) gives C W_3 = 0 hence W_3 = 0 (C invertible),
    // (2,3) gives W_1 C = 0 hence W_1 = 0. This agrees with (and sharpens) the talk's
    // "among the conditions are W_3 = 0, W_2 = 0".
    const rng = new Rng(7720);
    for (const ws of [[1, 1, 1, 1], [2, 2, 2, 2], [2, 1, 3, 2], [2, 3, 1, 2]]) {
      const arch = architecture(ws);
      const { X, Y } = randomData(arch, rng, 2);
      const zero = zeroPoint(ws);
      expect(hessianVanishesDirectly(QQ, zero, X, Y).holds).toBe(true);
      expect(inHessianVariety(QQ, zero, X, Y).holds).toBe(true);
      const inOrbits: string[] = [];
      for (const dec of enumerateDecompositions(ws, [])) {
        if (decompositionInHessianVariety(dec).holds) inOrbits.push(decompositionToString(dec));
        for (let t = 0; t < 2; t++) {
          const { point } = orbitPoint(dec, rng);
          const inside = inHessianVariety(QQ, point, X, Y).holds;
          expect(hessianVanishesDirectly(QQ, point, X, Y).holds).toBe(inside);
          expect(inside).toBe(point.every((W) => matIsZero(QQ, W)));
          // no data at all put a nonzero point in A_H: every solution C of the cycle system is singular
          if (condition1(point) && !point.every((W) => matIsZero(QQ, W))) {
            const C = randomCycleSolution(point, rng);
            if (C) expect(rankOverQ(C)).toBeLessThan(ws[0]);
          }
        }
      }
      expect(inOrbits).toEqual([decompositionToString(decompositionOfPoint(zero))]);
    }
  });

  it('depth 3, d_0 < d_3: A_H = {W_1 = 0, W_2 = 0, C W_3 = 0} — W_3 need not vanish (the talk’s "W_3 = 0" fails)', () => {
    // By the symmetry W ↦ Wᵀ, for d_0 > d_3 it is {W_3 = 0, W_2 = 0, W_1 C = 0}: the talk's
    // "W_3 = 0, W_2 = 0" holds only when d_0 ≥ d_3. Either way A_H has two zero layers, so the
    // trace lemma still gives the conjecture at N = 3.
    const rng = new Rng(7730);
    let nonzeroW3 = 0;
    let nonzeroW1 = 0;
    let searched = 0;
    for (const ws of [[1, 2, 2, 2], [1, 1, 1, 2], [1, 3, 2, 3], [2, 2, 2, 3]]) {
      for (let t = 0; t < 10; t++) {
        // a random point of {W_1 = 0, W_2 = 0, C W_3 = 0}: W_3's columns in ker C
        const { X, Y } = randomData(architecture(ws), rng, 2);
        const C = matMul(QQ, X, matTranspose(Y));
        const kernel = nullspace(QQ, C, ws[3]);
        expect(kernel.length).toBe(ws[3] - ws[0]);
        const W3 = Array.from({ length: ws[3] }, () => Array.from({ length: ws[2] }, () => QQ.zero));
        for (let c = 0; c < ws[2]; c++) {
          for (const v of kernel) {
            const a = rational(rng.int(-4, 4));
            for (let r = 0; r < ws[3]; r++) W3[r][c] = QQ.add(W3[r][c], QQ.mul(a, v[r]));
          }
        }
        const point = [matZeros(QQ, ws[1], ws[0]), matZeros(QQ, ws[2], ws[1]), W3];
        if (!matIsZero(QQ, W3)) nonzeroW3++;
        expect(inHessianVariety(QQ, point, X, Y).holds).toBe(true);
        expect(hessianVanishesDirectly(QQ, point, X, Y).holds).toBe(true);
      }
      // conversely, over every orbit: some full-rank data put an orbit point in A_H iff
      // W_1 = W_2 = 0 and rank W_3 ≤ d_3 − d_0 (= dim ker C)
      for (const dec of enumerateDecompositions(ws, [])) {
        const { point: q } = orbitPoint(dec, rng);
        const C2 = condition1(q) ? randomCycleSolution(q, rng) : undefined;
        const reachable = C2 !== undefined && rankOverQ(C2) === ws[0];
        const expected = matIsZero(QQ, q[0]) && matIsZero(QQ, q[1]) && rankOverQ(q[2]) <= ws[3] - ws[0];
        expect(reachable, decompositionToString(dec)).toBe(expected);
        if (reachable) searched++;
      }
    }
    // the mirror case d_0 > d_3: W_1 ≠ 0 with W_1 C = 0
    for (const ws of [[2, 2, 2, 1], [3, 2, 1, 1]]) {
      for (let t = 0; t < 5; t++) {
        const { X, Y } = randomData(architecture(ws), rng, 2);
        const C = matMul(QQ, X, matTranspose(Y));
        const left = nullspace(QQ, matTranspose(C, ws[3]), ws[0]); // rows v with v C = 0
        const W1 = Array.from({ length: ws[1] }, () => {
          const row = new Array<Rational>(ws[0]).fill(QQ.zero);
          for (const v of left) {
            const a = rational(rng.int(-4, 4));
            for (let c = 0; c < ws[0]; c++) row[c] = QQ.add(row[c], QQ.mul(a, v[c]));
          }
          return row;
        });
        if (!matIsZero(QQ, W1)) nonzeroW1++;
        const point = [W1, matZeros(QQ, ws[2], ws[1]), matZeros(QQ, ws[3], ws[2])];
        expect(inHessianVariety(QQ, point, X, Y).holds).toBe(true);
        expect(hessianVanishesDirectly(QQ, point, X, Y).holds).toBe(true);
      }
    }
    expect(nonzeroW3).toBeGreaterThanOrEqual(30);
    expect(nonzeroW1).toBeGreaterThanOrEqual(7);
    expect(searched).toBeGreaterThanOrEqual(8);
  });

  it('depth 4: every A_H point found (data-independent and data-dependent) has the talk’s shape', () => {
    // Talk, N = 4: W_i = W_j = 0 (i ≠ j), or W_i = W_{i-1}W_{i-2} = 0, or W_iW_{i-1} = W_{i-2} = 0.
    const rng = new Rng(7740);
    let found = 0;
    let dependent = 0;
    for (let it = 0; it < 400; it++) {
      const ws = randomWidths(rng, 4, 4, 3);
      const conditions: number[][] = [];
      for (let i = 1; i <= 4; i++) if (rng.next() < 0.35) conditions.push([i, i]);
      if (rng.next() < 0.5) {
        const a = rng.int(1, 3);
        conditions.push([a, a + 1]);
      }
      const dec = randomDecomposition(ws, conditions, rng);
      const { point } = orbitPoint(dec, rng);
      let data = randomData(architecture(ws), rng, 2);
      if (!inHessianVariety(QQ, point, data.X, data.Y).holds) {
        if (!condition1(point)) continue;
        const C = randomCycleSolution(point, rng);
        if (!C || rankOverQ(C) !== Math.min(ws[0], ws[4])) continue;
        data = dataWithCrossCovariance(C, rng);
      }
      expect(hessianVanishesDirectly(QQ, point, data.X, data.Y).holds).toBe(true);
      expect(inHessianVariety(QQ, point, data.X, data.Y).holds).toBe(true);
      found++;
      if (!decompositionInHessianVariety(dec).holds) dependent++;
      const zero = (a: number, b: number): boolean => matIsZero(QQ, layerProduct(QQ, point, a, b));
      const twoZero = [1, 2, 3, 4].filter((i) => zero(i, i)).length >= 2;
      const pattern = [3, 4].some((i) => (zero(i, i) && zero(i - 2, i - 1)) || (zero(i - 1, i) && zero(i - 2, i - 2)));
      expect(twoZero || pattern, decompositionToString(dec)).toBe(true);
    }
    expect(found).toBeGreaterThanOrEqual(40);
    expect(dependent).toBeGreaterThanOrEqual(5);
  });
});

describe('data-independent containment', () => {
  it('the talk’s depth-16 subvariety {W_iW_{i-1}W_{i-2} = 0, i = 16, 12, 8, 4} lies in A_H', () => {
    const r = conditionsImplyHessianVariety(16, [[2, 4], [6, 8], [10, 12], [14, 16]]);
    expect(r.holds).toBe(true);
    expect(r.failures).toEqual([]);
    // and a random orbit point of that family, with random data, passes the direct test
    const rng = new Rng(7750);
    const ws = new Array(17).fill(2);
    for (let t = 0; t < 2; t++) {
      const dec = randomDecomposition(ws, [[2, 4], [6, 8], [10, 12], [14, 16]], rng);
      const { point } = orbitPoint(dec, rng);
      const { X, Y } = randomData(architecture(ws), rng, 1);
      expect(hessianVanishesDirectly(QQ, point, X, Y).holds).toBe(true);
    }
  });

  it('finding: any THREE of the talk’s four windows already imply A_H (one before, one between, one after); two do not', () => {
    // With windows I_1 < I_2 < I_3: n = end of I_1, l = start of I_3 > n, and every mixed pair
    // (k ≤ n, j ≥ l) has a middle product containing I_2. The fourth window is redundant.
    const talk = [[2, 4], [6, 8], [10, 12], [14, 16]];
    for (let drop = 0; drop < 4; drop++) {
      expect(conditionsImplyHessianVariety(16, talk.filter((_, i) => i !== drop)).holds).toBe(true);
    }
    for (let i = 0; i < 4; i++) {
      for (let j = i + 1; j < 4; j++) expect(conditionsImplyHessianVariety(16, [talk[i], talk[j]]).holds).toBe(false);
    }
    // the same three windows at depth 12, checked directly at orbit points (exact Hessian, 48 parameters)
    expect(conditionsImplyHessianVariety(12, [[2, 4], [6, 8], [10, 12]]).holds).toBe(true);
    // a staggered orbit with every layer nonzero (no interval covers [1,4], [5,8] or [9,12])
    const rng = new Rng(7751);
    const ws = new Array(13).fill(2);
    const dec = intervalDecomposition(12, [[0, 3], [0, 1], [2, 5], [4, 7], [6, 9], [8, 11], [10, 12], [12, 12]]);
    expect(dimensionVector(dec)).toEqual(ws);
    for (let i = 1; i <= 12; i++) expect(productRank(dec, i, i)).toBeGreaterThan(0);
    expect(decompositionInHessianVariety(dec).holds).toBe(true);
    const { point } = orbitPoint(dec, rng);
    const { X, Y } = randomData(architecture(ws), rng, 1);
    expect(hessianVanishesDirectly(QQ, point, X, Y).holds).toBe(true);
    // small cases: W_3W_2 = 0 alone is not enough at depth 4; three zero layers at depth 3 is W = 0
    expect(conditionsImplyHessianVariety(4, [[2, 3]]).holds).toBe(false);
    expect(conditionsImplyHessianVariety(3, [[1, 1], [2, 2], [3, 3]]).holds).toBe(true);
    expect(conditionsImplyHessianVariety(3, [[1, 1], [2, 2]]).holds).toBe(false);
  });

  it('conditionsImplyHessianVariety is sound: when it holds, every orbit of the family is in A_H (data-independently)', () => {
    const rng = new Rng(7755);
    let holds = 0;
    let fails = 0;
    for (let it = 0; it < 1000; it++) {
      const N = rng.int(2, 6);
      const ws = Array.from({ length: N + 1 }, () => rng.int(1, 2));
      const conditions: number[][] = [];
      const count = rng.int(1, 5);
      for (let e = 0; e < count; e++) {
        const a = rng.int(1, N);
        conditions.push([a, Math.min(N, a + rng.int(0, 2))]);
      }
      const family = [...enumerateDecompositions(ws, conditions)];
      const allIn = family.every((dec) => decompositionInHessianVariety(dec).holds);
      if (conditionsImplyHessianVariety(N, conditions).holds) {
        holds++;
        expect(allIn, `${ws.join(',')} ${JSON.stringify(conditions)}`).toBe(true);
      } else {
        fails++;
        // on these samples the window test is also complete: some orbit of the family leaves A_H.
        // (A failure here need not be a bug: it would exhibit a reducible family contained in A_H
        // through different alternatives on different orbits — worth reporting.)
        expect(allIn, `${ws.join(',')} ${JSON.stringify(conditions)}`).toBe(false);
      }
    }
    expect(holds).toBeGreaterThanOrEqual(80);
    expect(fails).toBeGreaterThanOrEqual(80);
  });

  it('decompositionInHessianVariety(dec) ⇒ inHessianVariety at orbit points, for random generic data', () => {
    const rng = new Rng(7760);
    let checked = 0;
    for (let it = 0; it < 300; it++) {
      const ws = randomWidths(rng, 2, 6, 3);
      const dec: IntervalDecomposition = randomDecomposition(ws, randomWindows(ws.length - 1, rng), rng);
      if (!decompositionInHessianVariety(dec).holds) continue;
      checked++;
      for (let t = 0; t < 2; t++) {
        const { point } = orbitPoint(dec, rng);
        const { X, Y } = randomData(architecture(ws), rng, 2);
        expect(inHessianVariety(QQ, point, X, Y).holds).toBe(true);
      }
    }
    expect(checked).toBeGreaterThanOrEqual(50);
  });

  it('hessianConditions refuses depth < 2 and reports n, l', () => {
    expect(() => hessianConditions(1, { productZero: () => true, inputZero: () => true, cycleZero: () => true })).toThrow(/^hessianConditions: depth/);
    const zero = zeroPoint([1, 1, 1, 1]);
    const X = matFromStrings(QQ, [['1']]);
    const r = inHessianVariety(QQ, zero, X, X);
    expect(r).toMatchObject({ holds: true, n: 1, l: 3 });
    // gradient check at W = 0 for depth 3: every gradient block vanishes
    expect(lossGradient(QQ, zero, X, X).every((G) => matIsZero(QQ, G))).toBe(true);
  });
});
