import { describe, expect, it } from 'vitest';
import { certifyOrbit } from '../../src/certify/certifyOrbit';
import { orbitFamily } from '../../src/certify/orbitFamily';
import { matMul, matTranspose } from '../../src/algebra/matrix';
import { QQ } from '../../src/algebra/rationalField';
import { uniformArchitecture } from '../../src/model/architecture';
import { genericData } from '../../src/model/genericData';
import { cyclePoint } from '../../src/quiver/cyclePoint';
import { Rng, streamSeed } from '../../src/random';
import { dataDependentOrbits } from '../../src/verify/dataDependentComponents';

// width 2, depth 4: the maximal data-dependent orbit (as verify --certify --seed 1 builds it) needs a proved relation — kernel fields stop short
const arch = uniformArchitecture(4, 2);
const { X, Y } = genericData(arch, new Rng(streamSeed(1, 'data-dependent', 0)));
const C = matMul(QQ, X, matTranspose(Y));
const at = cyclePoint(dataDependentOrbits(arch, C, { maximal: true }).maximal[0], new Rng(streamSeed(1, 'upper-bound-stabilizer-point', 0)), { C });
const family = orbitFamily(arch, at.point, 'stabilizer', at.C);
const seed = streamSeed(1, 'upper-bound-stabilizer-relations', 0);

describe('certifyOrbit work budget', () => {
  it('proves the component exactly within the default budget, with a reproducible term-product count', () => {
    const a = certifyOrbit(family, { seed });
    const b = certifyOrbit(family, { seed });
    expect(a.exact).toBe(true);
    expect(a.relations.length).toBeGreaterThan(0);
    expect(a.termProducts).toBeGreaterThan(0);
    expect(b.termProducts).toBe(a.termProducts);
  });
  it('a tiny budget, not the clock, stops the proof: not exact, and the reason names the budget', () => {
    const c = certifyOrbit(family, { seed, maxTermProducts: 0 });
    expect(c.exact).toBe(false);
    expect(c.relations).toEqual([]);
    expect(c.reason).toMatch(/^work budget of 0 term products exceeded at window \[\d+, \d+\], degree \d+; /);
    expect(c.reason).not.toMatch(/time/);
    expect(certifyOrbit(family, { seed, maxTermProducts: 0 }).reason).toBe(c.reason);
  });
});

describe('certifyOrbit windows: each Hilbert function belongs to the coordinates it was interpolated on', () => {
  it('window [2, 2]: three one-coordinate circuits (constant Δ_2 entries) give its 3 relations, so the window itself is not interpolated', () => {
    const c = certifyOrbit(family, { seed });
    expect(c.windows.map((w) => [w.window, w.deficiency, w.hilbert, w.relations])).toEqual([
      [[1, 1], 1, [1, 4, 9], 1],
      [[2, 2], 3, [], 3],
    ]);
    // the last relation comes from the rank-one layers W_1, W_4 (an eigenvalue relation on Δ_1, Δ_3): window [3, 3] is never searched
    expect(c.eigenvalueRelations.map((r) => [r.a, r.b, r.sign, r.left, r.right])).toEqual([[1, 3, 1, [1, 'column'], [4, 'row']]]);
    expect(c.windows[1].circuits).toEqual([
      { coordinates: ['2,0,0'], hilbert: [1, 1], relations: 1 },
      { coordinates: ['2,0,1'], hilbert: [1, 1], relations: 1 },
      { coordinates: ['2,1,1'], hilbert: [1, 1], relations: 1 },
    ]);
    expect(c.windows.reduce((s, w) => s + w.relations, 0)).toBe(c.relations.length);
  });
});
