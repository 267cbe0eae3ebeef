/** The examples that were in the TSDoc of src/errors.ts (an internal module, not public API), as unit tests. */
import { describe, expect, it } from 'vitest';
import { requireInteger } from '../src/errors';

describe('errors (former TSDoc examples)', () => {
  it('example 1', async () => {
    expect(requireInteger('architecture', 'depth', 16, 2)).toBe(16);
    expect(() => requireInteger('architecture', 'depth', 1, 2)).toThrow(/^architecture: depth = 1 is out of range/);
  });
});
