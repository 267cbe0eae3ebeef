import { readFileSync } from 'fs';
import { describe, expect, it } from 'vitest';
import { checkLandscapeEvidence } from '../../src/critical/checkLandscapeEvidence';

const FILES = {
  'zero-2-2-2-2': 'non-strict-saddle',
  'non-strict-saddle-2-2-2-2': 'non-strict-saddle',
  'strict-saddle-2-1-2': 'strict-saddle',
  'global-minimum-2-1-2': 'global-minimum',
} as const;

const read = (name: string): Record<string, unknown> => JSON.parse(readFileSync(`proofs/landscape/${name}.evidence.json`, 'utf8'));

/** Every string leaf (a rational) with a setter, so one entry can be changed. */
function leaves(o: unknown, path: string[] = []): { path: string; set: (v: unknown) => void; value: unknown }[] {
  if (Array.isArray(o) || (typeof o === 'object' && o !== null)) {
    return Object.entries(o as Record<string, unknown>).flatMap(([k, v]) => {
      if (typeof v === 'string' && k !== 'kind' && k !== 'classification' && k !== 'reason' && k !== 'method') {
        return [{ path: [...path, k].join('.'), value: v, set: (x: unknown) => ((o as Record<string, unknown>)[k] = x) }];
      }
      return leaves(v, [...path, k]);
    });
  }
  return [];
}

describe('landscape evidence in proofs/landscape', () => {
  for (const [name, kind] of Object.entries(FILES)) {
    it(`${name}: accepted as a ${kind}`, () => {
      const ev = read(name);
      expect(ev.classification).toBe(kind);
      const r = checkLandscapeEvidence(ev);
      expect(r.checks.filter((c) => !c.ok)).toEqual([]);
      expect(r.ok).toBe(true);
    });

    it(`${name}: every one-entry change of a number is rejected`, () => {
      const n = leaves(read(name)).length;
      expect(n).toBeGreaterThan(10);
      // a spread of entries (all of them for the small files)
      for (let i = 0; i < n; i += Math.max(1, Math.floor(n / 40))) {
        const ev = read(name);
        const leaf = leaves(ev)[i];
        leaf.set(leaf.value === '0' ? '1' : '0');
        let ok: boolean;
        try {
          ok = checkLandscapeEvidence(ev).ok;
        } catch {
          ok = false;
        }
        expect(ok, `${name}: changing ${leaf.path} from ${String(leaf.value)}`).toBe(false);
      }
    });
  }

  it('refuses unknown fields, a wrong version and non-exact numbers, one line each', () => {
    const ev = read('strict-saddle-2-1-2');
    expect(() => checkLandscapeEvidence({ ...ev, extra: 1 })).toThrow(/unknown field "extra"/);
    expect(() => checkLandscapeEvidence({ ...ev, version: 2 })).toThrow(/version/);
    expect(() => checkLandscapeEvidence({ ...ev, loss: '0.5' })).toThrow(/not an exact rational/);
    expect(() => checkLandscapeEvidence({ ...ev, hessian: { ...(ev.hessian as object), note: 'x' } })).toThrow(/unknown field "note"/);
  });

  it('rejects a changed classification or a flipped Hessian flag', () => {
    expect(checkLandscapeEvidence({ ...read('zero-2-2-2-2'), hessian: { ...(read('zero-2-2-2-2').hessian as object), vanishes: false } }).ok).toBe(false);
    expect(() => checkLandscapeEvidence({ ...read('non-strict-saddle-2-2-2-2'), classification: 'global-minimum' })).toThrow(/globalMinimum/);
    expect(checkLandscapeEvidence({ ...read('strict-saddle-2-1-2'), classification: 'not-critical' }).ok).toBe(false);
  });
});
