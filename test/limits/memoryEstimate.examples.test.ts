/** The examples that were in the TSDoc of src/limits/memoryEstimate.ts (an internal module, not public API), as unit tests. */
import { describe, expect, it } from 'vitest';
import { MEMORY_BYTES, formatBytes, memoryEstimate } from '../../src/limits/memoryEstimate';

const shown = (v: unknown): string => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));

describe('memoryEstimate (former TSDoc examples)', () => {
  it('example 1', async () => {
    const e = memoryEstimate([
      { name: 'build', items: [{ what: 'F_p Jacobian', count: 1000, bytesEach: MEMORY_BYTES.fpDenseEntry }] },
      { name: 'check', items: [{ what: 'rationals', count: 100, bytesEach: MEMORY_BYTES.rationalDenseEntry }] },
    ]);
    expect(shown([e.bytes, e.phase])).toBe(shown([40000,"build"]));
  });
  it('example 2', async () => {
    expect(shown([formatBytes(512), formatBytes(3 * 2 ** 30), formatBytes(4.5e13)])).toBe(shown(["512 B","3.0 GB","40.9 TB"]));
  });
});
