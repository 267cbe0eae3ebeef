/**
 * H-orbit dimensions from string combinatorics against the rank mod p of the
 * tangent map T_H at a random point of the orbit (restrictedRankWithData).
 */
import { describe, expect, it } from 'vitest';
import { architecture } from '../../src/model/architecture';
import { cycleEndomorphismDimension, cycleStringHomDimension, stabilizerOrbitDimension } from '../../src/quiver/cycleOrbitDimension';
import { cycleStringDecomposition } from '../../src/quiver/cycleString';
import { enumerateCycleStrings } from '../../src/quiver/enumerateCycleStrings';
import { Rng } from '../../src/random';
import { restrictedRankWithData } from '../../src/verify/dataDependentComponents';

describe('stabilizerOrbitDimension', () => {
  it('pins Hom between strings: a quotient of U must embed as a tail of V', () => {
    const n = 4; // depth 3
    expect(cycleStringHomDimension({ start: 1, length: 2 }, { start: 0, length: 3 }, n)).toBe(1); // top of U at 1, tail [1,2] of V
    expect(cycleStringHomDimension({ start: 1, length: 1 }, { start: 0, length: 3 }, n)).toBe(0); // the simple at 1 is not a submodule of [0,1,2]
    expect(cycleStringHomDimension({ start: 2, length: 1 }, { start: 0, length: 3 }, n)).toBe(1); // the socle
    expect(cycleStringHomDimension({ start: 3, length: 5 }, { start: 3, length: 5 }, n)).toBe(2); // [3,0,1,2,3]: identity and top ↦ socle
    expect(cycleEndomorphismDimension(cycleStringDecomposition(3, [[0, 3], [1, 1]]))).toBe(2);
  });

  it('equals the rank mod p of T_H at a random point, for every 5th orbit of small profiles', () => {
    let checked = 0;
    for (const ws of [[2, 2, 2, 2, 2], [1, 1, 2, 2, 1, 2], [2, 3, 2], [3, 2, 2, 3]]) {
      const arch = architecture(ws);
      [...enumerateCycleStrings(ws)].forEach((dec, i) => {
        if (i % 5 !== 0) return;
        checked++;
        expect(stabilizerOrbitDimension(dec)).toBe(restrictedRankWithData(arch, dec, undefined, new Rng(1500 + i)).orbitDimension);
      });
    }
    expect(checked).toBeGreaterThan(40);
  });
});
