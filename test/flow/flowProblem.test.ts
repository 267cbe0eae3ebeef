/** The flat float kernel agrees with the generic reference implementations of src/model over RR. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { architecture } from '../../src/model/architecture';
import { deltaCoordinates, deltaMap } from '../../src/model/deltaMap';
import { loss } from '../../src/model/loss';
import { lossGradient } from '../../src/model/lossGradient';
import { RR } from '../../src/numeric/floatField';
import { flowDelta, flowGradient, flowLoss, flowProblem, thetaToPoint } from '../../src/flow/flowProblem';
import { randomInitialPoint } from '../../src/flow/initialPoint';
import { Rng } from '../../src/random';

const widthsArb = fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 3, maxLength: 6 });

describe('flowProblem kernel = src/model reference (RR)', () => {
  it('loss, gradient and δ agree to 1e-12 relative for random widths, data and points', () => {
    fc.assert(
      fc.property(widthsArb, fc.integer({ min: 0, max: 2 ** 31 }), (widths, seed) => {
        const rng = new Rng(seed);
        const m = widths[0] + 1;
        const X = Array.from({ length: widths[0] }, () => Array.from({ length: m }, () => rng.normal()));
        const Y = Array.from({ length: widths[widths.length - 1] }, () => Array.from({ length: m }, () => rng.normal()));
        const p = flowProblem(widths, X, Y);
        const theta = randomInitialPoint(widths, rng, 0.8);
        const W = thetaToPoint(p, theta);
        architecture(widths); // the widths are a valid architecture
        const L = loss(RR, W, X, Y);
        expect(Math.abs(flowLoss(p, theta) - L)).toBeLessThan(1e-12 * Math.max(1, L) * 10);
        const G = lossGradient(RR, W, X, Y).flatMap((M) => M.flat());
        const g = [...flowGradient(p, theta)];
        const scale = Math.max(1, ...G.map(Math.abs));
        g.forEach((v, i) => expect(Math.abs(v - G[i])).toBeLessThan(1e-12 * scale * 10));
        const D = deltaCoordinates(RR, deltaMap(RR, W));
        const d = [...flowDelta(p, theta)];
        expect(d.length).toBe(D.length);
        d.forEach((v, i) => expect(Math.abs(v - D[i])).toBeLessThan(1e-12 * Math.max(1, Math.abs(D[i]))));
      }),
      { seed: 7020, numRuns: 60 },
    );
  });

  it('refuses data of the wrong size with one line', () => {
    expect(() => flowProblem([2, 2, 2], [[1]], [[1]])).toThrow(/flowProblem: data = .* out of range \(allowed: X of size 2 x m and Y of size 2 x m\)/);
    expect(() => flowProblem([2, 2], [[1, 0], [0, 1]], [[1, 0], [0, 1]])).toThrow(/widths/);
  });
});
