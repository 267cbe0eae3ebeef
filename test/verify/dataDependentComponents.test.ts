/**
 * The data-dependent part of A_H through string orbits of the cyclic quiver
 * (MATH §4): the string conditions against the theorem (`inHessianVariety`)
 * and the direct gradient + Hessian (`hessianVanishesDirectly`) at exact points
 * with a prescribed C, in and out of A_H; completeness against an
 * independent sampler of data-dependent points; square and non-square C;
 * and the restricted ranks of dδ ∘ T_H — including the data-dependent
 * counterexamples to the main conjecture at depth 5 (widths (1,1,2,2,1,2))
 * and depth 7 (width 2), where the rank over Q reaches the codomain.
 *
 * Why H·W ⊂ A_H (so that rank dδ_W ∘ T_H bounds dim cl δ(A_H) from below):
 * L = ‖P X‖² − 2 tr(P C) + ‖Y‖² with P = W_N ⋯ W_1. A zero Hessian forces
 * A_k E_k B_k X = 0 (one-layer directions), hence dP ≡ 0 and P = 0 (X of full
 * row rank); there ‖P X‖² vanishes to fourth order. So A_H = {P = 0, dP = 0}
 * ∩ {∇ℓ = 0, ∇²ℓ = 0} with ℓ = tr(P C): the first set is G-invariant, and ℓ
 * is H-invariant (tr(g_N P g_0^{-1} C) = tr(P C) when g_0^{-1} C g_N = C).
 */
import { describe, expect, it } from 'vitest';
import { type Matrix, matFromStrings, matIdentity, matIsZero, matMul, matTranspose } from '../../src/algebra/matrix';
import { nullspace } from '../../src/algebra/nullspace';
import { rankOverQ } from '../../src/algebra/rankOverQ';
import { rational, type Rational } from '../../src/algebra/rational';
import { QQ } from '../../src/algebra/rationalField';
import { ArgumentError } from '../../src/errors';
import { hessianVanishesDirectly } from '../../src/hessianVariety/hessianVanishesDirectly';
import { inHessianVariety } from '../../src/hessianVariety/inHessianVariety';
import { architecture, deltaCodomainDimension, uniformArchitecture } from '../../src/model/architecture';
import { deltaDifferential } from '../../src/model/deltaDifferential';
import { layerProduct } from '../../src/model/layerProduct';
import { partialProducts } from '../../src/model/partialProducts';
import { cycleDegenerates } from '../../src/quiver/cycleDegeneration';
import { cyclePoint } from '../../src/quiver/cyclePoint';
import {
  cycleDimensionVector, cycleProductRank, cycleStringDecomposition, cycleStringsToString, type CycleStringDecomposition,
} from '../../src/quiver/cycleString';
import { cycleStringInHessianVariety } from '../../src/quiver/cycleStringInHessianVariety';
import { decompositionInHessianVariety } from '../../src/quiver/decompositionInHessianVariety';
import { decompositionOfPoint } from '../../src/quiver/decompositionOfPoint';
import { enumerateCycleStrings } from '../../src/quiver/enumerateCycleStrings';
import { stabilizerOrbitDimension } from '../../src/quiver/cycleOrbitDimension';
import { reverseCycleStrings } from '../../src/quiver/cycleReversal';
import { orbitPoint } from '../../src/quiver/orbitPoint';
import { randomDecomposition } from '../../src/quiver/randomDecomposition';
import { stabilizerOrbitTangentBasis } from '../../src/quiver/stabilizerTangent';
import { dataDependentOrbits, restrictedRankWithData } from '../../src/verify/dataDependentComponents';
import { genericDimension } from '../../src/verify/genericDimension';
import { Rng } from '../support/network';

type Point = readonly Matrix<Rational>[];

function profiles(N: number, max = 2): number[][] {
  let ps: number[][] = [[]];
  for (let v = 0; v <= N; v++) ps = ps.flatMap((p) => Array.from({ length: max }, (_, i) => [...p, i + 1]));
  return ps;
}

/** Rank of the path of `len` arrows from vertex `from` around [W_1, …, W_N, C]. */
function pathRank(arrows: readonly Matrix<Rational>[], from: number, len: number): number {
  const n = arrows.length;
  let P: Matrix<Rational> = matIdentity(QQ, arrows[from][0].length);
  for (let t = 0; t < len; t++) P = matMul(QQ, arrows[(from + t) % n], P);
  return rankOverQ(P);
}

/**
 * The string decomposition of a nilpotent point (W, C), from ranks alone:
 * #strings starting at s with exactly L vertices = [r(s, L−1) − r(s−1, L)] − [r(s, L) − r(s−1, L+1)],
 * r(u, ℓ) the rank of the path of ℓ arrows from u (r(u,ℓ) − r(u−1,ℓ+1) counts strings starting at u with ≥ ℓ+1 vertices).
 */
function cycleDecompositionOfPoint(point: Point, C: Matrix<Rational>): CycleStringDecomposition {
  const arrows = [...point, C];
  const n = arrows.length;
  const total = arrows.reduce((s, A) => s + A[0].length, 0);
  const r = (u: number, l: number): number => pathRank(arrows, ((u % n) + n) % n, l);
  const strings: number[][] = [];
  for (let s = 0; s < n; s++) {
    for (let L = 1; L <= total; L++) {
      const m = r(s, L - 1) - r(s - 1, L) - (r(s, L) - r(s - 1, L + 1));
      for (let i = 0; i < m; i++) strings.push([s, L]);
    }
  }
  return cycleStringDecomposition(n - 1, strings);
}

/** The linear system on C (d_0·d_N unknowns, row-major) making every needed B_k C A_j vanish at the point. */
function cycleSystemRows(point: Point): { rows: Rational[][]; unknowns: number } {
  const N = point.length;
  const d0 = point[0][0].length;
  const dN = point[N - 1].length;
  const { A, B } = partialProducts(QQ, point);
  const rows: Rational[][] = [];
  for (let k = 1; k < N; k++) {
    for (let j = k + 1; j <= N; j++) {
      if (j >= k + 2 && matIsZero(QQ, layerProduct(QQ, point, k + 1, j - 1))) continue;
      for (let a = 0; a < B[k].length; a++) {
        for (let b = 0; b < A[j][0].length; b++) {
          rows.push(Array.from({ length: d0 * dN }, (_, idx) => QQ.mul(B[k][a][Math.floor(idx / dN)], A[j][idx % dN][b])));
        }
      }
    }
  }
  return { rows, unknowns: d0 * dN };
}

function condition1(point: Point): boolean {
  const N = point.length;
  const { A, B } = partialProducts(QQ, point);
  for (let k = 1; k <= N; k++) if (!(k < N && matIsZero(QQ, A[k])) && !matIsZero(QQ, B[k])) return false;
  return true;
}

/** Rank over Q of dδ ∘ T_H at a point with its C (independent of restrictedRankWithData's mod-p rank). */
function rankOverQWithData(point: Point, C: Matrix<Rational>): number {
  const widths = [point[0][0].length, ...point.map((W) => W.length)];
  const cols = stabilizerOrbitTangentBasis(QQ, point, C).map((t) => deltaDifferential(QQ, point, t));
  return rankOverQ(matTranspose(cols, deltaCodomainDimension(architecture(widths))));
}


/** String conditions, the theorem and the direct Hessian test agree at a random point of the orbit; returns the verdict. */
function expectAgreement(ws: readonly number[], dec: Parameters<typeof cycleStringInHessianVariety>[0], rng: Rng): boolean {
  const byStrings = cycleStringInHessianVariety(dec).holds;
  const { point, X, Y } = cyclePoint(dec, rng);
  const label = `${ws} ${cycleStringsToString(dec)}`;
  expect(inHessianVariety(QQ, point, X, Y).holds, label).toBe(byStrings);
  expect(hessianVanishesDirectly(QQ, point, X, Y).holds, label).toBe(byStrings);
  return byStrings;
}

describe('string conditions vs the theorem and the direct Hessian, at exact points with a prescribed C', () => {
  it('agree on every full-rank-C string orbit of every profile with d_i <= 2 at depth 3 (and 2), in and out of A_H', () => {
    const rng = new Rng(5101);
    let inside = 0;
    let outside = 0;
    for (const N of [2, 3]) {
      for (const ws of profiles(N)) {
        for (const dec of enumerateCycleStrings(ws, { maxLength: 2 * N + 2 })) {
          if (expectAgreement(ws, dec, rng)) inside++;
          else outside++;
        }
      }
    }
    expect(inside).toBeGreaterThanOrEqual(20);
    expect(outside).toBeGreaterThanOrEqual(300);
  });

  it('agree on random string orbits at depth 4 and 5 (property, fixed seed), with both outcomes represented', () => {
    const rng = new Rng(5102);
    let inside = 0;
    let outside = 0;
    for (let it = 0; it < 160; it++) {
      const N = rng.int(4, 5);
      const ws = Array.from({ length: N + 1 }, () => rng.int(1, 2));
      // bias towards A_H: forbid W_N⋯W_2 and W_{N−1}⋯W_1 (condition 1 at k = 1, N) two times out of three
      const forbidden = it % 3 === 0 ? [] : [[1, N - 1], [0, N - 1]];
      const all = [...enumerateCycleStrings(ws, { forbidden, maxLength: 2 * N })];
      if (all.length === 0) continue;
      const dec = all[rng.int(0, all.length - 1)];
      if (expectAgreement(ws, dec, rng)) inside++;
      else outside++;
    }
    expect(inside).toBeGreaterThanOrEqual(20);
    expect(outside).toBeGreaterThanOrEqual(40);
  });

  it('is complete: independently sampled data-dependent A_H points have string orbits in the enumerated list', () => {
    // the sampler of test/hessian: W with condition 1, C solving the cycle system, data with X Yᵀ = C
    const rng = new Rng(5103);
    let found = 0;
    let dataDependent = 0;
    const cache = new Map<string, { all: Set<string>; dd: Set<string> }>();
    for (let it = 0; it < 400 && dataDependent < 25; it++) {
      const N = rng.int(3, 5);
      const ws = Array.from({ length: N + 1 }, () => rng.int(1, 2));
      const conditions: number[][] = [];
      for (let i = 1; i <= N; i++) if (rng.next() < 0.35) conditions.push([i, i]);
      const { point } = orbitPoint(randomDecomposition(ws, conditions, rng), rng);
      if (!condition1(point)) continue;
      const { rows, unknowns } = cycleSystemRows(point);
      const basis = nullspace(QQ, rows, unknowns);
      if (basis.length === 0) continue;
      const coeff = basis.map(() => rational(rng.int(-5, 5)));
      const c = Array.from({ length: unknowns }, (_, i) => basis.reduce((s, v, t) => QQ.add(s, QQ.mul(coeff[t], v[i])), QQ.zero));
      const C = Array.from({ length: ws[0] }, (_, r) => c.slice(r * ws[N], (r + 1) * ws[N]));
      if (rankOverQ(C) !== Math.min(ws[0], ws[N])) continue;
      const dec = cycleDecompositionOfPoint(point, C);
      expect(cycleDimensionVector(dec)).toEqual(ws);
      expect(cycleStringInHessianVariety(dec).holds).toBe(true);
      const key = ws.join(',');
      if (!cache.has(key)) {
        const all = new Set<string>();
        const dd = new Set(dataDependentOrbits(architecture(ws), undefined, { maximal: false }).orbits.map(cycleStringsToString));
        for (const d of enumerateCycleStrings(ws, { forbidden: [[1, N - 1], [0, N - 1]] })) if (cycleStringInHessianVariety(d).holds) all.add(cycleStringsToString(d));
        cache.set(key, { all, dd });
      }
      const { all, dd } = cache.get(key)!;
      expect(all.has(cycleStringsToString(dec)), `${ws} ${cycleStringsToString(dec)}`).toBe(true);
      found++;
      if (!decompositionInHessianVariety(decompositionOfPoint(point)).holds) {
        dataDependent++;
        expect(dd.has(cycleStringsToString(dec)), `${ws} ${cycleStringsToString(dec)}`).toBe(true);
      }
    }
    expect(found).toBeGreaterThanOrEqual(40);
    expect(dataDependent).toBeGreaterThanOrEqual(10);
  });
});

describe('dataDependentOrbits', () => {
  it('finds the depth-3 example (1,2,2,2) automatically: W_1 = W_2 = 0, W_3 ≠ 0 with C W_3 = 0 (d_0 < d_N)', () => {
    const arch = architecture([1, 2, 2, 2]);
    const C = matFromStrings(QQ, [['3', '-1/2']]);
    const { orbits, maximal, inHessianVariety: total } = dataDependentOrbits(arch, C, { pruning: 'none' });
    expect(orbits.map(cycleStringsToString)).toEqual(['[1]+[1]+[2]+[2,3]+[3,0]']);
    expect(maximal).toHaveLength(1);
    expect(total).toBe(2); // with W = 0
    const dec = orbits[0];
    expect([1, 2, 3].map((i) => cycleProductRank(dec, i, i))).toEqual([0, 0, 1]);
    const { point, X, Y } = cyclePoint(dec, new Rng(5201), { C });
    expect(matMul(QQ, X, matTranspose(Y))).toEqual(C);
    expect(matIsZero(QQ, point[2])).toBe(false);
    expect(matIsZero(QQ, matMul(QQ, C, point[2]))).toBe(true);
    expect(hessianVanishesDirectly(QQ, point, X, Y).holds).toBe(true);
    expect(decompositionInHessianVariety(decompositionOfPoint(point)).holds).toBe(false);
  });

  it('mirror image d_0 > d_N, (2,2,2,1): W_2 = W_3 = 0, W_1 ≠ 0 with W_1 C = 0', () => {
    const arch = architecture([2, 2, 2, 1]);
    const C = matFromStrings(QQ, [['2'], ['5']]);
    const { orbits } = dataDependentOrbits(arch, C);
    expect(orbits.map(cycleStringsToString)).toEqual(['[0,1]+[1]+[2]+[2]+[3,0]']);
    const { point, X, Y } = cyclePoint(orbits[0], new Rng(5202), { C });
    expect(matIsZero(QQ, point[0])).toBe(false);
    expect(matIsZero(QQ, matMul(QQ, point[0], C))).toBe(true);
    expect(inHessianVariety(QQ, point, X, Y).holds).toBe(true);
    expect(hessianVanishesDirectly(QQ, point, X, Y).holds).toBe(true);
  });

  it('square C (d_0 = d_N): none at depth 3 (A_H = {0}), but (2,1,1,1,2) has one: W_2 = W_3 = 0 and W_1 C W_4 = 0', () => {
    for (const ws of profiles(3).filter((w) => w[0] === w[3])) expect(dataDependentOrbits(architecture(ws)).orbits).toEqual([]);
    const C = matFromStrings(QQ, [['1', '2'], ['3', '-1']]);
    const { orbits } = dataDependentOrbits(architecture([2, 1, 1, 1, 2]), C);
    expect(orbits.map(cycleStringsToString)).toEqual(['[2]+[3,4,0]+[4,0,1]']);
    const { point, X, Y } = cyclePoint(orbits[0], new Rng(5203), { C });
    expect(matIsZero(QQ, point[1]) && matIsZero(QQ, point[2])).toBe(true);
    expect(matIsZero(QQ, point[0]) || matIsZero(QQ, point[3])).toBe(false);
    expect(matIsZero(QQ, matMul(QQ, matMul(QQ, point[0], C), point[3]))).toBe(true);
    expect(hessianVanishesDirectly(QQ, point, X, Y).holds).toBe(true);
    // the same W with data whose C leaves W_1 C W_4 ≠ 0 is not in A_H
    const Y2 = Y.map((row, i) => row.map((y, j) => (i === 0 && j === 0 ? QQ.add(y, QQ.one) : y)));
    expect(hessianVanishesDirectly(QQ, point, X, Y2).holds).toBe(inHessianVariety(QQ, point, X, Y2).holds);
    expect(inHessianVariety(QQ, point, X, Y2).holds).toBe(false);
  });

  it('pins the counts for every profile with d_i <= 2 at depth 3, and the talk’s depth-4 case split holds on every A_H orbit (data-dependent ones too)', () => {
    const counts = profiles(3).map((ws) => dataDependentOrbits(architecture(ws), undefined, { maximal: false }).orbits.length);
    // (1,1,1,1) … (2,2,2,2) in binary order: one orbit exactly when d_0 ≠ d_3
    expect(counts).toEqual([0, 1, 0, 1, 0, 1, 0, 1, 1, 0, 1, 0, 1, 0, 1, 0]);
    let orbits = 0;
    for (const ws of profiles(4)) {
      for (const dec of enumerateCycleStrings(ws, { forbidden: [[1, 3], [0, 3]] })) {
        if (!cycleStringInHessianVariety(dec).holds) continue;
        orbits++;
        const z = (a: number, b: number): boolean => cycleProductRank(dec, a, b) === 0;
        let ok = false;
        for (let i = 1; i <= 4; i++) for (let j = i + 1; j <= 4; j++) ok ||= z(i, i) && z(j, j);
        for (let i = 3; i <= 4; i++) ok ||= (z(i, i) && z(i - 2, i - 1)) || (z(i - 1, i) && z(i - 2, i - 2));
        expect(ok, `${ws} ${cycleStringsToString(dec)}`).toBe(true);
      }
    }
    expect(orbits).toBe(356);
  });

  it('maximal: every orbit lies in the closure of a kept one, and the maximum restricted rank is attained on the kept ones', () => {
    for (const ws of [[1, 1, 2, 2, 2], [1, 2, 2, 2, 2], [2, 2, 2, 2, 1]]) {
      const arch = architecture(ws);
      const { orbits, maximal } = dataDependentOrbits(arch, undefined, { pruning: 'none' });
      expect(maximal.length).toBeLessThan(orbits.length);
      // the default (generated directly) finds the same maximal orbits
      expect(dataDependentOrbits(arch).maximal.map(cycleStringsToString)).toEqual(maximal.map(cycleStringsToString).sort());
      const key = (d: CycleStringDecomposition): string => cycleStringsToString(d);
      for (const o of orbits) expect(maximal.some((m) => key(m) === key(o) || cycleDegenerates(o, m))).toBe(true);
      const rank = (d: CycleStringDecomposition): number => restrictedRankWithData(arch, d, undefined, new Rng(5301)).rank;
      expect(Math.max(...maximal.map(rank))).toBe(Math.max(...orbits.map(rank)));
    }
  });

  it('evaluate: one orbit of each reversed pair for palindromic widths (all of them otherwise, or with reversal off), largest H-orbit first', () => {
    const key = (d: CycleStringDecomposition): string => cycleStringsToString(d);
    const pal = dataDependentOrbits(architecture([2, 2, 2, 2, 2, 2, 2]));
    expect(pal.evaluate.length).toBeLessThan(pal.maximal.length);
    const listed = new Set(pal.evaluate.map(key));
    for (const m of pal.maximal) expect(listed.has(key(m)) || listed.has(key(reverseCycleStrings(m)))).toBe(true);
    const dims = pal.evaluate.map(stabilizerOrbitDimension);
    expect(dims).toEqual([...dims].sort((a, b) => b - a));
    expect(pal.method).toMatch(/of them left out as reversals of others/);
    expect(dataDependentOrbits(architecture([2, 2, 2, 2, 2, 2, 2]), undefined, { reversal: false }).evaluate).toHaveLength(pal.maximal.length);
    const skew = dataDependentOrbits(architecture([1, 1, 2, 2, 1, 2]));
    expect(skew.evaluate.map(key).sort()).toEqual(skew.maximal.map(key));
    // the previous algorithm: every maximal orbit, in enumeration order
    const before = dataDependentOrbits(architecture([2, 2, 2, 2, 2, 2]), undefined, { pruning: 'none' });
    expect(before.evaluate).toEqual(before.maximal);
    expect(before.inHessianVariety).toBeGreaterThan(before.orbits.length);
  });

  it('refuses bad input with the function name first', () => {
    const arch = architecture([1, 2, 2, 2]);
    expect(() => dataDependentOrbits(arch, matFromStrings(QQ, [['1'], ['2']]))).toThrow(/^dataDependentOrbits: C/);
    expect(() => dataDependentOrbits(arch, matFromStrings(QQ, [['0', '0']]))).toThrow(/^dataDependentOrbits: rank of C/);
    const dec = dataDependentOrbits(arch).orbits[0];
    expect(() => restrictedRankWithData(architecture([1, 2, 2, 1]), dec, undefined, new Rng(1))).toThrow(/^restrictedRankWithData: orbit/);
    expect(() => restrictedRankWithData(arch, dec, undefined, new Rng(1), 4)).toThrow(/^restrictedRankWithData: prime/);
    expect(() => cyclePoint(cycleStringDecomposition(3, [[0, 4], [1, 1], [2, 1], [3, 1]]), new Rng(1))).toThrow(ArgumentError);
    expect(() => cyclePoint(dec, new Rng(1), { C: matFromStrings(QQ, [['1', '2'], ['3', '4']]) })).toThrow(/^cyclePoint: options.C/);
  });
});

describe('restrictedRankWithData: dδ ∘ T_H on data-dependent orbits', () => {
  it('is at most the H-orbit dimension and the codomain, equals the rank over Q at the same point, and pins depth 3', () => {
    const pins: Record<string, number> = { '1,1,1,2': 1, '1,1,2,2': 2, '1,2,2,2': 2, '2,1,1,1': 1, '2,2,1,1': 2, '2,2,2,1': 2 };
    for (const [key, value] of Object.entries(pins)) {
      const arch = architecture(key.split(',').map(Number));
      const [dec] = dataDependentOrbits(arch).orbits;
      const r = restrictedRankWithData(arch, dec, undefined, new Rng(5401));
      expect(r.rank, key).toBe(value);
      expect(r.rank).toBeLessThanOrEqual(Math.min(r.orbitDimension, deltaCodomainDimension(arch)));
      expect(rankOverQWithData(r.at.point, r.at.C)).toBe(r.rank);
    }
  });

  it('depth 5, widths (1,1,2,2,1,2): a data-dependent orbit reaches the codomain (8 = G) — the main conjecture fails (data-independent part: 7)', () => {
    const arch = architecture([1, 1, 2, 2, 1, 2]);
    const dec = cycleStringDecomposition(5, [[1, 3], [2, 4], [5, 2]]); // [1,2,3]+[2,3,4,5]+[5,0]: W_1 = 0, C W_5 W_4 W_3 = 0
    expect(dataDependentOrbits(arch, undefined, { maximal: false }).orbits.map(cycleStringsToString)).toContain('[1,2,3]+[2,3,4,5]+[5,0]');
    const C = matFromStrings(QQ, [['2', '-7']]);
    const r = restrictedRankWithData(arch, dec, C, new Rng(5501));
    const { point, X, Y } = r.at;
    expect(hessianVanishesDirectly(QQ, point, X, Y)).toEqual({ gradientZero: true, hessianZero: true, holds: true });
    expect(inHessianVariety(QQ, point, X, Y).holds).toBe(true);
    expect(rankOverQ(X)).toBe(1);
    expect(r.rank).toBe(8);
    expect(rankOverQWithData(point, C)).toBe(8);
    const g = genericDimension(arch);
    expect([g.lowerBound, g.upperBound, deltaCodomainDimension(arch)]).toEqual([8, 8, 8]);
    // a second point of the same H-orbit (same C, other seed) is in A_H as well
    const other = cyclePoint(dec, new Rng(5502), { C });
    expect(hessianVanishesDirectly(QQ, other.point, other.X, other.Y).holds).toBe(true);
  });

  it('depth 7, width 2: a data-dependent orbit with no zero layer reaches the codomain (18 = G)', () => {
    const arch = uniformArchitecture(7, 2);
    const dec = cycleStringDecomposition(7, [[1, 1], [2, 4], [4, 1], [5, 4], [6, 1], [7, 5]]);
    expect(cycleStringInHessianVariety(dec)).toMatchObject({ holds: true, dataIndependent: false });
    const r = restrictedRankWithData(arch, dec, undefined, new Rng(5601));
    const { point, X, Y, C } = r.at;
    expect(point.every((W) => !matIsZero(QQ, W))).toBe(true);
    expect(hessianVanishesDirectly(QQ, point, X, Y).holds).toBe(true);
    expect(r.rank).toBe(18);
    expect(rankOverQWithData(point, C)).toBe(18);
    expect(genericDimension(arch).upperBound).toBe(18);
  });
});
