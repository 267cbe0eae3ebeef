import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { imageRelations, monomialCount, gradedMonomials, relationHolds } from '../../src/certify/imageRelations';
import { kernelModP } from '../../src/certify/modularKernel';
import { rationalReconstruction } from '../../src/certify/rationalReconstruction';
import { polyAdd, polyIsZero, polyMul, polyPow, polyScale, polySub, polySubstitute, polyVariable, polyZero } from '../../src/algebra/polynomial';
import { polyToString } from '../../src/algebra/polynomialFormat';
import { polynomialRing } from '../../src/algebra/polynomialRing';
import { rational, ratToString } from '../../src/algebra/rational';
import { QQ } from '../../src/algebra/rationalField';
import { Rng } from '../../src/random';

const p = 67108859;

describe('rational reconstruction', () => {
  it('recovers every a/b with |a|, b <= 5000 from one prime', () => {
    fc.assert(fc.property(fc.integer({ min: -5000, max: 5000 }), fc.integer({ min: 1, max: 5000 }), (a, b) => {
      const P = BigInt(p);
      const inv = (x: bigint): bigint => { let [r0, r1, t0, t1] = [P, x, 0n, 1n]; while (r1) { const q = r0 / r1; [r0, r1] = [r1, r0 - q * r1]; [t0, t1] = [t1, t0 - q * t1]; } return ((t0 % P) + P) % P; };
      const x = (((BigInt(a) * inv(BigInt(b))) % P) + P) % P;
      expect(ratToString(rationalReconstruction([x], [P])!)).toBe(ratToString(rational(a, b)));
    }), { seed: 7018 });
  });
});

describe('kernelModP', () => {
  it('returns canonical kernel vectors A v = 0', () => {
    const A = [[1, 2, 3, 4], [2, 4, 7, 9]];
    const ker = kernelModP(A, 4, p);
    expect(ker.map((k) => k.free)).toEqual([1, 3]);
    for (const { vector } of ker) for (const row of A) expect(row.reduce((s, a, j) => (s + a * vector[j]) % p, 0)).toBe(0);
  });
});

describe('imageRelations', () => {
  it('counts monomials', () => {
    expect(gradedMonomials(3, 2).exps.length).toBe(monomialCount(3, 2));
    expect(monomialCount(9, 4)).toBe(715);
  });
  it('finds and proves the twisted cubic\'s three quadrics; affine Hilbert function 1, 5, 12', () => {
    const R = polynomialRing(QQ, ['s', 't']);
    const [s, t] = [polyVariable(R, 's'), polyVariable(R, 't')];
    const s2 = polyMul(s, s);
    const exact = new Map([['a', polyMul(s2, s)], ['b', polyMul(s2, t)], ['c', polyMul(polyMul(s, t), t)], ['d', polyMul(polyMul(t, t), t)]]);
    const sample = (q: number, rng: Rng): Map<string, number> => {
      const [x, y] = [rng.int(0, q - 1), rng.int(0, q - 1)];
      const m = (u: number, v: number): number => Number((BigInt(u) * BigInt(v)) % BigInt(q));
      return new Map([['a', m(m(x, x), x)], ['b', m(m(x, x), y)], ['c', m(m(x, y), y)], ['d', m(m(y, y), y)]]);
    };
    const map = { coordinates: ['a', 'b', 'c', 'd'], sample, exact: () => exact };
    const r = imageRelations(map, 2, new Rng(3));
    expect(r.hilbert).toEqual([1, 5, 12]);
    expect(r.candidates.length).toBe(3);
    expect(r.candidates.every((F) => relationHolds(map, F))).toBe(true);
    expect(polyToString(r.candidates[0], 'plain')).toMatch(/y/);
  });
});

describe('relationHolds (Horner in the coordinates)', () => {
  it('law: F∘images is zero exactly when direct substitution gives zero (F built to vanish, or perturbed)', () => {
    // images of the twisted cubic (s³, s²t, st², t³): every F = Σ c_k Q_k·m_k with Q_k its quadrics vanishes; adding a monomial breaks it
    const R = polynomialRing(QQ, ['s', 't']);
    const [s, t] = [polyVariable(R, 's'), polyVariable(R, 't')];
    const images = [polyMul(polyMul(s, s), s), polyMul(polyMul(s, s), t), polyMul(polyMul(s, t), t), polyMul(polyMul(t, t), t)];
    const exact = new Map(['a', 'b', 'c', 'd'].map((k, j) => [k, images[j]]));
    const map = { coordinates: ['a', 'b', 'c', 'd'], sample: () => new Map<string, number>(), exact: () => exact };
    const Y = polynomialRing(QQ, ['a', 'b', 'c', 'd']);
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((x) => polyVariable(Y, x));
    const quadrics = [polySub(polyMul(a, c), polyMul(b, b)), polySub(polyMul(b, d), polyMul(c, c)), polySub(polyMul(a, d), polyMul(b, c))];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: -3, max: 3 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 2 })), { minLength: 1, maxLength: 5 }), fc.boolean(), (parts, perturb) => {
        let F = polyZero(Y);
        for (const [k, coef, v, e] of parts) F = polyAdd(F, polyScale(rational(coef), polyMul(quadrics[k], polyPow([a, b, c, d][v], e))));
        if (perturb) F = polyAdd(F, polyMul(a, d));
        const direct = polySubstitute(F, images, R);
        expect(relationHolds(map, F)).toBe(polyIsZero(direct));
        if (!perturb) expect(relationHolds(map, F)).toBe(true);
      }),
      { seed: 7019, numRuns: 60 },
    );
  });
});
