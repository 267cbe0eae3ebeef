import { readFileSync } from 'fs';
import { describe, expect, it } from 'vitest';
import { namedSystems } from '../../src/export/namedSystems';
import { symbolicSystem, systemToMacaulay2, systemToSingular } from '../../src/export/symbolicSystem';
import { architecture } from '../../src/model/architecture';

describe('symbolic systems', () => {
  it('the committed algebra/ files equal their regeneration (run scripts/generate-algebra.ts after a change)', () => {
    for (const sys of namedSystems()) {
      expect(readFileSync(`algebra/${sys.name}.m2`, 'utf8'), `${sys.name}.m2`).toBe(systemToMacaulay2(sys));
      expect(readFileSync(`algebra/${sys.name}.sing`, 'utf8'), `${sys.name}.sing`).toBe(systemToSingular(sys));
    }
  });

  it('has one δ coordinate per upper-triangle entry and the product entries as generators', () => {
    const sys = symbolicSystem('t', architecture([1, 2, 1]), [{ name: 'I', windows: [[1, 2]] }]);
    expect(sys.delta.map((d) => d.label)).toEqual(['Delta1[1,1]', 'Delta1[1,2]', 'Delta1[2,2]']);
    expect(systemToSingular(sys)).toContain('ideal I = w1_1_1*w2_1_1+w1_2_1*w2_1_2;');
    expect(systemToMacaulay2(sys)).toContain('I = ideal(w_(1,1,1)*w_(2,1,1)+w_(1,2,1)*w_(2,1,2));');
  });

  it('refuses ideal names the systems cannot parse', () => {
    expect(() => symbolicSystem('t', architecture([1, 1, 1]), [{ name: 'bad name', windows: [[1, 1]] }])).toThrow(/^symbolicSystem: ideal name/);
  });
});
