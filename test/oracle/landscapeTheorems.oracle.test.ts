/** The landscape theorems (test/critical/landscapeTheorems.ts) on 200 random architectures, d_i ≤ 3, depth ≤ 4. */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { architectures, landscapeTheorems } from '../critical/landscapeTheorems';

describe('the landscape theorems on 200 random architectures', () => {
  it('hold exactly', () => {
    fc.assert(fc.property(architectures, (w) => landscapeTheorems(w)), { numRuns: 200, seed: 2024 });
  }, 600_000);
});
