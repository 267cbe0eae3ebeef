/**
 * The known theorems about critical points of deep linear networks, as
 * fast-check properties over random architectures (d_i ≤ 3, depth ≤ 4) with
 * the default data. Shared by the quick run (test/critical) and the
 * ≥ 200-architecture run (test/oracle).
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { ratEq } from '../../src/algebra/rational';
import { QQ } from '../../src/algebra/rationalField';
import { classifyPoint } from '../../src/critical/classifyPoint';
import { criticalPoints } from '../../src/critical/criticalPoints';
import { defaultLandscapeData } from '../../src/critical/landscapeData';
import { loss } from '../../src/model/loss';

export const architectures = fc.integer({ min: 2, max: 4 }).chain((N) => fc.array(fc.integer({ min: 1, max: 3 }), { minLength: N + 1, maxLength: N + 1 }));

export function landscapeTheorems(widths: number[]): void {
  const N = widths.length - 1;
  const cp = criticalPoints(widths);
  const data = defaultLandscapeData(widths);
  for (const c of cp.classes) {
    const where = `widths ${widths.join(',')}, S = {${c.indexSet.join(',')}}, ranks ${c.ranks.join(',')}`;
    // every representative is critical, at its exact critical value tr Σ_YY − Σ_S λ
    expect(c.kind, where).not.toBe('not-critical');
    expect(ratEq(loss(QQ, c.representative, data.X, data.Y), c.value), where).toBe(true);
    // nothing is left undetermined, and no local minimum is spurious:
    // a positive semidefinite Hessian is either a global minimum or comes with an exact descent line
    expect(c.kind, where).not.toBe('undetermined');
    if (c.inertia[1] === 0) expect(['global-minimum', 'non-strict-saddle'], where).toContain(c.kind);
    if (c.kind === 'global-minimum') expect(ratEq(c.value, cp.globalMinimum), where).toBe(true);
    else expect(QQ.sub(c.value, cp.globalMinimum).num > 0n, where).toBe(true);
    // Baldi–Hornik: for depth 2 every saddle is strict
    if (N === 2 && c.kind !== 'global-minimum') expect(c.kind, where).toBe('strict-saddle');
    // Kawaguchi (d_N ≤ d_0, Σ with d_N distinct eigenvalues — true of the default data):
    // a saddle with rank(W_{N−1} ⋯ W_1) = min_{1≤l≤N−1} d_l is strict
    if (widths[N] <= widths[0] && c.kind !== 'global-minimum' && c.ranks[N - 2] === Math.min(...widths.slice(1, N))) {
      expect(c.kind, where).toBe('strict-saddle');
    }
    // a non-strict saddle's descent line has order ≥ 3 (order 2 would be negative curvature)
    if (c.kind === 'non-strict-saddle') expect(c.descentOrder as number, where).toBeGreaterThanOrEqual(3);
  }
  // the kinds found include a global minimum
  expect(cp.classes.some((c) => c.kind === 'global-minimum')).toBe(true);
  // W = 0 is a non-strict saddle for N ≥ 3 (its Hessian vanishes), a strict saddle for N = 2
  const zero = widths.slice(1).map((r, k) => Array.from({ length: r }, () => new Array(widths[k]).fill(QQ.zero)));
  const z = classifyPoint(widths, data, zero);
  expect(z.kind).toBe(N >= 3 ? 'non-strict-saddle' : 'strict-saddle');
  if (N >= 3) expect(z.hessianVanishes).toBe(true);
}
