import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matEq, matMul, matTranspose } from '../../src/algebra/matrix';
import { DEFAULT_PRIMES } from '../../src/algebra/primeField';
import { rankModP } from '../../src/algebra/rankModP';
import { rankOverQ } from '../../src/algebra/rankOverQ';
import { QQ } from '../../src/algebra/rationalField';
import { restrictedDeltaJacobian } from '../../src/dimension/restrictedDeltaJacobian';
import { architecture, deltaCodomainDimension, gaugeDimension } from '../../src/model/architecture';
import { deltaJacobian } from '../../src/model/deltaJacobian';
import { flattenPoint } from '../../src/model/networkPoint';
import { maximalDecompositions } from '../../src/quiver/degenerationOrder';
import { enumerateDecompositions } from '../../src/quiver/enumerateDecompositions';
import { dimensionVector, intervalDecomposition, type IntervalDecomposition, orbitDimension } from '../../src/quiver/intervalDecomposition';
import { normalForm } from '../../src/quiver/normalForm';
import { orbitPoint } from '../../src/quiver/orbitPoint';
import { orbitTangentBasis } from '../../src/quiver/orbitTangent';
import { arbSeed, Rng } from '../support/network';

const P = DEFAULT_PRIMES[0];

const arbDecomposition: fc.Arbitrary<IntervalDecomposition> = fc
  .integer({ min: 2, max: 4 })
  .chain((N) =>
    fc
      .array(
        fc.tuple(fc.integer({ min: 0, max: N }), fc.integer({ min: 0, max: N })).map(([a, b]) => [Math.min(a, b), Math.max(a, b)]),
        { maxLength: 6 },
      )
      .map((ivs) => {
        const covered = new Array<boolean>(N + 1).fill(false);
        for (const [s, t] of ivs) for (let v = s; v <= t; v++) covered[v] = true;
        return intervalDecomposition(N, [...ivs, ...covered.flatMap((c, v) => (c ? [] : [[v, v]]))]);
      }),
  );

describe('restrictedDeltaJacobian = dδ_W ∘ T_W', () => {
  it('equals deltaJacobian times the matrix of flattened orbit tangent vectors; its rank is ≤ orbit dimension and ≤ rank dδ_W', () => {
    fc.assert(
      fc.property(arbDecomposition, arbSeed, (dec, seed) => {
        const { point } = orbitPoint(dec, new Rng(seed));
        const R = restrictedDeltaJacobian(QQ, point);
        const d = dimensionVector(dec);
        const arch = architecture(d);
        expect(R.length).toBe(deltaCodomainDimension(arch));
        R.forEach((row) => expect(row.length).toBe(gaugeDimension(arch)));
        const J = deltaJacobian(QQ, point);
        const T = matTranspose(orbitTangentBasis(QQ, point).map((t) => flattenPoint(t)));
        expect(matEq(QQ, R, matMul(QQ, J, T))).toBe(true);
        const r = rankOverQ(R);
        expect(r).toBeLessThanOrEqual(orbitDimension(dec));
        expect(r).toBeLessThanOrEqual(rankOverQ(J));
      }),
      { seed: 1201, numRuns: 80 },
    );
  });

  for (const [ws, generic] of [[[2, 2, 2], 3], [[2, 3, 2], 6], [[1, 3, 1], 5], [[2, 3, 3, 2], 12], [[3, 4, 5, 2], 25]] as const) {
    it(`on the generic (dense) orbit of (${ws.join(',')}) the rank is the generic rank ${generic} of dδ`, () => {
      const max = maximalDecompositions([...enumerateDecompositions(ws, [])]);
      expect(max.length).toBe(1);
      const { point } = orbitPoint(max[0], new Rng(1210 + generic), 50);
      expect(rankModP(restrictedDeltaJacobian(QQ, point), P).rank).toBe(generic);
    });
  }

  it('pins the documented example: one row (Sym(1)) and three columns (gl(1)³) for [0,2]', () => {
    const R = restrictedDeltaJacobian(QQ, normalForm(QQ, intervalDecomposition(2, [[0, 2]])));
    // W = (1, 1): ξ ↦ dΔ_1 = 2(ξ_2 − ξ_1) − 2(ξ_1 − ξ_0) = 2ξ_0 − 4ξ_1 + 2ξ_2
    expect(R.map((r) => r.map(QQ.toString))).toEqual([['2', '-4', '2']]);
  });
});
