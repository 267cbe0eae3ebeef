import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { polyMatEvaluate } from '../../src/algebra/polynomialMatrix';
import { rational, type Rational } from '../../src/algebra/rational';
import { QQ } from '../../src/algebra/rationalField';
import { primeField } from '../../src/algebra/primeField';
import { architecture } from '../../src/model/architecture';
import { deltaMap } from '../../src/model/deltaMap';
import { layerProduct } from '../../src/model/layerProduct';
import { symbolicDelta, symbolicNetwork, symbolicProduct } from '../../src/model/symbolicNetwork';

const archAndPoint = fc
  .array(fc.integer({ min: 1, max: 3 }), { minLength: 3, maxLength: 5 })
  .chain((widths) =>
    fc.tuple(
      fc.constant(widths),
      fc.tuple(...widths.slice(1).map((d, i) => fc.array(fc.array(fc.tuple(fc.integer({ min: -9, max: 9 }), fc.integer({ min: 1, max: 5 })), { minLength: widths[i], maxLength: widths[i] }), { minLength: d, maxLength: d }))),
    ),
  );

describe('symbolicNetwork', () => {
  it('symbolic δ evaluated at a point equals deltaMap there (exact, Q)', () => {
    fc.assert(
      fc.property(archAndPoint, ([widths, raw]) => {
        const net = symbolicNetwork(QQ, architecture(widths));
        const point = raw.map((W) => W.map((row) => row.map(([n, d]) => rational(n, d))));
        const values: Rational[] = point.flatMap((W) => W.flat());
        const symbolic = symbolicDelta(net).map((D) => polyMatEvaluate(D, values));
        expect(symbolic).toEqual(deltaMap(QQ, point));
      }),
      { seed: 21, numRuns: 60 },
    );
  });

  it('symbolic products evaluate to layerProduct, including the empty product', () => {
    fc.assert(
      fc.property(archAndPoint, fc.nat(), fc.nat(), ([widths, raw], x, y) => {
        const N = widths.length - 1;
        const a = 1 + (x % N);
        const b = a - 1 + (y % (N - a + 2));
        const net = symbolicNetwork(QQ, architecture(widths));
        const point = raw.map((W) => W.map((row) => row.map(([n, d]) => rational(n, d))));
        expect(polyMatEvaluate(symbolicProduct(net, a, b), point.flatMap((W) => W.flat()))).toEqual(layerProduct(QQ, point, a, b));
      }),
      { seed: 22, numRuns: 60 },
    );
  });

  it('names variables w{i}_{r}_{c} and works over F_p', () => {
    const net = symbolicNetwork(primeField(32003), architecture([2, 1, 2]));
    expect(net.ring.variables).toEqual(['w1_1_1', 'w1_1_2', 'w2_1_1', 'w2_2_1']);
    expect(() => symbolicProduct(net, 3, 1)).toThrow(/^symbolicProduct: b = 1/);
  });
});
