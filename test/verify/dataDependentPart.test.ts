import { describe, expect, it } from 'vitest';
import { architecture } from '../../src/model/architecture';
import { dataDependentPart } from '../../src/verify/dataDependentPart';
import { verifySetup } from '../../src/verify/verifyArchitecture';

describe('dataDependentPart', () => {
  it('enumerates the maximal orbits for seeded generic data, lazily and reproducibly, below the generic dimension for widths (2,1,2,2,1,2)', () => {
    const arch = architecture([2, 1, 2, 2, 1, 2]);
    const setup = verifySetup(arch, { seed: 3 });
    const a = dataDependentPart(arch, setup);
    const b = dataDependentPart(arch, setup);
    expect(a.coverage).toBe('full');
    expect(a.note).toMatch(/^data-dependent part: \d+ maximal string orbits \(generated directly: \d+ decompositions, \d+ distinct data-dependent\), 1 of them left out as reversals of others \(widths reversed, layers transposed\); 2 to evaluate, largest orbit first, for seeded generic data/);
    const ea = [...a.evaluations].map((e) => e.evaluation);
    expect(ea.length).toBeGreaterThan(0);
    expect(JSON.stringify([...b.evaluations].map((e) => e.evaluation))).toBe(JSON.stringify(ea));
    for (const ev of ea) expect(ev.lowerBound).toBeLessThan(setup.G.lowerBound);
  });
});
