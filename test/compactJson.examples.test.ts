/** The examples that were in the TSDoc of src/compactJson.ts (an internal module, not public API), as unit tests. */
import { describe, expect, it } from 'vitest';
import { compactJson } from '../src/compactJson';

const shown = (v: unknown): string => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));

describe('compactJson (former TSDoc examples)', () => {
  it('example 1', async () => {
    expect(shown(compactJson({ widths: [1, 2], point: [[['1', '0']]], empty: [] }))).toBe(shown("{\n  \"widths\": [1, 2],\n  \"point\": [\n    [\n      [\"1\", \"0\"]\n    ]\n  ],\n  \"empty\": []\n}"));
  });
});
