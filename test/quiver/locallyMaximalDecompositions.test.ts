/**
 * The locally maximal interval decompositions of a window variety against
 * the full enumeration filtered by the definition (no elementary move stays
 * in the variety), and the law that makes dropping the others sound: every
 * dropped decomposition reaches a kept one by moves inside the variety, each
 * a degeneration (the equioriented degeneration order).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { degenerates } from '../../src/quiver/degenerationOrder';
import { enumerateDecompositions } from '../../src/quiver/enumerateDecompositions';
import { decompositionToString, intervalDecomposition, type IntervalDecomposition } from '../../src/quiver/intervalDecomposition';
import { locallyMaximalDecompositions } from '../../src/quiver/locallyMaximalDecompositions';

/** All decompositions one elementary move above `dec` (P ⊕ Q → [a, e2] ⊕ [b, e1]). */
function upMoves(dec: IntervalDecomposition): IntervalDecomposition[] {
  const out: IntervalDecomposition[] = [];
  const I = dec.intervals;
  I.forEach(([a, e1], i) =>
    I.forEach(([b, e2], j) => {
      if (i === j || !(a < b && b <= e1 + 1 && e1 < e2)) return;
      const rest = I.filter((_, t) => t !== i && t !== j).map(([s, t]) => [s, t]);
      rest.push([a, e2]);
      if (b <= e1) rest.push([b, e1]);
      out.push(intervalDecomposition(dec.depth, rest));
    }),
  );
  return out;
}

const avoids = (dec: IntervalDecomposition, windows: readonly (readonly number[])[]): boolean =>
  dec.intervals.every(([s, t]) => !windows.some(([a, b]) => s <= a - 1 && b <= t));

const arbCase = fc
  .array(fc.integer({ min: 0, max: 2 }), { minLength: 3, maxLength: 6 })
  .chain((ws) => fc.tuple(fc.constant(ws), fc.array(fc.tuple(fc.integer({ min: 1, max: ws.length - 1 }), fc.integer({ min: 0, max: ws.length - 2 })), { maxLength: 3 })))
  .map(([ws, raw]) => [ws, raw.map(([a, len]) => [a, Math.min(ws.length - 1, a + len)])] as const);

describe('locallyMaximalDecompositions', () => {
  it('is the full enumeration filtered by "no move stays in the variety", and every dropped one reaches a kept one by moves (degenerations)', () => {
    fc.assert(
      fc.property(arbCase, ([ws, windows]) => {
        const all = [...enumerateDecompositions(ws, windows)];
        const expected = all.filter((d) => !upMoves(d).some((u) => avoids(u, windows))).map(decompositionToString).sort();
        const got = [...locallyMaximalDecompositions(ws, windows)];
        expect(got.map(decompositionToString).sort()).toEqual(expected);
        const kept = new Set(expected);
        for (const x of all) {
          let cur = x;
          while (!kept.has(decompositionToString(cur))) {
            const up = upMoves(cur).find((u) => avoids(u, windows)) as IntervalDecomposition;
            expect(degenerates(cur, up) && !degenerates(up, cur)).toBe(true);
            cur = up;
          }
        }
      }),
      { seed: 2417, numRuns: 150 },
    );
  });

  it('pins W_2 W_1 = 0 on widths (1,1,1): [0,0]+[1,2] and [0,1]+[2,2] (the two components), not [0,0]+[1,1]+[2,2]', () => {
    expect([...locallyMaximalDecompositions([1, 1, 1], [[1, 2]])].map(decompositionToString)).toEqual(['[0,1]+[2,2]', '[0,0]+[1,2]']);
    expect(() => [...locallyMaximalDecompositions([1], [])]).toThrow(/^locallyMaximalDecompositions: widths/);
    expect(() => [...locallyMaximalDecompositions([1, -1], [])]).toThrow(/^locallyMaximalDecompositions: widths\[1\]/);
  });
});
