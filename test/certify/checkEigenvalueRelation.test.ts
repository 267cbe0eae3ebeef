import { describe, expect, it } from 'vitest';
import { eigenvalueRelationsAt } from '../../src/certify/eigenvalueRelations';
import { rational, type Rational } from '../../src/algebra/rational';
import { checkEigenvalueAt } from '../support/eigenvalueCheck';

const q = (rows: number[][]): Rational[][] => rows.map((r) => r.map((x) => rational(x)));
// widths (2,2,2,2,2), W = (x uᵀ, P, y vᵀ, P'): W_1 and W_3 rank one, W_2 W_1 = 0, W_4 W_3 = 0
const base = [q([[1, 2], [0, 0]]), q([[0, 3], [0, 1]]), q([[2, 1], [0, 0]]), q([[0, 1], [0, 2]])];

describe('the checker\'s half (checkEigenvalueRelation)', () => {
  const ok = eigenvalueRelationsAt(base)[0].relation;
  const check = (x: unknown) => checkEigenvalueAt('e', x, base);

  it('accepts the prover\'s relation with a nonzero gradient', () => {
    const r = check(ok);
    expect(r.ok).toBe(true);
    expect(r.gradient.some((x) => x.num !== 0n)).toBe(true);
  });

  it('rejects a changed shift or sign, a layer at the wrong vertex or side, and a layer of rank 2', () => {
    expect(check({ ...ok, shift: [['1', 1]] }).detail).toMatch(/NOT proved: the shift is not/);
    expect(check({ ...ok, sign: 1 }).detail).toMatch(/NOT proved: the shift is not/);
    expect(check({ ...ok, b: 2 }).detail).toMatch(/right layer 3 \(column\) sits at vertex 3, not 2/);
    expect(check({ ...ok, right: [3, 'row'] }).ok).toBe(false);
    expect(check({ ...ok, left: [2, 'column'], a: 2 }).detail).toMatch(/W_2 does not have rank 1|W_3 W_2 != 0/);
  });

  it('refuses unknown and missing fields and malformed numbers with the path', () => {
    expect(() => check({ ...ok, extra: 1 })).toThrow('e: unknown field "extra"');
    const { shift: _s, ...noShift } = ok;
    expect(() => check(noShift)).toThrow('e: missing field "shift"');
    expect(() => check({ ...ok, shift: [['1/0', 1]] })).toThrow(/e.shift\[0\]: malformed rational/);
    expect(() => check({ ...ok, a: 0 })).toThrow(/e.a: expected an integer in \[1, 3\]/);
    expect(() => check({ ...ok, left: [1, 'diagonal'] })).toThrow(/e.left: expected \[layer, "column" \| "row"\]/);
  });
});
