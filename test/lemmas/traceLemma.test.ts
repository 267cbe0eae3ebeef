/**
 * The talk's trace lemma (MATH §3.3): if W_i = W_j = 0 (i > j) then
 *   Σ_{k=j}^{i-1} tr Δ_k = tr(W_iᵀW_i) − tr(W_jW_jᵀ) = 0,
 * a linear relation on δ of the subspace {W_i = W_j = 0}, which is not a
 * relation on the whole image; so the image dimension drops.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leftKernel } from '../../src/algebra/leftKernel';
import { matTrace } from '../../src/algebra/matrix';
import { DEFAULT_PRIMES } from '../../src/algebra/primeField';
import { rankModP } from '../../src/algebra/rankModP';
import { rankOverQ } from '../../src/algebra/rankOverQ';
import type { Rational } from '../../src/algebra/rational';
import { QQ } from '../../src/algebra/rationalField';
import { type Architecture, architecture, layerOffset } from '../../src/model/architecture';
import { deltaJacobian } from '../../src/model/deltaJacobian';
import { deltaCoordinates, deltaMap } from '../../src/model/deltaMap';
import { arbArchitecture, arbSeed, randomIntegerMatrix, randomPoint, Rng } from '../support/network';

const P = DEFAULT_PRIMES[0];

/** The trace relation ℓ on δ's coordinates: 1 on the diagonal entries of Δ_j, …, Δ_{i-1}. */
function traceRelation(arch: Architecture, i: number, j: number): Rational[] {
  const out: Rational[] = [];
  for (let k = 1; k < arch.depth; k++) {
    const d = arch.widths[k];
    for (let a = 0; a < d; a++) for (let b = a; b < d; b++) out.push(a === b && k >= j && k <= i - 1 ? QQ.one : QQ.zero);
  }
  return out;
}

/** Column indices of the parameters not in W_i or W_j. */
function remainingColumns(arch: Architecture, i: number, j: number): number[] {
  const cols: number[] = [];
  for (let layer = 1; layer <= arch.depth; layer++) {
    if (layer === i || layer === j) continue;
    const size = arch.widths[layer] * arch.widths[layer - 1];
    for (let c = 0; c < size; c++) cols.push(layerOffset(arch, layer) + c);
  }
  return cols;
}

function zeroLayers(point: Rational[][][], layers: readonly number[]): Rational[][][] {
  return point.map((W, idx) => (layers.includes(idx + 1) ? W.map((row) => row.map(() => QQ.zero)) : W));
}

function dot(u: readonly Rational[], v: readonly Rational[]): Rational {
  return u.reduce((s, x, t) => QQ.add(s, QQ.mul(x, v[t])), QQ.zero);
}

/** Architectures with depth 2–5, widths 1–3, and a pair j < i of layers. */
const arbCase = arbArchitecture(2, 5, 3).chain((arch) =>
  fc
    .tuple(fc.integer({ min: 1, max: arch.depth }), fc.integer({ min: 1, max: arch.depth }))
    .filter(([a, b]) => a !== b)
    .map(([a, b]) => ({ arch, i: Math.max(a, b), j: Math.min(a, b) })),
);

describe('trace lemma', () => {
  it('W_i = W_j = 0 ⇒ Σ_{k=j}^{i-1} tr Δ_k = 0 exactly; at a random point it equals ‖W_i‖² − ‖W_j‖² (not a relation of the full image)', () => {
    fc.assert(
      fc.property(arbCase, arbSeed, ({ arch, i, j }, seed) => {
        const rng = new Rng(seed);
        const point = randomPoint(arch, rng);
        const sumTr = (p: Rational[][][]): Rational =>
          deltaMap(QQ, p).slice(j - 1, i - 1).reduce((s, D) => QQ.add(s, matTrace(QQ, D)), QQ.zero);
        const frob = (W: Rational[][]): Rational => W.flat().reduce((s, x) => QQ.add(s, QQ.mul(x, x)), QQ.zero);
        expect(QQ.eq(sumTr(point), QQ.sub(frob(point[i - 1]), frob(point[j - 1])))).toBe(true);
        expect(QQ.isZero(sumTr(zeroLayers(point, [i, j])))).toBe(true);
        // the same, through the linear functional ℓ on δ's coordinates
        const ell = traceRelation(arch, i, j);
        expect(QQ.isZero(dot(ell, deltaCoordinates(QQ, deltaMap(QQ, zeroLayers(point, [i, j])))))).toBe(true);
      }),
      { seed: 8801, numRuns: 150 },
    );
  });

  it('ℓ is in the left kernel of dδ restricted to {W_i = W_j = 0}, but not of the full dδ; the restricted rank is strictly below the generic rank', () => {
    fc.assert(
      fc.property(arbCase, arbSeed, ({ arch, i, j }, seed) => {
        const rng = new Rng(seed);
        // generic rank (certified lower bound mod p at a large random integer point)
        const generic = arch.widths.slice(1).map((d, t) => randomIntegerMatrix(rng, d, arch.widths[t], 1_000_000));
        const Jfull = deltaJacobian(QQ, generic);
        const genericRank = rankModP(Jfull, P).rank;
        const ell = traceRelation(arch, i, j);
        if (ell.some((x) => !QQ.isZero(x))) {
          // ℓ·dδ ≠ 0 at a generic point: ℓ is not a relation of the whole image
          const ellJ = Jfull[0].map((_, c) => dot(ell, Jfull.map((row) => row[c])));
          expect(ellJ.some((x) => !QQ.isZero(x))).toBe(true);
        }
        const point = zeroLayers(randomPoint(arch, rng), [i, j]);
        const cols = remainingColumns(arch, i, j);
        const J = deltaJacobian(QQ, point).map((row) => cols.map((c) => row[c]));
        const restrictedRank = rankOverQ(J);
        expect(rankModP(J, P).rank).toBe(restrictedRank);
        if (ell.length > 0) {
          expect(restrictedRank).toBeLessThan(genericRank);
          // ℓ·J = 0, and ℓ lies in the span of the computed left-kernel basis
          expect(J[0]?.every((_, c) => QQ.isZero(dot(ell, J.map((row) => row[c])))) ?? true).toBe(true);
          const K = leftKernel(QQ, J);
          expect(K.length).toBe(J.length - restrictedRank);
          expect(rankOverQ([...K, ell])).toBe(rankOverQ(K));
        }
      }),
      { seed: 8802, numRuns: 120 },
    );
  });

  for (const [ws, i, j] of [[[2, 2, 2, 2], 3, 1], [[2, 3, 3, 2], 2, 1], [[3, 4, 5, 2], 3, 1], [[2, 2, 2, 2, 2], 4, 2], [[1, 3, 1], 2, 1]] as const) {
    it(`widths (${ws.join(',')}), W_${i} = W_${j} = 0: restricted rank < generic rank, exactly`, () => {
      const arch = architecture(ws);
      const rng = new Rng(8810 + i * 10 + j);
      const genericRank = rankOverQ(deltaJacobian(QQ, randomPoint(arch, rng)));
      const cols = remainingColumns(arch, i, j);
      const J = deltaJacobian(QQ, zeroLayers(randomPoint(arch, rng), [i, j])).map((row) => cols.map((c) => row[c]));
      const r = rankOverQ(J);
      expect(r).toBeLessThan(genericRank);
      const K = leftKernel(QQ, J);
      expect(rankOverQ([...K, traceRelation(arch, i, j)])).toBe(K.length);
    });
  }
});
