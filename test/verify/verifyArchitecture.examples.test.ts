/** The examples that were in the TSDoc of src/verify/verifyArchitecture.ts (an internal module, not public API), as unit tests. */
import { describe, expect, it } from 'vitest';
import { uniformArchitecture } from '../../src/model/architecture';
import { finishVerify, verifySetup } from '../../src/verify/verifyArchitecture';

const shown = (v: unknown): string => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));

describe('verifyArchitecture (former TSDoc examples)', () => {
  it('example 1', async () => {
    const s = verifySetup(uniformArchitecture(4, 2), { seed: 1 });
    expect(shown([s.G.value, s.primes.length])).toBe(shown([9, 2]));
  });
  it('example 2', async () => {
    const arch = uniformArchitecture(3, 1);
    expect(shown(finishVerify(arch, { coverage: 'data-independent' }, verifySetup(arch, {}), []).verdict)).toBe(shown("holds"));
  });
});
