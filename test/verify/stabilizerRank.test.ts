import { describe, expect, it } from 'vitest';
import { matMul, matTranspose } from '../../src/algebra/matrix';
import { primeField } from '../../src/algebra/primeField';
import { rank } from '../../src/algebra/rank';
import { rankOverQ } from '../../src/algebra/rankOverQ';
import { QQ } from '../../src/algebra/rationalField';
import { restrictedDeltaJacobian } from '../../src/dimension/restrictedDeltaJacobian';
import { inHessianVariety } from '../../src/hessianVariety/inHessianVariety';
import { architecture, deltaCodomainDimension } from '../../src/model/architecture';
import { genericData } from '../../src/model/genericData';
import { cyclePoint } from '../../src/quiver/cyclePoint';
import { orbitTangent } from '../../src/quiver/orbitTangent';
import { stabilizerOrbitTangentBasis } from '../../src/quiver/stabilizerTangent';
import { Rng } from '../../src/random';
import { dataDependentOrbits } from '../../src/verify/dataDependentComponents';
import {
  sampleStabilizerFamilyExact,
  sampleStabilizerFamilyModP,
  stabilizerFamily,
  stabilizerMinorDegree,
  stabilizerRankModP,
} from '../../src/verify/stabilizerRank';

const P = 2147483647;
const arch = architecture([1, 1, 2, 2, 1, 2]);
const { X, Y } = genericData(arch, new Rng(11));
const C = matMul(QQ, X, matTranspose(Y));
const orbits = dataDependentOrbits(arch, C).maximal;

/** An Rng whose int(lo, hi) returns the given values in order (and records the ranges asked for). */
function scripted(values: readonly number[]): { rng: Rng; asked: [number, number][] } {
  let i = 0;
  const asked: [number, number][] = [];
  const rng = { int: (lo: number, hi: number) => (asked.push([lo, hi]), values[i++]) } as unknown as Rng;
  return { rng, asked };
}

/** The matrix dδ∘T_H at a point over F_p, for the family's Lie basis reduced mod p. */
function jacobianModP(f: ReturnType<typeof stabilizerFamily>, point: number[][][]): number[][] {
  const F = primeField(P);
  const lie = f.lieBasis.map((xi) => xi.map((M) => M.map((row) => row.map((x) => F.fromRational(x)))));
  return restrictedDeltaJacobian(F, point, lie.map((xi) => orbitTangent(F, point, xi)));
}

/** Determinant mod P by elimination. */
function detModP(M: readonly (readonly number[])[]): number {
  const F = primeField(P);
  const A = M.map((row) => [...row]);
  let d = 1;
  for (let c = 0; c < A.length; c++) {
    const r = A.findIndex((row, i) => i >= c && row[c] !== 0);
    if (r < 0) return 0;
    if (r !== c) ([A[r], A[c]] = [A[c], A[r]], (d = F.neg(d)));
    d = F.mul(d, A[c][c]);
    const inv = F.inv(A[c][c]);
    for (let i = c + 1; i < A.length; i++) {
      const m = F.mul(A[i][c], inv);
      for (let j = c; j < A.length; j++) A[i][j] = F.sub(A[i][j], F.mul(m, A[c][j]));
    }
  }
  return d;
}

/** Degree (≤ max) of λ ↦ values[λ], λ = 0..max+1, by iterated finite differences mod p; max + 1 when it is larger. */
function degreeAlongLine(values: readonly number[]): number {
  let diff = [...values];
  let degree = -1;
  while (diff.some((v) => v !== 0)) {
    degree++;
    if (diff.length === 1) return degree + 1;
    diff = diff.slice(1).map((v, j) => (v - diff[j] + P) % P);
  }
  return degree;
}

describe('the Schwartz–Zippel degree of the data-dependent family ψ̃', () => {
  it('is 2·e·s with e = max_{i<N} d_i + 1 and s = min(codomain, dim Lie(H)): 2·3·8 = 48 for widths (1,1,2,2,1,2)', () => {
    // codomain Sym(1)+Sym(2)+Sym(2)+Sym(1) = 8; dim Lie(H) = 1+1+4+4+1+4 − 1·2 = 13
    expect(stabilizerMinorDegree(arch)).toEqual({ parametrisationDegree: 3, minorSize: 8, degree: 48 });
    expect(deltaCodomainDimension(arch)).toBe(8);
    const f = stabilizerFamily(arch, cyclePoint(orbits[0], new Rng(1), { C }));
    expect([f.lieBasis.length, f.degree]).toEqual([13, 48]);
    expect(stabilizerMinorDegree(architecture([3, 2, 2]))).toEqual({ parametrisationDegree: 4, minorSize: 3, degree: 24 });
  });

  it('bounds the true degrees along a random line u = a + λb: entries of dδ∘T_H reach 2e exactly, a nonzero R × R minor stays ≤ 2·e·R ≤ 2·e·s', () => {
    const rng = new Rng(7);
    for (const orbit of orbits) {
      const f = stabilizerFamily(arch, cyclePoint(orbit, rng, { C }));
      const e = stabilizerMinorDegree(arch).parametrisationDegree;
      const a = Array.from({ length: f.parameterCount }, () => rng.int(0, P - 1));
      const b = Array.from({ length: f.parameterCount }, () => rng.int(0, P - 1));
      const F = primeField(P);
      const samples = Array.from({ length: f.degree + 2 }, (_, lambda) => {
        const { rng: line } = scripted(a.map((x, k) => F.add(x, F.mul(lambda, b[k]))));
        return jacobianModP(f, sampleStabilizerFamilyModP(f, P, line));
      });
      const rows = samples[0].length;
      const cols = samples[0][0].length;
      let maxEntryDegree = 0;
      for (let r = 0; r < rows; r++) {
        for (let c = 0; c < cols; c++) maxEntryDegree = Math.max(maxEntryDegree, degreeAlongLine(samples.slice(0, 2 * e + 2).map((M) => M[r][c])));
      }
      expect(maxEntryDegree).toBe(2 * e);
      // an R × R minor nonzero at λ = 0 (R the rank there): its degree in λ is at most 2·e·R ≤ 2·e·s = D
      const M0 = samples[0];
      const colsKept: number[] = [];
      for (let c = 0; c < cols; c++) if (rank(F, M0.map((row) => [...colsKept, c].map((j) => row[j]))) > colsKept.length) colsKept.push(c);
      const rowsKept: number[] = [];
      for (let r = 0; r < rows; r++) if (rank(F, [...rowsKept, r].map((i) => colsKept.map((j) => M0[i][j]))) > rowsKept.length) rowsKept.push(r);
      const R = colsKept.length;
      const minor = samples.map((M) => detModP(rowsKept.map((i) => colsKept.map((j) => M[i][j]))));
      expect(degreeAlongLine(minor)).toBeGreaterThanOrEqual(0);
      expect(degreeAlongLine(minor)).toBeLessThanOrEqual(2 * e * R);
      expect(2 * e * R).toBeLessThanOrEqual(f.degree);
    }
  });
});

describe('sampleStabilizerFamilyModP', () => {
  it('draws every parameter of ψ̃ uniformly from [0, p), one draw per parameter (t_k, middle g_v, then c_1..c_N)', () => {
    const f = stabilizerFamily(arch, cyclePoint(orbits[0], new Rng(2), { C }));
    // t: dim{x0 C = C xN} = 1 + 4 − 2 = 3; middle g_1..g_4: 1 + 4 + 4 + 1 = 10; scalings: N = 5
    expect(f.parameterCount).toBe(18);
    for (const p of [101, P]) {
      const real = new Rng(3);
      const asked: [number, number][] = [];
      const recording = { int: (lo: number, hi: number) => (asked.push([lo, hi]), real.int(lo, hi)) } as unknown as Rng;
      const point = sampleStabilizerFamilyModP(f, p, recording);
      expect(asked).toEqual(new Array(18).fill([0, p - 1]));
      expect(point.flat(2).every((x) => Number.isInteger(x) && x >= 0 && x < p)).toBe(true);
    }
  });

  it('is linear in each layer scaling c_i (drawn after ψ\'s parameters): c_3 = 0 kills layer 3, c_3 = 5 gives 5 × (c_3 = 1)', () => {
    const f = stabilizerFamily(arch, cyclePoint(orbits[0], new Rng(2), { C }));
    const at = (c3: number): number[][][] => sampleStabilizerFamilyModP(f, P, scripted(Array.from({ length: 18 }, (_, k) => (k === 15 ? c3 : k + 2))).rng);
    expect(at(0)[2].flat().every((x) => x === 0)).toBe(true);
    const one = at(1);
    expect(one[2].flat().some((x) => x !== 0)).toBe(true);
    expect(at(5)).toEqual(one.map((W, i) => (i === 2 ? W.map((row) => row.map((x) => (5 * x) % P)) : W)));
  });
});

describe('stabilizerRankModP', () => {
  it('equals the rank over Q of dδ∘T_H at the exact base point on every maximal orbit of (1,1,2,2,1,2) (both generic), and exact samples stay in A_H', () => {
    const rng = new Rng(9);
    for (const orbit of orbits) {
      const base = cyclePoint(orbit, rng, { C });
      const f = stabilizerFamily(arch, base);
      const exact = rankOverQ(restrictedDeltaJacobian(QQ, base.point, stabilizerOrbitTangentBasis(QQ, base.point, C)));
      expect(stabilizerRankModP(f, P, rng).rank).toBe(exact);
      const W = sampleStabilizerFamilyExact(f, 3, rng);
      expect(inHessianVariety(QQ, W, base.X, base.Y).holds).toBe(true);
    }
  });
});
