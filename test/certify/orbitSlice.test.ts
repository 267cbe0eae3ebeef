import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orbitFamily, deltaAt } from '../../src/certify/orbitFamily';
import { orbitSlice, sliceDeltaPolynomials } from '../../src/certify/orbitSlice';
import { polyEvaluate } from '../../src/algebra/polynomial';
import { rational, RAT_ZERO, type Rational } from '../../src/algebra/rational';
import { QQ } from '../../src/algebra/rationalField';
import { matMul } from '../../src/algebra/matrix';
import { adjugate } from '../../src/certify/orbitFamily';
import { architecture } from '../../src/model/architecture';

const q = (M: number[][]) => M.map((r) => r.map((x) => rational(x)));
// widths (2, 2, 2, 2): a point with W_2 of rank 1 (a G-orbit of A_H's kind), and a stabiliser family for C = diag(1, 2)
const W = [q([[1, 2], [0, 1]]), q([[1, 1], [2, 2]]), q([[3, 0], [1, -1]])];
const C = q([[1, 0], [0, 2]]);

/** ψ at g = I + Σ s_j ξ^j, computed directly from the definition (g_i W_i adj(g_{i−1})). */
function psiAt(slice: ReturnType<typeof orbitSlice>, s: readonly Rational[], widths: readonly number[]): Rational[][][] {
  const N = widths.length - 1;
  const g = widths.map((d) => Array.from({ length: d }, (_, r) => Array.from({ length: d }, (_, c) => rational(r === c ? 1 : 0))));
  slice.free.forEach(([v, r, c], j) => (g[v][r][c] = QQ.add(g[v][r][c], s[j])));
  slice.boundary.forEach((pair, k) => {
    const t = s[slice.free.length + k];
    for (const [v, M] of [[0, pair.x0], [N, pair.xN]] as const) M.forEach((row, r) => row.forEach((x, c) => (g[v][r][c] = QQ.add(g[v][r][c], QQ.mul(t, x)))));
  });
  return W.map((Wi, j) => matMul(QQ, matMul(QQ, g[j + 1], Wi), adjugate(QQ, g[j])));
}

describe('orbitSlice: a slice g = I + Σ s ξ of the orbit family, dense in the orbit projected to a window', () => {
  it('G-orbit, window [1, 2] (layers 1..3): the greedy slice has exactly dim π(G·W) parameters and is dense', () => {
    const f = orbitFamily(architecture([2, 2, 2, 2]), W, 'G');
    const s = orbitSlice(f, 1, 2);
    // O(2) at the end vertices 0 and 3 fixes Δ_1, Δ_2 and contributes one tangent each: 2 parameters fewer
    expect([s.dense, s.rank === s.orbitDimension, s.free.length, s.boundary.length, s.orthogonal]).toEqual([true, true, s.orbitDimension - 2, 0, [0, 3]]);
    // 4 vertices of GL(2) act (16 dims) on a 12-dim space of layers; W_2 has rank 1, so the orbit is smaller than 12
    expect(s.orbitDimension).toBe(11);
  });

  it('stabiliser: O(d_0) saturates a window that leaves out layer N; one reaching both boundary layers uses boundary pairs (x0, xN) with x0 C = C xN', () => {
    const f = orbitFamily(architecture([2, 2, 2, 2]), W, 'stabilizer', C);
    const s = orbitSlice(f, 1, 1);
    expect(s.dense).toBe(true);
    expect(s.free.every(([v]) => v !== 0 && v !== 3)).toBe(true);
    // C is invertible and layers 1..2 leave out layer 3: O(2) at vertex 0 lies in H's projection, and with O(2) at vertex 2
    // it saturates the slice (one tangent each), so no boundary pair is needed
    expect([s.orthogonal, s.boundary.length, s.free.length]).toEqual([[0, 2], 0, s.orbitDimension - 2]);
    const both = orbitSlice(f, 1, 2); // layers 1..3 reach both boundaries: no orthogonal group at 0 or 3
    expect(both.dense).toBe(true);
    expect(both.orthogonal).toEqual([]);
    expect(both.boundary.length).toBeGreaterThan(0);
    for (const { x0, xN } of both.boundary) expect(matMul(QQ, x0, C)).toEqual(matMul(QQ, C, xN));
    for (const { x0, xN } of s.boundary) expect(matMul(QQ, x0, C)).toEqual(matMul(QQ, C, xN));
  });

  it('law: the slice polynomials evaluate to δ(ψ(I + Σ s ξ)) at every s (both families, every window)', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.integer({ min: 1, max: 2 }), fc.integer({ min: 0, max: 1 }), fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 20, maxLength: 20 }), (stab, a, len, raw) => {
        const f = stab ? orbitFamily(architecture([2, 2, 2, 2]), W, 'stabilizer', C) : orbitFamily(architecture([2, 2, 2, 2]), W, 'G');
        const b = Math.min(2, a + len);
        const s = orbitSlice(f, a, b);
        const params = raw.slice(0, s.free.length + s.boundary.length).map((x) => rational(x));
        const polys = sliceDeltaPolynomials(f, s);
        const direct = deltaAt(QQ, psiAt(s, params, [2, 2, 2, 2]));
        for (const [key, p] of polys) expect(QQ.eq(polyEvaluate(p, params), direct.get(key) as Rational)).toBe(true);
        // at s = 0 the slice passes through W itself
        const zero = params.map(() => RAT_ZERO);
        const atW = deltaAt(QQ, W);
        for (const [key, p] of polys) expect(QQ.eq(polyEvaluate(p, zero), atW.get(key) as Rational)).toBe(true);
      }),
      { seed: 4101, numRuns: 20 },
    );
  });
});
