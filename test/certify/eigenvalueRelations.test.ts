import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eigenLayers, eigenvalueRelation, eigenvalueRelationGradient, eigenvalueRelationsAt, eigenvalueRelationText } from '../../src/certify/eigenvalueRelations';
import { checkEigenvalueAt } from '../support/eigenvalueCheck';
import { matMul, type Matrix } from '../../src/algebra/matrix';
import { inverseOverQ } from '../../src/algebra/inverseOverQ';
import { rankOverQ } from '../../src/algebra/rankOverQ';
import { parseRational, rational, ratAdd, ratMul, ratSub, RAT_ZERO, type Rational } from '../../src/algebra/rational';
import { QQ } from '../../src/algebra/rationalField';
import { uniformArchitecture } from '../../src/model/architecture';
import { verifyArchitecture } from '../../src/verify/verifyArchitecture';
import { componentTasks } from '../../src/verify/componentCertification';

const q = (rows: number[][]): Rational[][] => rows.map((r) => r.map((x) => rational(x)));
const widthsOf = (W: readonly Matrix<Rational>[]): number[] => [W[0][0].length, ...W.map((M) => M.length)];

/** det K(δ(W)) = 0 ⟺ K singular: K built here from the relation's definition, independently of both modules. */
function singular(rel: ReturnType<typeof eigenvalueRelation>, W: readonly Matrix<Rational>[]): boolean {
  const d = widthsOf(W);
  const delta = (i: number): Rational[][] => Array.from({ length: d[i] }, (_, r) => Array.from({ length: d[i] }, (__, c) => {
    let x = RAT_ZERO;
    for (let k = 0; k < d[i + 1]; k++) x = ratAdd(x, ratMul(W[i][k][r], W[i][k][c]));
    for (let k = 0; k < d[i - 1]; k++) x = ratSub(x, ratMul(W[i - 1][r][k], W[i - 1][c][k]));
    return x;
  }));
  const [A, B] = [delta(rel.a), delta(rel.b)];
  let s = RAT_ZERO;
  for (const [c, k] of rel.shift) { const D = delta(k); for (let r = 0; r < d[k]; r++) s = ratAdd(s, ratMul(parseRational(c), D[r][r])); }
  const [da, db] = [d[rel.a], d[rel.b]];
  const K: Rational[][] = [];
  for (let r = 0; r < da; r++) for (let c = 0; c < db; c++) {
    const row: Rational[] = [];
    for (let r2 = 0; r2 < da; r2++) for (let c2 = 0; c2 < db; c2++) {
      let x = c === c2 ? A[r][r2] : RAT_ZERO;
      if (r === r2) x = rel.sign === 1 ? ratAdd(x, B[c][c2]) : ratSub(x, B[c][c2]);
      row.push(r === r2 && c === c2 ? ratSub(x, s) : x);
    }
    K.push(row);
  }
  return rankOverQ(K) < da * db;
}

// widths (2,2,2,2,2), W⁰ = (x uᵀ, P, y vᵀ, P'): W_1 and W_3 rank one, W_2 W_1 = 0, W_4 W_3 = 0
const base = [q([[1, 2], [0, 0]]), q([[0, 3], [0, 1]]), q([[2, 1], [0, 0]]), q([[0, 1], [0, 2]])];

describe('eigenvalue relations from rank-one layers', () => {
  it('finds the eigen-layers and the relation of two of them (a pinned example)', () => {
    expect(eigenLayers(base).map((e) => `${e.layer}${e.side[0]}`)).toEqual(['1c', '2r', '3c', '4r']); // (1c, 2r) at one vertex of width 2 gives F ≡ 0 (zero gradient): not kept
    const rels = eigenvalueRelationsAt(base);
    expect(rels.map((r) => eigenvalueRelationText(r.relation))).toEqual(['det(Delta_1 (x) I - I (x) Delta_3 - (tr Delta_1 + tr Delta_2) I) = 0']);
    expect(singular(rels[0].relation, base)).toBe(true);
  });

  it('law: F vanishes on the whole G-orbit (W_i ↦ g_i W_i g_{i−1}⁻¹ at random integer g), and not at a generic point', () => {
    const rel = eigenvalueRelation({ layer: 1, side: 'column' }, { layer: 3, side: 'column' });
    const gl = fc.array(fc.integer({ min: -4, max: 4 }), { minLength: 4, maxLength: 4 })
      .map((e) => q([[e[0], e[1]], [e[2], e[3]]]))
      .filter((g) => rankOverQ(g) === 2);
    fc.assert(fc.property(fc.array(gl, { minLength: 5, maxLength: 5 }), (g) => {
      const W = base.map((M, i) => matMul(QQ, matMul(QQ, g[i + 1], M), inverseOverQ(g[i])!));
      return singular(rel, W);
    }), { seed: 1, numRuns: 40 });
    expect(singular(rel, [q([[1, 2], [3, 5]]), q([[2, 0], [1, 1]]), q([[1, -1], [2, 3]]), q([[0, 1], [4, 1]])])).toBe(false);
  });

  it('the prover\'s gradient (null vectors) is parallel to the checker\'s (cofactors) on every width 3 depth 5 component that has relations', () => {
    const arch = uniformArchitecture(5, 3);
    const tasks = componentTasks(arch, verifyArchitecture(arch, { seed: 1 }), 1, {});
    let compared = 0;
    for (const t of tasks.slice(0, 40)) {
      const W = t.point.map((M) => M.map((r) => r.map((x) => parseRational(x))));
      for (const { relation, gradient } of eigenvalueRelationsAt(W)) {
        const checked = checkEigenvalueAt('r', relation, W);
        expect(checked.ok).toBe(true);
        expect(rankOverQ([gradient, checked.gradient])).toBe(1);
        expect(gradient).toEqual(eigenvalueRelationGradient(relation, W, arch.widths));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(10);
  });
});
