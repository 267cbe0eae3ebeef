/**
 * Memory estimates (src/limits): the arithmetic of estimates and budgets,
 * the sizes the dense δ work is estimated from, and the refusal
 * architectureFromOptions builds from them (the largest sizes that fit).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { architectureFromOptions } from '../../src/cli/architectureOptions';
import { ArgumentError } from '../../src/errors';
import { deltaWorkMemory } from '../../src/limits/deltaWorkMemory';
import { fitsMemory, memoryBudget, requireMemory } from '../../src/limits/memoryBudget';
import { formatBytes, MEMORY_BYTES, memoryEstimate } from '../../src/limits/memoryEstimate';

const uniform = (depth: number, width: number): number[] => new Array<number>(depth + 1).fill(width);

describe('memoryEstimate and formatBytes', () => {
  it('sums the items of a phase and takes the largest phase as the peak', () => {
    const e = memoryEstimate([
      { name: 'a', items: [{ what: 'x', count: 10, bytesEach: 8 }, { what: 'y', count: 5, bytesEach: 2 }] },
      { name: 'b', items: [{ what: 'z', count: 3, bytesEach: 40 }] },
    ]);
    expect([e.bytes, e.phase, e.phases.map((p) => p.bytes)]).toEqual([120, 'b', [90, 120]]);
    expect(() => memoryEstimate([])).toThrow(ArgumentError);
    expect(() => memoryEstimate([{ name: 'a', items: [{ what: 'x', count: -1, bytesEach: 8 }] }])).toThrow(/^memoryEstimate: a: x = \[-1,8\]/);
  });

  it('formats bytes with binary prefixes', () => {
    expect([0, 1023, 1024, 1.5 * 2 ** 20, 2 ** 40, 2 ** 80, Infinity].map(formatBytes)).toEqual(['0 B', '1023 B', '1.0 KB', '1.5 MB', '1.0 TB', '1.0e+6 EB', 'unbounded']);
  });
});

describe('deltaWorkMemory', () => {
  it('counts rows R = sum d_i(d_i+1)/2, parameters P = sum d_i d_(i-1), tangents G = sum d_v^2 and the band widths', () => {
    // widths (2,3,2): R = 6 rows, P = 12, G = 17; band of d delta 2*3 + 3*2 = 12, of d delta o T 4 + 9 + 4 = 17
    const e = deltaWorkMemory({ widths: [2, 3, 2] }, 'dense-jacobians');
    const [generic, orbit, exact, hessian] = e.phases;
    const rowsAndPoint = 6 * MEMORY_BYTES.bandedRow + 12 * MEMORY_BYTES.pointParameter;
    expect(generic.bytes).toBe(6 * 12 * MEMORY_BYTES.fpBandedEntry + rowsAndPoint);
    expect(orbit.bytes).toBe(6 * 17 * MEMORY_BYTES.fpBandedEntry + rowsAndPoint);
    expect(exact.items.slice(0, 2).map((it) => it.count)).toEqual([17 * 12, 6 * 17]);
    expect(hessian.bytes).toBe(12 * 12 * MEMORY_BYTES.rationalHessianEntry);
    // symbolic delta: Delta_1 has 9 entries of 2 + 2 terms each
    expect(deltaWorkMemory({ widths: [2, 3, 2] }, 'symbolic-delta').bytes).toBe(36 * MEMORY_BYTES.polyTermPeakFactor * (MEMORY_BYTES.polyTermBase + 12));
  });

  it('never decreases when a width or the depth grows (so the largest size that fits is found by bisection)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 3, maxLength: 12 }), fc.nat(), fc.integer({ min: 1, max: 20 }), (widths, at, grow) => {
        const i = at % widths.length;
        const bigger = widths.map((d, j) => (j === i ? d + grow : d));
        for (const work of ['dense-jacobians', 'symbolic-delta'] as const) {
          expect(deltaWorkMemory({ widths: bigger }, work).bytes).toBeGreaterThanOrEqual(deltaWorkMemory({ widths }, work).bytes);
          expect(deltaWorkMemory({ widths: [...widths, widths[widths.length - 1]] }, work).bytes).toBeGreaterThanOrEqual(deltaWorkMemory({ widths }, work).bytes);
        }
      }),
      { seed: 3, numRuns: 200 },
    );
  });

  it('keeps the README sizes well inside a 1 GB budget and refuses the sizes that crashed V8', () => {
    const gb = memoryBudget({ heapLimit: 2 ** 30 / 0.75, totalMemory: 2 ** 40 });
    for (const [depth, width] of [[16, 2], [10, 2], [7, 3], [8, 8]]) expect(fitsMemory(deltaWorkMemory({ widths: uniform(depth, width) }, 'dense-jacobians'), gb)).toBe(true);
    // export --widths 1,1000,1 ran out of heap after two minutes before this guard
    expect(deltaWorkMemory({ widths: [1, 1000, 1] }, 'symbolic-delta').bytes).toBeGreaterThan(4 * 2 ** 30);
  });
});

describe('memoryBudget and requireMemory', () => {
  it('is the safety factor times the smaller of the heap limit and the RAM', () => {
    const b = memoryBudget({ heapLimit: 8 * 2 ** 30, totalMemory: 2 * 2 ** 30, factor: 0.5 });
    expect([b.bytes, b.description]).toEqual([2 ** 30, '1.0 GB = 0.5 x min(V8 heap limit 8.0 GB, RAM 2.0 GB)']);
    const own = memoryBudget();
    expect(own.bytes).toBeGreaterThan(0);
    expect(own.bytes).toBeLessThanOrEqual(own.heapLimit);
  });

  it('returns a fitting estimate and refuses one that does not, naming argument, value, range, estimate and budget', () => {
    const b = memoryBudget({ heapLimit: 2 ** 30, totalMemory: 2 ** 34 });
    const small = memoryEstimate([{ name: 'p', items: [{ what: 'x', count: 1, bytesEach: 100 }] }]);
    expect(requireMemory('f', '--n', 3, small, 'n <= 5', b)).toBe(small);
    const big = memoryEstimate([{ name: 'p', items: [{ what: 'x', count: 2 ** 30, bytesEach: 8 }] }]);
    expect(() => requireMemory('f', '--n', 9, big, 'n <= 5', b)).toThrow(
      'f: --n = 9 is out of range (allowed: n <= 5; estimated peak memory 8.0 GB (p) exceeds the budget 768.0 MB = 0.75 x min(V8 heap limit 1.0 GB, RAM 16.0 GB))',
    );
  });
});

describe('architectureFromOptions refuses sizes beyond the budget with the largest that fit', () => {
  const budget = memoryBudget({ heapLimit: 64 * 2 ** 20, totalMemory: 2 ** 40 }); // 48 MB
  const bytes = (depth: number, width: number): number => deltaWorkMemory({ widths: uniform(depth, width) }, 'dense-jacobians').bytes;

  it('--depth/--width: names --width with the largest width at this depth (and the largest depth at this width)', () => {
    let message = '';
    try {
      architectureFromOptions('verify', { depth: '10', width: '10' }, 'dense-jacobians', budget);
    } catch (e) {
      message = (e as Error).message;
    }
    const m = /^deeplin verify: --width = 10 is out of range \(allowed: an integer in \[1, (\d+)\] at --depth 10 \(or --depth in \[2, (\d+)\] at --width 10\); estimated peak memory [\d.]+ [KMGT]B \(.*\) exceeds the budget 48\.0 MB/.exec(message);
    expect(m, message).not.toBeNull();
    const [w, d] = [Number(m?.[1]), Number(m?.[2])];
    expect(bytes(10, w)).toBeLessThanOrEqual(budget.bytes);
    expect(bytes(10, w + 1)).toBeGreaterThan(budget.bytes);
    expect(bytes(d, 10)).toBeLessThanOrEqual(budget.bytes);
    expect(bytes(d + 1, 10)).toBeGreaterThan(budget.bytes);
  });

  it('--depth alone when no width fits, --widths with a cap that fits; "none" and an own estimator', () => {
    expect(() => architectureFromOptions('verify', { depth: '100000', width: '1' }, 'dense-jacobians', budget)).toThrow(/^deeplin verify: --depth = 100000 is out of range \(allowed: an integer in \[2, \d+\] at --width 1; estimated peak memory/);
    expect(() => architectureFromOptions('counterexample', { widths: '2,300,2' }, 'dense-jacobians', budget)).toThrow(/^deeplin counterexample: --widths = "2,300,2" is out of range \(allowed: widths that fit in memory, e\.g\. this profile with every width capped at \d+; estimated/);
    expect(architectureFromOptions('delta-dim', { widths: '2,300,2' }, 'none', budget).widths).toEqual([2, 300, 2]);
    const own = (a: { widths: readonly number[] }) => memoryEstimate([{ name: 'banded', items: [{ what: 'entries', count: a.widths.reduce((s, d) => s + d, 0), bytesEach: 2 ** 20 }] }]);
    expect(() => architectureFromOptions('delta-dim', { depth: '100', width: '1' }, own, budget)).toThrow(/^deeplin delta-dim: --depth = 100 is out of range \(allowed: an integer in \[2, 47\] at --width 1; estimated peak memory 101\.0 MB \(banded\)/);
  });

  it('the built-in commands get their work by default; other commands are not checked unless they say so', () => {
    expect(() => architectureFromOptions('verify', { depth: '10', width: '40' }, undefined, budget)).toThrow(/--width = 40/);
    expect(() => architectureFromOptions('export', { widths: '1,1000,1' }, undefined, budget)).toThrow(/symbolic delta/);
    expect(architectureFromOptions('something-else', { depth: '10', width: '40' }, undefined, budget).depth).toBe(10);
  });
});
