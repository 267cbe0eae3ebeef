/**
 * δ is a conservation law of the gradient flow Ẇ = −∇L (Bah–Rauhut–
 * Terstiege–Westdickenberg 2019; MATH §2). Integrate the flow with the
 * project's adaptive solver (src/flow/dormandPrince.ts; the right-hand side
 * is the generic reference gradient of src/model over RR) and check that δ
 * drifts only at the level of the integrator's error while the loss
 * genuinely decreases.
 */
import { describe, expect, it } from 'vitest';
import { architecture } from '../../src/model/architecture';
import { deltaCoordinates, deltaMap } from '../../src/model/deltaMap';
import { loss } from '../../src/model/loss';
import { lossGradient } from '../../src/model/lossGradient';
import type { NetworkPoint } from '../../src/model/networkPoint';
import { RR } from '../../src/numeric/floatField';
import { dormandPrinceSteps } from '../../src/flow/dormandPrince';
import { DEFAULT_FLOW_SETTINGS } from '../../src/flow/followFlow';
import { randomFloatPoint, Rng } from '../support/network';

/** Integrates Ẇ = −∇L (reference gradient over RR) to time tEnd; calls `visit` with W after every accepted step. */
function integrate(W0: NetworkPoint<number>, X: number[][], Y: number[][], tEnd: number, visit: (W: number[][][]) => void): number[][][] {
  const shapes = W0.map((M) => [M.length, M[0].length] as const);
  const unflatten = (y: Float64Array): number[][][] => {
    let k = 0;
    return shapes.map(([r, c]) => Array.from({ length: r }, () => Array.from({ length: c }, () => y[k++])));
  };
  const rhs = (y: Float64Array, out: Float64Array): void => {
    lossGradient(RR, unflatten(y), X, Y).flatMap((G) => G.flat()).forEach((g, i) => (out[i] = -g));
  };
  let W = W0.map((M) => M.map((row) => [...row]));
  for (const step of dormandPrinceSteps(rhs, W0.flatMap((M) => M.flat()), { tEnd, rtol: DEFAULT_FLOW_SETTINGS.rtol, atol: DEFAULT_FLOW_SETTINGS.atol })) {
    W = unflatten(step.y);
    visit(W);
  }
  return W;
}

function norm(v: readonly number[]): number {
  return Math.sqrt(v.reduce((s, x) => s + x * x, 0));
}

const CASES: readonly { widths: number[]; seed: number }[] = [
  { widths: [2, 3, 2], seed: 4401 },
  { widths: [1, 2, 2, 1], seed: 4402 },
  { widths: [2, 2, 2, 2], seed: 4403 },
  { widths: [3, 2, 3], seed: 4404 },
];

describe('gradient flow: δ is conserved along Ẇ = −∇L', () => {
  for (const { widths, seed } of CASES) {
    it(`widths (${widths.join(',')}): δ drifts < 1e-8 (relative) over t ∈ [0, 0.6] (adaptive Dormand–Prince) while L decreases`, () => {
      const arch = architecture(widths);
      const rng = new Rng(seed);
      let W = randomFloatPoint(arch, rng, 0.7);
      const m = widths[0] + 2;
      const X = Array.from({ length: widths[0] }, () => Array.from({ length: m }, () => rng.normal() * 0.6));
      const Y = Array.from({ length: widths[widths.length - 1] }, () => Array.from({ length: m }, () => rng.normal() * 0.6));
      const delta0 = deltaCoordinates(RR, deltaMap(RR, W));
      const loss0 = loss(RR, W, X, Y);
      let maxDrift = 0;
      let previous = loss0;
      let monotone = true;
      W = integrate(W, X, Y, 0.6, (V) => {
        const d = deltaCoordinates(RR, deltaMap(RR, V));
        maxDrift = Math.max(maxDrift, norm(d.map((x, i) => x - delta0[i])));
        const l = loss(RR, V, X, Y);
        if (l > previous + 1e-12) monotone = false;
        previous = l;
      });
      const loss1 = loss(RR, W, X, Y);
      // non-vacuous: the weights moved and the loss went down substantially
      expect(loss1).toBeLessThan(0.9 * loss0);
      expect(monotone).toBe(true);
      expect(norm(delta0)).toBeGreaterThan(0.1);
      expect(maxDrift / norm(delta0)).toBeLessThan(1e-8);
    });
  }

  it('control: a non-gradient flow (Ẇ = −∇L with W_1’s update doubled) does not conserve δ, so the check above has teeth', () => {
    const arch = architecture([2, 3, 2]);
    const rng = new Rng(4409);
    let W = randomFloatPoint(arch, rng, 0.7);
    const X = Array.from({ length: 2 }, () => Array.from({ length: 4 }, () => rng.normal() * 0.6));
    const Y = Array.from({ length: 2 }, () => Array.from({ length: 4 }, () => rng.normal() * 0.6));
    const delta0 = deltaCoordinates(RR, deltaMap(RR, W));
    const h = 2e-3;
    for (let step = 0; step < 100; step++) {
      const G = lossGradient(RR, W, X, Y);
      W = W.map((M, i) => M.map((row, r) => row.map((v, c) => v - h * (i === 0 ? 2 : 1) * G[i][r][c])));
    }
    const d = deltaCoordinates(RR, deltaMap(RR, W));
    expect(norm(d.map((x, i) => x - delta0[i])) / norm(delta0)).toBeGreaterThan(1e-4);
  });
});
