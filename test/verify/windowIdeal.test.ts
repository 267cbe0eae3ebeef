import { describe, expect, it } from 'vitest';
import { polyToString } from '../../src/algebra/polynomialFormat';
import { architecture } from '../../src/model/architecture';
import { symbolicDelta } from '../../src/model/symbolicNetwork';
import { windowIdeal } from '../../src/verify/windowIdeal';

describe('windowIdeal', () => {
  it('lists zero-layer variables once, two-layer products once, counts longer windows', () => {
    const I = windowIdeal(architecture([2, 1, 2, 1]), [[2, 2], [2, 2], [1, 2], [1, 2], [2, 3], [1, 3]]);
    expect(I.linear.map((g) => polyToString(g.polynomial, 'plain'))).toEqual(['w2_1_1', 'w2_2_1']);
    expect(I.linear.map((g) => g.entry)).toEqual([[1, 1], [2, 1]]);
    expect(I.zeroVariables).toEqual([2, 3]);
    expect(I.quadratic.map((g) => [g.window, g.entry])).toEqual([
      [[1, 2], [1, 1]], [[1, 2], [1, 2]], [[1, 2], [2, 1]], [[1, 2], [2, 2]], [[2, 3], [1, 1]],
    ]);
    expect(I.higher).toBe(1);
  });

  it('residue drops exactly the monomials containing a zero variable', () => {
    const arch = architecture([1, 1, 1, 1]);
    const I = windowIdeal(arch, [[1, 1], [3, 3]]);
    const [D1, D2] = symbolicDelta(I.net);
    expect(polyToString(I.residue(D1[0][0]), 'plain')).toBe('w2_1_1^2');
    expect(polyToString(I.residue(D2[0][0]), 'plain')).toBe('-w2_1_1^2');
  });

  it('refuses bad windows with ArgumentError naming the caller', () => {
    const arch = architecture([1, 1, 1]);
    expect(() => windowIdeal(arch, [[1, 3]])).toThrow(/^windowIdeal: windows\[0\]/);
    expect(() => windowIdeal(arch, [[1.5, 2]], 'myCaller')).toThrow(/^myCaller: windows\[0\]/);
    expect(() => windowIdeal(arch, 'x' as unknown as number[][])).toThrow(/^windowIdeal: windows/);
  });
});
