/**
 * The direct generation of the maximal data-dependent orbits against the full
 * enumeration (every string decomposition, then the data-dependent ones):
 * the same maximal orbits as the previous pairwise search, and an explicit
 * chain of upward moves inside the data-dependent part from every dropped
 * orbit to a kept one (so every dropped orbit lies in the closure of a kept
 * one, by the moves' soundness).
 */
import { describe, expect, it } from 'vitest';
import { ArgumentError } from '../../src/errors';
import { cycleUpMoves, maximalCycleDecompositions, maximalInClosedFamily } from '../../src/quiver/cycleDegeneration';
import { stabilizerOrbitDimension } from '../../src/quiver/cycleOrbitDimension';
import { cycleStringsToString, type CycleStringDecomposition } from '../../src/quiver/cycleString';
import { cycleStringInHessianVariety } from '../../src/quiver/cycleStringInHessianVariety';
import { enumerateCycleStrings } from '../../src/quiver/enumerateCycleStrings';
import { dataDependentCandidates, isMaximalDataDependent, maximalHessianCycleOrbits } from '../../src/quiver/maximalHessianCycleOrbits';

const key = cycleStringsToString;
const inAH = (d: CycleStringDecomposition): boolean => cycleStringInHessianVariety(d).holds;

/** Every data-dependent string orbit (full-rank C), by the full enumeration. */
function allDataDependent(widths: readonly number[]): CycleStringDecomposition[] {
  return [...enumerateCycleStrings(widths)].filter((d) => {
    const h = cycleStringInHessianVariety(d);
    return h.holds && !h.dataIndependent;
  });
}

const uniform = (w: number, N: number): number[] => new Array<number>(N + 1).fill(w);

describe('maximalHessianCycleOrbits', () => {
  it('finds exactly the maximal orbits of the pairwise search on the full list (small profiles)', () => {
    for (const ws of [uniform(2, 4), uniform(3, 4), [1, 2, 2, 2], [2, 2, 2, 1], [2, 1, 2, 2, 1, 2], [1, 1, 2, 2, 1, 2], [1, 3, 3, 2, 3], [2, 3, 2, 3, 2]]) {
      const full = allDataDependent(ws);
      const expected = maximalCycleDecompositions(full).map(key).sort();
      expect(maximalHessianCycleOrbits(ws).maximal.map(key), ws.join(',')).toEqual(expected);
    }
  });

  it('every dropped data-dependent orbit reaches a kept one by upward moves that stay in the data-dependent part (width 2 depths 4-5, width 3 depth 4; larger cases checked by scripts/bench-scale.ts)', () => {
    let dropped = 0;
    for (const ws of [uniform(2, 4), uniform(2, 5), uniform(3, 4), [3, 2, 2, 2, 3, 1]]) {
      const full = allDataDependent(ws);
      const kept = new Set(maximalHessianCycleOrbits(ws).maximal.map(key));
      // the kept ones are data-dependent orbits, and the local test on the full list keeps exactly them
      expect(full.filter((d) => maximalInClosedFamily(d, inAH)).map(key).sort(), ws.join(',')).toEqual([...kept].sort());
      for (const x of full) {
        let cur = x;
        while (!kept.has(key(cur))) {
          const up = cycleUpMoves(cur).find(inAH);
          expect(up, `${ws} ${key(cur)}`).toBeDefined();
          const h = cycleStringInHessianVariety(up as CycleStringDecomposition);
          expect(h.holds && !h.dataIndependent).toBe(true); // the chain stays in the data-dependent part
          cur = up as CycleStringDecomposition;
          dropped++;
        }
      }
    }
    expect(dropped).toBeGreaterThan(50);
  });

  it('counts what it generated, and refuses beyond its limit (never a shorter list)', () => {
    const r = maximalHessianCycleOrbits(uniform(2, 5));
    expect([r.generated, r.dataDependent, r.maximal.length]).toEqual([90, 8, 8]);
    expect(() => maximalHessianCycleOrbits(uniform(2, 5), { limit: 89 })).toThrow(/^maximalHessianCycleOrbits: number of decompositions generated = "> 89" is out of range/);
    expect(() => maximalHessianCycleOrbits([2, 2])).toThrow(ArgumentError);
    expect(() => maximalHessianCycleOrbits([2, 0, 2])).toThrow(/^maximalHessianCycleOrbits: widths\[1\]/);
  });

  it('streams: dataDependentCandidates yields the distinct data-dependent orbits one by one (its return value counts every decomposition generated), isMaximalDataDependent keeps the maximal ones; bad widths are refused before the first next()', () => {
    const run = dataDependentCandidates(uniform(2, 5));
    const candidates: CycleStringDecomposition[] = [];
    let next = run.next();
    for (; !next.done; next = run.next()) candidates.push(...next.value.candidates);
    expect([candidates.length, next.value.generated]).toEqual([8, 90]);
    expect(candidates.filter(isMaximalDataDependent).map(key).sort()).toEqual(maximalHessianCycleOrbits(uniform(2, 5)).maximal.map(key));
    expect(() => dataDependentCandidates([2, 0, 2])).toThrow(/^dataDependentCandidates: widths\[1\]/);
    const limited = dataDependentCandidates(uniform(2, 5), { limit: 10 });
    expect(() => [...limited]).toThrow(/^dataDependentCandidates: number of decompositions generated = "> 10"/);
  });

  it('hands out the choices of strings through C largest bound first; a choice\'s bound is at least the H-orbit dimension of its candidates and of every later one, and is attained for all but a few', () => {
    let attained = 0;
    let choices = 0;
    for (const ws of [uniform(2, 6), uniform(2, 7), uniform(3, 5), [1, 3, 3, 2, 3], [2, 3, 2, 3, 2, 1], [3, 2, 2, 2, 3, 1]]) {
      let previous = Infinity;
      let largestLater = -Infinity;
      const bounds: number[] = [];
      const largest: number[] = [];
      for (const c of dataDependentCandidates(ws)) {
        expect(c.bound, ws.join(',')).toBeLessThanOrEqual(previous);
        previous = c.bound;
        bounds.push(c.bound);
        largest.push(Math.max(-Infinity, ...c.candidates.map(stabilizerOrbitDimension)));
      }
      // every candidate of this choice or a later one is at most this choice's bound
      for (let k = bounds.length - 1; k >= 0; k--) {
        largestLater = Math.max(largestLater, largest[k]);
        expect(largestLater, `${ws} choice ${k}`).toBeLessThanOrEqual(bounds[k]);
        if (largest[k] === bounds[k]) attained++;
        if (largest[k] > -Infinity) choices++;
      }
    }
    expect(attained).toBeGreaterThan(0.9 * choices);
  });
});
