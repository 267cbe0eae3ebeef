import { describe, expect, it } from 'vitest';
import { rank } from '../../src/algebra/rank';
import { rational } from '../../src/algebra/rational';
import { RR } from '../../src/numeric/floatField';

describe('RR', () => {
  it('is the inexact field of doubles', () => {
    expect(RR).toMatchObject({ name: 'RR', characteristic: 0, exact: false, zero: 0, one: 1 });
    expect(RR.div(RR.fromInt(3), RR.fromInt(4))).toBe(0.75);
    expect(RR.fromInt(2n ** 60n)).toBe(2 ** 60);
    expect(RR.isZero(RR.sub(0.3, RR.add(0.1, 0.2)))).toBe(false); // only exact zeros are zero
    expect(RR.div(1, 0)).toBe(Infinity); // IEEE, no exception
  });

  it('fromRational rounds correctly, even with huge parts', () => {
    expect(RR.fromRational(rational(1, 3))).toBe(1 / 3);
    expect(RR.fromRational(rational(-(10n ** 400n), 3n * 10n ** 399n))).toBe(-10 / 3);
    expect(RR.fromRational(rational(2n ** 53n + 1n))).toBe(2 ** 53); // tie → even
    expect(RR.fromRational(rational(2n ** 53n + 3n))).toBe(2 ** 53 + 4); // tie → even
    // just above the tie: only a sticky bit carries the information
    expect(RR.fromRational(rational((2n ** 53n + 1n) * 2n ** 100n + 1n, 2n ** 100n))).toBe(2 ** 53 + 2);
    expect(RR.fromRational(rational(1n, 10n ** 300n))).toBe(1e-300);
    expect(RR.fromRational(rational(10n ** 400n))).toBe(Infinity);
  });

  it('is refused by exact elimination', () => {
    expect(() => rank(RR, [[1]])).toThrow(/exact field/);
  });
});
