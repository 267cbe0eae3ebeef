/** The examples that were in the TSDoc of src/cli/architectureOptions.ts (an internal module, not public API), as unit tests. */
import { describe, expect, it } from 'vitest';
import { architectureFromOptions } from '../../src/cli/architectureOptions';

const shown = (v: unknown): string => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));

describe('architectureOptions (former TSDoc examples)', () => {
  it('example 1', async () => {
    expect(shown(architectureFromOptions('verify', { depth: '16', width: '2' }).widths.length)).toBe(shown(17));
    try { architectureFromOptions('verify', { depth: '10', width: '5000' }); }
    catch (e) { console.log((e as Error).message); }
    // deeplin verify: --width = 5000 is out of range (allowed: an integer in [1, 15] at --depth 10;
    //   estimated peak memory 1.9e+6 EB (d delta o T over Q with its exact rank) exceeds the budget 3.0 GB = 0.75 x min(V8 heap limit 4.0 GB, RAM 23.5 GB))
    // (the numbers depend on the machine: a 4 GB V8 heap here)
  });
});
