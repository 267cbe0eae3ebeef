import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orbitFamily, type OrbitFamily } from '../../src/certify/orbitFamily';
import { polyEvaluate, polyMapCoefficients, polyPartial } from '../../src/algebra/polynomial';
import { polynomialRing } from '../../src/algebra/polynomialRing';
import { primeField } from '../../src/algebra/primeField';
import { rational } from '../../src/algebra/rational';
import { architecture } from '../../src/model/architecture';

const q = (M: number[][]) => M.map((r) => r.map((x) => rational(x)));
const P = 67108859;

/** The Jacobian of δ∘ψ mod p from the expanded polynomials: ∂_j Δ evaluated at g. */
function expandedJacobian(f: OrbitFamily, g: readonly number[]): number[][] {
  const F = primeField(P);
  const ring = polynomialRing(F, [...f.parameters]);
  return [...f.deltaPolynomials(1, f.arch.depth - 1).values()].map((D) =>
    f.parameters.map((_, j) => polyEvaluate(polyMapCoefficients(polyPartial(D, j), ring, (c) => F.fromRational(c)), [...g])),
  );
}

describe('OrbitFamily.jacobianModP: forward differentiation over F_p[ε]/(ε²)', () => {
  const families: [string, OrbitFamily][] = [
    ['G, widths (2, 2, 1, 2)', orbitFamily(architecture([2, 2, 1, 2]), [q([[1, 0], [2, -1]]), q([[0, 3]]), q([[1], [-2]])], 'G')],
    ['stabilizer of C = (1, 0)ᵀ, widths (2, 2, 1)', orbitFamily(architecture([2, 2, 1]), [q([[0, -1], [0, 0]]), q([[0, 2]])], 'stabilizer', q([[1], [0]]))],
  ];
  for (const [name, f] of families) {
    it(`${name}: equals the partial derivatives of the expanded δ∘ψ at random points`, () => {
      fc.assert(
        fc.property(fc.array(fc.integer({ min: 0, max: P - 1 }), { minLength: f.parameters.length, maxLength: f.parameters.length }), (g) => {
          expect(f.jacobianModP(P, g)).toEqual(expandedJacobian(f, g));
        }),
        { numRuns: 20, seed: 7 },
      );
    });
  }

  it('pins one value: widths (1, 1, 1), W = (2, 3): adj of a 1×1 matrix is 1, so Δ_1 = (3 g2)² − (2 g1)², gradient (0, −8 g1, 18 g2)', () => {
    const f = orbitFamily(architecture([1, 1, 1]), [q([[2]]), q([[3]])], 'G');
    expect(f.jacobianModP(P, [1, 5, 2])).toEqual([[0, P - 40, 36]]);
  });
});
