import { describe, expect, it } from 'vitest';
import { ArgumentError } from '../../src/errors';
import { primeField } from '../../src/algebra/primeField';
import { QQ } from '../../src/algebra/rationalField';
import { polynomialRing, sameRing } from '../../src/algebra/polynomialRing';

describe('polynomialRing', () => {
  it('keeps the field and the variables in order', () => {
    const R = polynomialRing(QQ, ['x', 'y', 'w3_1_2', 'Z9']);
    expect(R.field).toBe(QQ);
    expect(R.variables).toEqual(['x', 'y', 'w3_1_2', 'Z9']);
    expect(polynomialRing(primeField(32003), []).variables).toEqual([]);
  });

  it('copies and freezes the variable list', () => {
    const names = ['a', 'b'];
    const R = polynomialRing(QQ, names);
    names.push('c');
    expect(R.variables).toEqual(['a', 'b']);
    expect(Object.isFrozen(R.variables)).toBe(true);
    expect(Object.isFrozen(R)).toBe(true);
  });

  it.each([
    ['', 'variables[0]'],
    ['1x', 'variables[0]'],
    ['_x', 'variables[0]'],
    ['x-y', 'variables[0]'],
    ['x y', 'variables[0]'],
    ['xé', 'variables[0]'],
  ])('refuses the name %j', (name, where) => {
    expect(() => polynomialRing(QQ, [name])).toThrow(ArgumentError);
    expect(() => polynomialRing(QQ, [name])).toThrow(new RegExp(`^polynomialRing: ${where.replace(/[[\]]/g, '\\$&')} = `));
  });

  it('refuses duplicates, non-strings and non-arrays', () => {
    expect(() => polynomialRing(QQ, ['x', 'y', 'x'])).toThrow(/^polynomialRing: variables\[2\] = "x" .*not used by another variable/);
    expect(() => polynomialRing(QQ, ['x', 3 as unknown as string])).toThrow(/^polynomialRing: variables\[1\] = 3/);
    expect(() => polynomialRing(QQ, 'xy' as unknown as string[])).toThrow(/^polynomialRing: variables = "xy"/);
  });
});

describe('sameRing', () => {
  it('compares field identity and variable names in order', () => {
    const R = polynomialRing(QQ, ['x', 'y']);
    expect(sameRing(R, R)).toBe(true);
    expect(sameRing(R, polynomialRing(QQ, ['x', 'y']))).toBe(true);
    expect(sameRing(R, polynomialRing(QQ, ['y', 'x']))).toBe(false);
    expect(sameRing(R, polynomialRing(QQ, ['x']))).toBe(false);
    expect(sameRing(R, polynomialRing(primeField(7), ['x', 'y']))).toBe(false);
    expect(sameRing(polynomialRing(primeField(7), []), polynomialRing(primeField(7), []))).toBe(true);
    expect(sameRing(polynomialRing(primeField(7), []), polynomialRing(primeField(11), []))).toBe(false);
  });
});
