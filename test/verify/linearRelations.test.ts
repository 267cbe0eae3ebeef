/**
 * findLinearRelations: candidates ℓ (common left kernel of dδ ∘ T at sampled
 * points of a component). The trace lemma is found; the talk's N = 4 "other
 * case" has no linear relation (its dimension drop is nonlinear); the depth-16
 * witness orbit has none (restricted rank 45 = codomain).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matAdd, matIdentity, matScale, matTrace, type Matrix } from '../../src/algebra/matrix';
import { rankOverQ } from '../../src/algebra/rankOverQ';
import { rational, type Rational, ratToString } from '../../src/algebra/rational';
import { QQ } from '../../src/algebra/rationalField';
import { restrictedDeltaJacobian } from '../../src/dimension/restrictedDeltaJacobian';
import { ArgumentError } from '../../src/errors';
import { architecture, deltaCodomainDimension, uniformArchitecture } from '../../src/model/architecture';
import { deltaMap } from '../../src/model/deltaMap';
import { dimensionVector, intervalDecomposition, type IntervalDecomposition } from '../../src/quiver/intervalDecomposition';
import { orbitPoint } from '../../src/quiver/orbitPoint';
import { integerEchelonBasis } from '../../src/algebra/integerEchelonBasis';
import { findLinearRelations } from '../../src/verify/linearRelations';
import { arbArchitecture, arbSeed, Rng } from '../support/network';
import { expectedRelations, traceRelation, zeroLayerSampler } from './support/relationFamily';

const orbitSampler = (dec: IntervalDecomposition, bound = 1000) => (rng: Rng): Matrix<Rational>[] => orbitPoint(dec, rng, bound).point;
const text = (rows: Rational[][]): string[] => rows.map((r) => r.map(ratToString).join(' '));

function annihilates(ell: readonly Rational[], J: readonly (readonly Rational[])[]): boolean {
  return (J[0] ?? []).every((_, c) => QQ.isZero(J.reduce((s, row, r) => QQ.add(s, QQ.mul(ell[r], row[c])), QQ.zero)));
}

/** The talk's N = 4 "other case" components, widths 2 (rank-1 layers meeting in a zero product). */
const OTHER_CASES: readonly { name: string; windows: number[][]; dec: IntervalDecomposition }[] = [
  { name: 'W_4 = W_3 W_2 = 0', windows: [[4, 4], [2, 3]], dec: intervalDecomposition(4, [[0, 1], [0, 2], [2, 3], [3, 3], [4, 4], [4, 4]]) },
  { name: 'W_3 = W_2 W_1 = 0', windows: [[3, 3], [1, 2]], dec: intervalDecomposition(4, [[0, 0], [0, 1], [1, 2], [2, 2], [3, 4], [3, 4]]) },
  { name: 'W_4 W_3 = W_2 = 0', windows: [[3, 4], [2, 2]], dec: intervalDecomposition(4, [[0, 1], [0, 1], [2, 2], [2, 3], [3, 4], [4, 4]]) },
  { name: 'W_3 W_2 = W_1 = 0', windows: [[2, 3], [1, 1]], dec: intervalDecomposition(4, [[0, 0], [0, 0], [1, 1], [1, 2], [2, 4], [3, 4]]) },
];

describe('findLinearRelations', () => {
  it('finds exactly the trace relation on the depth-4 width-2 component W_1 = W_4 = 0, W_3 W_2 = 0', () => {
    const arch = uniformArchitecture(4, 2);
    const dec = intervalDecomposition(4, [[0, 0], [0, 0], [1, 1], [1, 2], [2, 3], [3, 3], [4, 4], [4, 4]]);
    const rels = findLinearRelations(arch, orbitSampler(dec), { seed: 1 });
    expect(text(rels)).toEqual(['1 0 1 1 0 1 1 0 1']); // tr Δ_1 + tr Δ_2 + tr Δ_3
    expect(text(rels)).toEqual(text(integerEchelonBasis([traceRelation(arch, 1, 4)], 9)));
  });

  it('uniform width 1: W_i = W_j = 0 gives exactly Σ_{k=j}^{i-1} Δ_k (or Δ_j itself when i = j + 1)', () => {
    for (let N = 2; N <= 6; N++) {
      const arch = uniformArchitecture(N, 1);
      for (let j = 1; j <= N; j++) {
        for (let i = j + 1; i <= N; i++) {
          const rels = findLinearRelations(arch, zeroLayerSampler(arch, [i, j]), { seed: 10 * N + i });
          expect(text(rels), `N=${N} i=${i} j=${j}`).toEqual(text(integerEchelonBasis([traceRelation(arch, j, i)], N - 1)));
        }
      }
    }
  });

  it('agrees with the closed form of all relations on {W_z = 0, z in Z} (the trace-lemma family), and each ℓ annihilates dδ∘T at fresh points', () => {
    const arbCase = arbArchitecture(2, 5, 3).chain((arch) =>
      fc.subarray(Array.from({ length: arch.depth }, (_, i) => i + 1)).map((zero) => ({ arch, zero })),
    );
    fc.assert(
      fc.property(arbCase, arbSeed, ({ arch, zero }, seed) => {
        const sample = zeroLayerSampler(arch, zero, 50);
        const rels = findLinearRelations(arch, sample, { seed, points: 2 });
        expect(text(rels)).toEqual(text(expectedRelations(arch, zero)));
        if (zero.length < 2) expect(rels).toEqual([]);
        const fresh = new Rng((seed + 1) >>> 0);
        for (let t = 0; t < 2; t++) {
          const J = restrictedDeltaJacobian(QQ, sample(fresh));
          for (const ell of rels) expect(annihilates(ell, J)).toBe(true);
        }
      }),
      { seed: 4401, numRuns: 60 },
    );
  });

  it('every returned ℓ annihilates the restricted Jacobian at fresh orbit points (random orbits)', () => {
    const arbOrbit = fc.integer({ min: 2, max: 4 }).chain((N) =>
      fc
        .array(fc.tuple(fc.integer({ min: 0, max: N }), fc.integer({ min: 0, max: N })).map(([a, b]) => [Math.min(a, b), Math.max(a, b)]), { maxLength: 6 })
        .map((ivs) => {
          const cover = Array.from({ length: N + 1 }, (_, v) => [v, v]);
          return intervalDecomposition(N, [...ivs, ...cover.filter(([v]) => !ivs.some(([s, t]) => s <= v && v <= t))]);
        }),
    );
    let withRelations = 0;
    fc.assert(
      fc.property(arbOrbit, arbSeed, (dec, seed) => {
        const sample = orbitSampler(dec, 20);
        const arch = architecture(dimensionVector(dec));
        const rels = findLinearRelations(arch, sample, { seed });
        if (rels.length > 0) withRelations++;
        const fresh = new Rng((seed ^ 0x5bd1e995) >>> 0);
        for (let t = 0; t < 3; t++) {
          const J = restrictedDeltaJacobian(QQ, sample(fresh));
          for (const ell of rels) expect(annihilates(ell, J)).toBe(true);
        }
        // ℓ∘δ vanishes on the orbit (homogeneity), not just its derivative
        const values = deltaCoordinatesOf(sample(fresh));
        for (const ell of rels) expect(QQ.isZero(ell.reduce((s, c, i) => QQ.add(s, QQ.mul(c, values[i])), QQ.zero))).toBe(true);
      }),
      { seed: 4402, numRuns: 50 },
    );
    expect(withRelations).toBeGreaterThan(10);
  });

  describe('the talk\'s N = 4 "other case" (widths 2): no linear relation; the drop is nonlinear', () => {
    for (const { name, dec } of OTHER_CASES) {
      it(`${name}: restricted rank < 9 = generic, but no common left kernel`, () => {
        const arch = uniformArchitecture(4, 2);
        const point = orbitPoint(dec, new Rng(5), 1000).point;
        const r = rankOverQ(restrictedDeltaJacobian(QQ, point));
        expect(r).toBeLessThan(deltaCodomainDimension(arch));
        expect(findLinearRelations(arch, orbitSampler(dec), { seed: 1 })).toEqual([]);
      });
    }

    it('W_4 = W_3 W_2 = 0: rank 7, cut out by the quadrics det Δ_3 = 0 and det(Δ_2 + tr(Δ_3) I) = 0 (Macaulay2 finds exactly these two)', () => {
      const { dec } = OTHER_CASES[0];
      const rng = new Rng(77);
      for (let t = 0; t < 5; t++) {
        const point = orbitPoint(dec, rng, 1000).point;
        expect(rankOverQ(restrictedDeltaJacobian(QQ, point))).toBe(7);
        const [, D2, D3] = deltaMap(QQ, point);
        const det = (M: Matrix<Rational>): Rational => QQ.sub(QQ.mul(M[0][0], M[1][1]), QQ.mul(M[0][1], M[1][0]));
        expect(QQ.isZero(det(D3))).toBe(true);
        expect(QQ.isZero(det(matAdd(QQ, D2, matScale(QQ, matTrace(QQ, D3), matIdentity(QQ, 2)))))).toBe(true);
      }
    });
  });

  it('depth 16, widths 2, the witness orbit: no relation (restricted rank 45 = codomain; fast path mod p)', () => {
    const dec = intervalDecomposition(16, [[0, 1], [0, 3], [2, 7], [4, 5], [6, 11], [8, 9], [10, 15], [12, 15], [16, 16], [16, 16]]);
    const start = Date.now();
    expect(findLinearRelations(uniformArchitecture(16, 2), orbitSampler(dec), { seed: 1 })).toEqual([]);
    expect(Date.now() - start).toBeLessThan(5000);
    expect(rankOverQ(restrictedDeltaJacobian(QQ, orbitPoint(dec, new Rng(3), 1000).point))).toBe(45);
  });

  it('depth 16, widths 2, W_1 = W_16 = 0 (generic otherwise): the full trace relation', () => {
    const arch = uniformArchitecture(16, 2);
    const dec = intervalDecomposition(16, [[0, 0], [0, 0], [1, 15], [1, 15], [16, 16], [16, 16]]);
    expect(text(findLinearRelations(arch, orbitSampler(dec), { seed: 2 }))).toEqual(text(integerEchelonBasis([traceRelation(arch, 1, 16)], 45)));
  });

  it('is reproducible from the seed and independent of the prime', () => {
    const arch = architecture([2, 3, 2, 2]);
    const sample = zeroLayerSampler(arch, [1, 3]);
    const a = findLinearRelations(arch, sample, { seed: 9 });
    expect(text(findLinearRelations(arch, sample, { seed: 9, prime: 32003 }))).toEqual(text(a));
    expect(text(findLinearRelations(arch, sample, { seed: 10, points: 5 }))).toEqual(text(a));
  });

  it('refuses misuse with ArgumentError naming findLinearRelations', () => {
    const arch = uniformArchitecture(3, 1);
    const sample = zeroLayerSampler(arch, [1, 3]);
    const bad: [string, () => unknown][] = [
      ['seed', () => findLinearRelations(arch, sample, { seed: -1 })],
      ['points', () => findLinearRelations(arch, sample, { points: 0 })],
      ['prime', () => findLinearRelations(arch, sample, { prime: 12 })],
      ['sampler', () => findLinearRelations(arch, 3 as unknown as () => Matrix<Rational>[])],
      ['shape', () => findLinearRelations(arch, () => [[[rational(1)]]])],
      ['entries', () => findLinearRelations(arch, () => [[[1]], [[2]], [[3]]] as unknown as Matrix<Rational>[])],
    ];
    for (const [name, f] of bad) {
      expect(f, name).toThrow(ArgumentError);
      expect(f, name).toThrow(/^findLinearRelations: /);
    }
  });
});

function deltaCoordinatesOf(point: readonly Matrix<Rational>[]): Rational[] {
  return deltaMap(QQ, point).flatMap((D) => D.flatMap((row, a) => row.slice(a)));
}
