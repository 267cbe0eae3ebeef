import { describe, expect, it } from 'vitest';
import type { VerdictFacts } from '../../src/verify/chooseVerdict';
import { explainVerdict } from '../../src/verify/explainVerdict';

const facts: VerdictFacts = {
  count: 5, dataDependentCount: 2, exactComponents: 3, restricted: 7, genericLower: 9, genericUpper: 9, genericExact: true, hasWitness: false,
};
const context = { widths: [2, 2, 2], coverage: 'full' as const, genericValue: 9, totalFailure: 1e-9 };

describe('explainVerdict', () => {
  it('says how each number was obtained', () => {
    expect(explainVerdict('empty', { ...facts, count: 0 }, context)).toBe('A_H (including its data-dependent part) is empty for widths (2,2,2)');
    expect(explainVerdict('witness', { ...facts, restricted: 9 }, { ...context, witnessGroup: 'stabilizer' })).toMatch(/data-dependent: an orbit of the stabiliser of C\) has certified restricted dimension 9 = generic dimension 9 \(exact\)/);
    expect(explainVerdict('all-exact', facts, context)).toMatch(/^EXACT: every one of the 5 components .* <= G - 1 = 8 < G$/);
    expect(explainVerdict('independent-exact', facts, context)).toMatch(/^the 3 data-independent components carry proved linear relations \(exact\); the 2 data-dependent orbits/);
    expect(explainVerdict('independent-exact', facts, context)).toMatch(/by Monte-Carlo \(Schwartz-Zippel at uniformly random parameters mod p; failure probability <= 1\.00e-9\)$/);
    expect(explainVerdict('below-generic', facts, context)).toMatch(/\(3 exact by proved linear relations, 2 Monte-Carlo; total failure probability <= 1\.00e-9\)$/);
    expect(explainVerdict('undetermined', { ...facts, genericUpper: 11 }, context)).toMatch(/not pinned down \(upper bound 11\)$/);
  });
});
