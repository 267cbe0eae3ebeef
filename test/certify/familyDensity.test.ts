import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { certifyOrbit } from '../../src/certify/certifyOrbit';
import { familyDensity, scaledOrbitDimension } from '../../src/certify/familyDensity';
import { orbitFamily } from '../../src/certify/orbitFamily';
import { rational } from '../../src/algebra/rational';
import { architecture } from '../../src/model/architecture';

const q = (M: number[][]) => M.map((r) => r.map((x) => rational(x)));

// widths (2, 2, 1), C = (1, 0)ᵀ: g_0 C = C g_2 ties g_0's first column to the scalar g_2, so
// ψ = (g_1 W_1 adj(g_0), g_2 W_2 adj(g_1)) misses one layer-scaling direction of T×H·W
const thin = { widths: [2, 2, 1], W: [q([[0, -1], [0, 0]]), q([[0, 2]])], C: q([[1], [0]]) };

describe('familyDensity: rank dψ(g⁰) = dim T_W(T×H·W), exactly over Q', () => {
  it('is not dense on the crafted family: rank 2 < 3, although a relation holds on ψ', () => {
    const f = orbitFamily(architecture(thin.widths), thin.W, 'stabilizer', thin.C);
    const d = familyDensity(f);
    expect([d.dense, d.familyRank, d.orbitDimension]).toEqual([false, 2, 3]);
  });

  it('the prover then claims no bound below m: the H-orbit alone already has dim cl δ = 3 = m', () => {
    const c = certifyOrbit(orbitFamily(architecture(thin.widths), thin.W, 'stabilizer', thin.C), { seed: 1 });
    // δ∘ψ has rank 2 and a degree-2 relation holds on ψ: any bound proved on ψ alone would be 2 < 3
    expect([c.lowerBound, c.upperBound, c.relations.length, c.kernelFields.fields.length, c.density?.dense]).toEqual([3, 3, 0, 0, false]);
  });

  it('is dense on a family whose ranks agree, and the prover then proves its bound', () => {
    const f = orbitFamily(architecture([1, 2, 1]), [q([[1], [2]]), q([[3, -1]])], 'stabilizer', q([[2]]));
    const d = familyDensity(f);
    expect([d.dense, d.familyRank]).toEqual([true, d.orbitDimension]);
    expect(certifyOrbit(f, { seed: 1 }).density?.dense).toBe(true);
  });

  it('dim T×H·W: 0 at W = 0; at the crafted point, the scalings add 1 to the H-orbit', () => {
    expect(scaledOrbitDimension([q([[0, 0], [0, 0]]), q([[0, 0]])], thin.C)).toBe(0);
    expect(scaledOrbitDimension(thin.W, thin.C)).toBe(3);
  });

  it('law: rank dψ(g⁰) never exceeds dim T×H·W (image ψ ⊂ T×H·W)', () => {
    const entry = fc.integer({ min: -2, max: 2 }).map((x) => rational(x));
    const layer = (r: number, c: number) => fc.array(fc.array(entry, { minLength: c, maxLength: c }), { minLength: r, maxLength: r });
    fc.assert(
      fc.property(layer(2, 2), layer(1, 2), layer(2, 1), (W1, W2, C) => {
        if (C.every((row) => row[0].num === 0n)) return;
        const d = familyDensity(orbitFamily(architecture([2, 2, 1]), [W1, W2], 'stabilizer', C), { attempts: 2 });
        expect(d.familyRank).toBeLessThanOrEqual(d.orbitDimension);
      }),
      { seed: 7, numRuns: 25 },
    );
  });
});
