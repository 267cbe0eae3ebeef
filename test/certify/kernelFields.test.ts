import { describe, expect, it } from 'vitest';
import { architecture, uniformArchitecture } from '../../src/model/architecture';
import { rational, type Rational } from '../../src/algebra/rational';
import { orbitFamily } from '../../src/certify/orbitFamily';
import { kernelFieldBound } from '../../src/certify/kernelFields';
import { primeField } from '../../src/algebra/primeField';
import { rank } from '../../src/algebra/rank';
import { restrictedDeltaJacobian } from '../../src/dimension/restrictedDeltaJacobian';
import { Rng } from '../../src/random';

const q = (x: number): Rational[][] => [[rational(x)]];

describe('kernelFieldBound', () => {
  it('widths (1,1,1,1), W = (0, 2, 0): delta o psi = (4 g2^2, -4 g2^2) has rank 1; the constant fields e_0, e_1, e_3 prove <= 4 - 3', () => {
    const k = kernelFieldBound(orbitFamily(architecture([1, 1, 1, 1]), [q(0), q(2), q(0)], 'G'), { seed: 1, target: 1 });
    expect([k.parameters.length, k.fields.length, k.upperBound, k.reason]).toEqual([4, 3, 1, '']);
    // every field is zero in the g2 direction, the only one that moves delta
    expect(k.fields.every((v) => v[2].length === 0)).toBe(true);
  });

  it('stops at the target and says why when it cannot reach it', () => {
    const fam = orbitFamily(architecture([1, 1, 1, 1]), [q(0), q(2), q(0)], 'G');
    expect(kernelFieldBound(fam, { seed: 1, target: 3 }).fields.length).toBe(1);
    // 4 parameters, one per vertex: the block ansatz (each entry linear in its own vertex's parameter) has 8 unknowns, the full one 20
    const blockOnly = kernelFieldBound(fam, { seed: 1, target: 0, maxUnknowns: 10 });
    expect([blockOnly.upperBound, blockOnly.reason]).toEqual([1, 'kernel fields of degree 1: 3 proved (each linear in its vertex\'s parameters), 4 needed; all of degree 1 need 20 unknowns > 10']);
    const tooSmall = kernelFieldBound(fam, { seed: 1, target: 0, maxUnknowns: 7 });
    expect([tooSmall.upperBound, tooSmall.reason]).toEqual([4, 'kernel fields of degree 1: 0 proved (each linear in its vertex\'s parameters), 4 needed; all of degree 1 need 20 unknowns > 7']);
  });

  it('width 2 depth 3, the dense orbit: the proved bound is never below the rank of d delta at a random point (degree-1 fields stop short there)', () => {
    const arch = uniformArchitecture(3, 2);
    const rng = new Rng(3);
    const W = arch.widths.slice(1).map((rows, i) => Array.from({ length: rows }, () => Array.from({ length: arch.widths[i] }, () => rational(rng.int(-4, 4)))));
    const fam = orbitFamily(arch, W, 'G');
    const k = kernelFieldBound(fam, { seed: 2 });
    const F = primeField(2147483647);
    const r = rank(F, restrictedDeltaJacobian(F, fam.sampleModP(2147483647, rng)));
    expect(k.upperBound).toBeGreaterThanOrEqual(r);
    expect([k.upperBound, r]).toEqual([k.parameters.length - k.fields.length, 6]);
  });
});
