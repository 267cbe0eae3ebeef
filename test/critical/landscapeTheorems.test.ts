import fc from 'fast-check';
import { describe, it } from 'vitest';
import { architectures, landscapeTheorems } from './landscapeTheorems';

describe('the landscape theorems on random architectures (quick run; ≥ 200 in the oracle suite)', () => {
  it('no spurious local minimum, Baldi–Hornik, Kawaguchi, W = 0 non-strict for N ≥ 3', () => {
    fc.assert(fc.property(architectures, (w) => landscapeTheorems(w)), { numRuns: 5, seed: 13 });
  });
});
