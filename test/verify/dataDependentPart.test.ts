import { describe, expect, it } from 'vitest';
import { architecture } from '../../src/model/architecture';
import { dataDependentPart } from '../../src/verify/dataDependentPart';
import { verifyArchitecture, verifySetup } from '../../src/verify/verifyArchitecture';

const withoutTime = (r: object): unknown => JSON.parse(JSON.stringify(r, (k, v) => (k === 'seconds' ? undefined : v)));

describe('dataDependentPart', () => {
  it('enumerates the maximal orbits for seeded generic data, lazily and reproducibly, below the generic dimension for widths (2,1,2,2,1,2)', () => {
    const arch = architecture([2, 1, 2, 2, 1, 2]);
    const setup = verifySetup(arch, { seed: 3 });
    const a = dataDependentPart(arch, setup);
    const b = dataDependentPart(arch, setup);
    expect(a.coverage).toBe('full');
    const ea = [...a.evaluations].map((e) => e.evaluation);
    expect(ea.length).toBe(2);
    expect(a.note(2)).toMatch(/^data-dependent part: \d+ maximal string orbits \(generated directly: \d+ decompositions, \d+ distinct data-dependent\), 1 of them left out as reversals of others \(widths reversed, layers transposed\); 2 to evaluate, largest orbit first, for seeded generic data/);
    expect(JSON.stringify([...b.evaluations].map((e) => e.evaluation))).toBe(JSON.stringify(ea));
    for (const ev of ea) expect(ev.lowerBound).toBeLessThan(setup.G.lowerBound);
    // the previous order (build, sort, evaluate) gives the same evaluations and, for a complete run, the same note
    const sorted = dataDependentPart(arch, setup, { order: 'sorted' });
    expect([sorted.total, JSON.stringify([...sorted.evaluations].map((e) => e.evaluation)), sorted.note(2)]).toEqual([2, JSON.stringify(ea), a.note(2)]);
  });

  it('a failing profile stops generating and closure-testing at its first certified failure, with the same result as the sorted order (widths (1,1,2,2,2,2))', () => {
    const arch = architecture([1, 1, 2, 2, 2, 2]);
    const streamed = verifyArchitecture(arch, { seed: 1 });
    const sorted = verifyArchitecture(arch, { seed: 1, dataDependentOrder: 'sorted' });
    expect(streamed.verdict).toBe('fails');
    // the sorted order generated 41 decompositions and tested all 16 candidates; the stream stopped after its first orbit
    expect(sorted.coverageNote).toMatch(/^data-dependent part: 11 maximal string orbits \(generated directly: 41 decompositions, 16 distinct data-dependent\); 11 to evaluate/);
    const m = /^data-dependent part: 1 maximal string orbits among the 1 largest of (\d+) distinct data-dependent so far \(generated directly, largest orbit first: (\d+) decompositions from (\d+) of (\d+) choices of strings through C; the rest not needed\); the first 1 evaluated/.exec(streamed.coverageNote);
    expect(m).not.toBeNull();
    const [candidates, generated, explored, choices] = (m as RegExpExecArray).slice(1).map(Number);
    expect([candidates < 16, generated < 41, explored < choices]).toEqual([true, true, true]);
    const strip = (r: object): unknown => withoutTime({ ...r, coverageNote: undefined });
    expect(strip(streamed)).toEqual(strip(sorted));
  });
});
