/** The examples that were in the TSDoc of src/verify/dataDependentComponents.ts (an internal module, not public API), as unit tests. */
import { describe, expect, it } from 'vitest';
import { architecture } from '../../src/model/architecture';
import { cycleStringsToString } from '../../src/quiver/cycleString';
import { Rng } from '../../src/random';
import { dataDependentOrbits, restrictedRankWithData } from '../../src/verify/dataDependentComponents';

const shown = (v: unknown): string => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));

describe('dataDependentComponents (former TSDoc examples)', () => {
  it('example 1', async () => {
    const arch = architecture([1, 2, 2, 2]);
    const { orbits, maximal } = dataDependentOrbits(arch);
    expect(shown(orbits.map(cycleStringsToString))).toBe(shown(["[1]+[1]+[2]+[2,3]+[3,0]"]));
    expect(shown(maximal.length)).toBe(shown(1));
    expect(shown(restrictedRankWithData(arch, orbits[0], undefined, new Rng(1)).rank)).toBe(shown(2));
  });
});
