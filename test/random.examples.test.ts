/** The examples that were in the TSDoc of src/random.ts (an internal module, not public API), as unit tests. */
import { describe, expect, it } from 'vitest';
import { Rng, streamRng, streamSeed } from '../src/random';

const shown = (v: unknown): string => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));

describe('random (former TSDoc examples)', () => {
  it('example 1', async () => {
    expect(shown(streamRng(5, 'data-dependent').int(0, 1000) === new Rng(streamSeed(5, 'data-dependent')).int(0, 1000))).toBe(shown(true));
  });
});
