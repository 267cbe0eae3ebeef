/** The examples that were in the TSDoc of src/parallel/protocol.ts (an internal module, not public API), as unit tests. */
import { describe, expect, it } from 'vitest';
import { ArgumentError } from '../../src/errors';
import { deserializeError, serializeError } from '../../src/parallel/protocol';

const shown = (v: unknown): string => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));

describe('protocol (former TSDoc examples)', () => {
  it('example 1', async () => {
    const e = deserializeError(serializeError(new ArgumentError('f', 'x', 3, 'an integer >= 4')));
    expect(shown([e.name, e.message])).toBe(shown(["ArgumentError","f: x = 3 is out of range (allowed: an integer >= 4)"]));
  });
  it('example 2', async () => {
    expect(shown(serializeError(new Error('boom')).message)).toBe(shown("boom"));
  });
  it('example 3', async () => {
    expect(shown(deserializeError(serializeError(new RangeError('boom'))).message)).toBe(shown("RangeError: boom (in a worker thread)"));
  });
});
