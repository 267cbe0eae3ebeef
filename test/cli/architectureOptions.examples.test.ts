/** The examples that were in the TSDoc of src/cli/architectureOptions.ts (an internal module, not public API), as unit tests. */
import { describe, expect, it } from 'vitest';
import { architectureFromOptions } from '../../src/cli/architectureOptions';

const shown = (v: unknown): string => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));

describe('architectureOptions (former TSDoc examples)', () => {
  it('example 1', async () => {
    expect(shown(architectureFromOptions('verify', { depth: '16', width: '2' }).widths.length)).toBe(shown(17));
    // the allowed range and the budget depend on the machine (V8 heap limit, RAM); the shape does not
    expect(() => architectureFromOptions('verify', { depth: '10', width: '5000' })).toThrow(
      /^deeplin verify: --width = 5000 is out of range \(allowed: an integer in \[1, \d+\] at --depth 10; estimated peak memory .* \(d delta o T over Q with its exact rank\) exceeds the budget /,
    );
  });
});
