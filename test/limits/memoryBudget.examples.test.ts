/** The examples that were in the TSDoc of src/limits/memoryBudget.ts (an internal module, not public API), as unit tests. */
import { describe, expect, it } from 'vitest';
import { memoryBudget, requireMemory } from '../../src/limits/memoryBudget';

const shown = (v: unknown): string => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));

describe('memoryBudget (former TSDoc examples)', () => {
  it('example 1', async () => {
    const budget = memoryBudget({ heapLimit: 4 * 2 ** 30, totalMemory: 16 * 2 ** 30 });
    expect(shown(budget.bytes)).toBe(shown(3221225472));
    expect(shown(budget.description)).toBe(shown("3.0 GB = 0.75 x min(V8 heap limit 4.0 GB, RAM 16.0 GB)"));
    expect(() => requireMemory('deeplin verify', '--width', 1000, { bytes: 2 ** 40, phase: 'd delta mod p', phases: [] }, 'an integer in [1, 31] at --depth 10', budget)).toThrow(
      'deeplin verify: --width = 1000 is out of range (allowed: an integer in [1, 31] at --depth 10; estimated peak memory 1.0 TB (d delta mod p) exceeds the budget 3.0 GB = 0.75 x min(V8 heap limit 4.0 GB, RAM 16.0 GB))',
    );
  });
});
