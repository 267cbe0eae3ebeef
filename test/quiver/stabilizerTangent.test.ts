/**
 * The stabiliser H of C = X Yᵀ in G = Π GL(d_v) and its orbit tangents:
 * the Lie-algebra basis satisfies ξ_0 C = C ξ_N and has Σ d_v² − d_0 d_N
 * independent elements; the H-orbit dimension at a random point with a
 * prescribed C equals Σ d_v² − dim End(M) − d_0 d_N (M the string module;
 * dim Hom between strings counted independently); and along every tangent
 * vector the cycle products B_k C A_j move as ξ_{k−1} P − P ξ_j (C fixed).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Matrix, matAdd, matEq, matFromStrings, matMul, matSub, matZeros } from '../../src/algebra/matrix';
import { rankOverQ } from '../../src/algebra/rankOverQ';
import { rational, type Rational } from '../../src/algebra/rational';
import { QQ } from '../../src/algebra/rationalField';
import { orbitTangent } from '../../src/quiver/orbitTangent';
import { cyclePoint } from '../../src/quiver/cyclePoint';
import { cycleDimensionVector, type CycleStringDecomposition } from '../../src/quiver/cycleString';
import { enumerateCycleStrings } from '../../src/quiver/enumerateCycleStrings';
import { stabilizerLieAlgebraBasis, stabilizerOrbitTangentBasis } from '../../src/quiver/stabilizerTangent';
import { arbSeed, randomRationalMatrix, Rng } from '../support/network';

/** dim Hom(U, V) for strings U = (a, L1), V = (b, L2): tops of U may go to positions q of V at vertex a with q ≥ L2 − L1. */
function homDimension(n: number, U: { start: number; length: number }, V: { start: number; length: number }): number {
  let count = 0;
  for (let q = Math.max(0, V.length - U.length); q < V.length; q++) if ((V.start + q) % n === U.start % n) count++;
  return count;
}

function endDimension(dec: CycleStringDecomposition): number {
  const n = dec.depth + 1;
  let e = 0;
  for (const U of dec.strings) for (const V of dec.strings) e += homDimension(n, U, V);
  return e;
}

/** The arrows of the cycle: [W_1, …, W_N, C]; product of `len` arrows from vertex `from`. */
function cyclePath(arrows: readonly Matrix<Rational>[], from: number, len: number): Matrix<Rational> {
  const n = arrows.length;
  const dim = arrows[from][0].length;
  let P: Matrix<Rational> = Array.from({ length: dim }, (_, i) => Array.from({ length: dim }, (_, j) => (i === j ? QQ.one : QQ.zero)));
  for (let t = 0; t < len; t++) P = matMul(QQ, arrows[(from + t) % n], P);
  return P;
}

function flatten(t: readonly Matrix<Rational>[]): Rational[] {
  return t.flatMap((M) => M.flatMap((row) => [...row]));
}

const arbWidths = fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 3, maxLength: 5 });

describe('stabilizerLieAlgebraBasis', () => {
  it('spans {ξ : ξ_0 C = C ξ_N}: each element satisfies it, they are independent, and there are Σ d_v² − d_0 d_N of them for full-rank C', () => {
    fc.assert(
      fc.property(arbWidths, arbSeed, (ws, seed) => {
        const rng = new Rng(seed);
        const N = ws.length - 1;
        let C: Rational[][];
        do C = randomRationalMatrix(rng, ws[0], ws[N]);
        while (rankOverQ(C) !== Math.min(ws[0], ws[N]));
        const basis = stabilizerLieAlgebraBasis(QQ, ws, C);
        for (const xi of basis) expect(matEq(QQ, matMul(QQ, xi[0], C), matMul(QQ, C, xi[N]))).toBe(true);
        expect(basis.length).toBe(ws.reduce((s, d) => s + d * d, 0) - ws[0] * ws[N]);
        expect(rankOverQ(basis.map(flatten))).toBe(basis.length);
      }),
      { seed: 4201, numRuns: 60 },
    );
  });

  it('for C = 0 it is all of gl: Σ d_v² elements; and it refuses wrong shapes', () => {
    expect(stabilizerLieAlgebraBasis(QQ, [2, 1, 3], matZeros(QQ, 2, 3)).length).toBe(4 + 1 + 9);
    expect(() => stabilizerLieAlgebraBasis(QQ, [2, 1, 3], matZeros(QQ, 3, 2))).toThrow(/^stabilizerLieAlgebraBasis: C/);
    expect(() => stabilizerLieAlgebraBasis(QQ, [2], matZeros(QQ, 2, 2))).toThrow(/^stabilizerLieAlgebraBasis: widths/);
    expect(() => stabilizerOrbitTangentBasis(QQ, [], matFromStrings(QQ, [['1']]))).toThrow(/^stabilizerOrbitTangentBasis: point/);
  });
});

describe('stabilizerOrbitTangentBasis at random points with a prescribed C', () => {
  it('has rank Σ d_v² − dim End(M) − d_0 d_N (the H-orbit dimension), for every full-rank-C string orbit of small profiles', () => {
    const rng = new Rng(4202);
    let checked = 0;
    for (const ws of [[1, 2, 1], [2, 2, 2], [1, 2, 2], [2, 1, 2], [2, 2, 1], [1, 2, 2, 2], [2, 1, 1, 2], [2, 2, 2, 2]]) {
      const d2 = ws.reduce((s, d) => s + d * d, 0);
      for (const dec of enumerateCycleStrings(ws)) {
        const { point, C } = cyclePoint(dec, rng);
        const tangents = stabilizerOrbitTangentBasis(QQ, point, C);
        expect(rankOverQ(tangents.map(flatten)), `${ws} ${JSON.stringify(dec.strings)}`).toBe(d2 - endDimension(dec) - ws[0] * ws[ws.length - 1]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('moves every cycle product B_k C A_j (and every W-path) as ξ_{k−1} P − P ξ_j: C stays fixed to first order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 2 }), { minLength: 3, maxLength: 5 }), arbSeed, (ws, seed) => {
        const rng = new Rng(seed);
        const N = ws.length - 1;
        const all = [...enumerateCycleStrings(ws)];
        const dec = all[rng.int(0, all.length - 1)];
        expect(cycleDimensionVector(dec)).toEqual(ws);
        const { point, C } = cyclePoint(dec, rng);
        const basis = stabilizerLieAlgebraBasis(QQ, ws, C);
        // a random element ξ of h and its tangent V = T_W(ξ)
        const coeff = basis.map(() => rational(rng.int(-4, 4)));
        const xi = ws.map((d, v) => basis.reduce<Matrix<Rational>>((acc, b, t) => matAdd(QQ, acc, b[v].map((row) => row.map((x) => QQ.mul(coeff[t], x)))), matZeros(QQ, d, d)));
        const V = orbitTangent(QQ, point, xi);
        const arrows = [...point, C];
        const n = N + 1;
        for (let from = 0; from <= N; from++) {
          for (let len = 1; len <= n + 1; len++) {
            // product rule: Σ_t (arrows after t) · V_t · (arrows before t), with V = 0 on the C arrow
            let dP: Matrix<Rational> = matZeros(QQ, ws[(from + len) % n], ws[from]);
            for (let t = 0; t < len; t++) {
              const v = (from + t) % n;
              if (v === N) continue;
              const before = cyclePath(arrows, from, t);
              const after = cyclePath(arrows, (v + 1) % n, len - t - 1);
              dP = matAdd(QQ, dP, matMul(QQ, after, matMul(QQ, V[v], before)));
            }
            const P = cyclePath(arrows, from, len);
            const expected = matSub(QQ, matMul(QQ, xi[(from + len) % n], P), matMul(QQ, P, xi[from]));
            expect(matEq(QQ, dP, expected)).toBe(true);
          }
        }
      }),
      { seed: 4203, numRuns: 40 },
    );
  });
});
