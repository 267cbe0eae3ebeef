/** The examples that were in the TSDoc of src/model/architecture.ts (an internal module, not public API), as unit tests. */
import { describe, expect, it } from 'vitest';
import { architecture, deltaCodomainDimension, parameterCount } from '../../src/model/architecture';

const shown = (v: unknown): string => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));

describe('architecture (former TSDoc examples)', () => {
  it('example 1', async () => {
    const arch = architecture([2, 3, 2]);
    expect(shown(arch.depth)).toBe(shown(2));
    expect(shown(parameterCount(arch))).toBe(shown(12));
    expect(shown(deltaCodomainDimension(arch))).toBe(shown(6  )); // (Sym(3))
  });
});
