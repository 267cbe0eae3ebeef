import { describe, expect, it } from 'vitest';
import { budgetExceeded, budgetReason, spend, workBudget } from '../../src/certify/workBudget';
import { relationHolds } from '../../src/certify/imageRelations';
import { polyMul, polySub, polyVariable } from '../../src/algebra/polynomial';
import { polynomialRing } from '../../src/algebra/polynomialRing';
import { QQ } from '../../src/algebra/rationalField';
import type { Rng } from '../../src/random';

describe('workBudget', () => {
  it('is exceeded exactly when the charges pass the limit', () => {
    const b = workBudget(10);
    expect(spend(b, 10)).toBe(true);
    expect(budgetExceeded(b)).toBe(false);
    expect(spend(b, 1)).toBe(false);
    expect(budgetExceeded(b)).toBe(true);
    expect(budgetReason(b)).toBe('work budget of 10 term products exceeded');
  });
});

describe('relationHolds with a work budget', () => {
  // (s, t) ↦ (s², s t, t²): the quadric y0 y2 = y1²
  const R = polynomialRing(QQ, ['s', 't']);
  const [s, t] = [polyVariable(R, 's'), polyVariable(R, 't')];
  const exact = new Map([['a', polyMul(s, s)], ['b', polyMul(s, t)], ['c', polyMul(t, t)]]);
  const map = { coordinates: ['a', 'b', 'c'], sample: (_p: number, _r: Rng) => new Map<string, number>(), exact: () => exact };
  const Y = polynomialRing(QQ, ['y0', 'y1', 'y2']);
  const [y0, y1, y2] = ['y0', 'y1', 'y2'].map((v) => polyVariable(Y, v));
  const F = polySub(polyMul(y0, y2), polyMul(y1, y1)); // y0 y2 − y1² vanishes on the image

  it('proves the relation within a sufficient budget, charging the same count every time', () => {
    const a = workBudget(1000);
    const b = workBudget(1000);
    expect(relationHolds(map, F, a)).toBe(true);
    expect(relationHolds(map, F, b)).toBe(true);
    expect(a.used).toBeGreaterThan(0);
    expect(a.used).toBe(b.used);
  });
  it('a budget one short of the need gives up (false, budget exceeded) instead of proving', () => {
    const need = workBudget(1000);
    relationHolds(map, F, need);
    const short = workBudget(need.used - 1);
    expect(relationHolds(map, F, short)).toBe(false);
    expect(budgetExceeded(short)).toBe(true);
    const enough = workBudget(need.used);
    expect(relationHolds(map, F, enough)).toBe(true);
    expect(budgetExceeded(enough)).toBe(false);
  });
});
