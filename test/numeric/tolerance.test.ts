import { describe, expect, it } from 'vitest';
import { ArgumentError } from '../../src/errors';
import { resolveTolerances, TOLERANCES, type Tolerances } from '../../src/numeric/tolerance';

describe('TOLERANCES', () => {
  it('has the documented defaults', () => {
    expect(TOLERANCES.rankRelative).toBe(2.220446049250313e-16);
    expect(TOLERANCES.rankRelative).toBe(Number.EPSILON);
    expect(TOLERANCES.minGapRatio).toBe(1e6);
    expect(Object.keys(TOLERANCES).sort()).toEqual(['minGapRatio', 'rankRelative']);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(TOLERANCES)).toBe(true);
    expect(() => {
      (TOLERANCES as { rankRelative: number }).rankRelative = 1;
    }).toThrow(TypeError);
  });
});

describe('resolveTolerances', () => {
  it('returns the defaults without overrides', () => {
    expect(resolveTolerances()).toBe(TOLERANCES);
    expect(resolveTolerances({})).toEqual(TOLERANCES);
    expect(resolveTolerances({ minGapRatio: undefined })).toEqual(TOLERANCES);
  });

  it('applies valid overrides and leaves the defaults alone', () => {
    const t = resolveTolerances({ minGapRatio: 1e8 });
    expect(t).toEqual({ rankRelative: 2.220446049250313e-16, minGapRatio: 1e8 });
    expect(Object.isFrozen(t)).toBe(true);
    expect(resolveTolerances({ rankRelative: 1e-10, minGapRatio: 2 })).toEqual({ rankRelative: 1e-10, minGapRatio: 2 });
    expect(TOLERANCES.minGapRatio).toBe(1e6);
  });

  it('refuses values that are not positive finite numbers', () => {
    for (const bad of [0, -1, -0, Number.NaN, Infinity, -Infinity, '1e-10', null, true, 1n]) {
      expect(() => resolveTolerances({ rankRelative: bad as unknown as number }), String(bad)).toThrow(ArgumentError);
      expect(() => resolveTolerances({ minGapRatio: bad as unknown as number }), String(bad)).toThrow(ArgumentError);
    }
    expect(() => resolveTolerances({ minGapRatio: -5 })).toThrow('resolveTolerances: minGapRatio = -5 is out of range (allowed: a positive finite number)');
  });

  it('refuses unknown keys and non-objects', () => {
    expect(() => resolveTolerances({ rankRelativ: 1e-10 } as unknown as Partial<Tolerances>)).toThrow(/key = "rankRelativ"/);
    for (const bad of [null, 5, 'x', [1e-10]]) {
      expect(() => resolveTolerances(bad as unknown as Partial<Tolerances>), String(bad)).toThrow(ArgumentError);
    }
  });
});
