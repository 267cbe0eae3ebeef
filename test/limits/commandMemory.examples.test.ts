/** The examples that were in the TSDoc of src/limits/commandMemory.ts (an internal module, not public API), as unit tests. */
import { describe, expect, it } from 'vitest';
import { commandMemory } from '../../src/limits/commandMemory';

const shown = (v: unknown): string => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));

describe('commandMemory (former TSDoc examples)', () => {
  it('example 1', async () => {
    expect(shown([commandMemory('verify'), commandMemory('export'), commandMemory('sweep')])).toBe(shown(["dense-jacobians","symbolic-delta","none"]));
  });
});
