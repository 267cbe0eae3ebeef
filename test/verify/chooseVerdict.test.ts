import { describe, expect, it } from 'vitest';
import { chooseVerdict, type VerdictFacts } from '../../src/verify/chooseVerdict';

const base: VerdictFacts = {
  count: 5, dataDependentCount: 0, exactComponents: 0, restricted: 7, genericLower: 9, genericUpper: 9, genericExact: true, hasWitness: false,
};

describe('chooseVerdict', () => {
  it('each case of the rule', () => {
    expect(chooseVerdict({ ...base, count: 0, restricted: 0 })).toEqual({ verdict: 'holds', case: 'empty' });
    expect(chooseVerdict({ ...base, restricted: 9, hasWitness: true })).toEqual({ verdict: 'fails', case: 'witness' });
    expect(chooseVerdict({ ...base, exactComponents: 5 })).toEqual({ verdict: 'holds', case: 'all-exact' });
    expect(chooseVerdict({ ...base, exactComponents: 3, dataDependentCount: 2 })).toEqual({ verdict: 'holds', case: 'independent-exact' });
    expect(chooseVerdict(base)).toEqual({ verdict: 'holds', case: 'below-generic' });
  });

  it('never "fails" without an exact generic dimension and a witness; never "holds" at or above the generic lower bound', () => {
    expect(chooseVerdict({ ...base, restricted: 9 }).verdict).toBe('undetermined'); // no witness
    expect(chooseVerdict({ ...base, restricted: 9, hasWitness: true, genericExact: false }).verdict).toBe('undetermined');
    expect(chooseVerdict({ ...base, restricted: 8, genericLower: 8, genericUpper: 10, genericExact: false }).verdict).toBe('undetermined');
  });
});

describe('chooseVerdict: no verdict beyond its coverage', () => {
  it('a coverage gap makes a would-be "holds" (even an empty A_H) undetermined, but a certified failure still fails', () => {
    const gap = 'the data-dependent part was not covered: limit';
    expect(chooseVerdict({ ...base, coverageGap: gap })).toEqual({ verdict: 'undetermined', case: 'partial-coverage' });
    expect(chooseVerdict({ ...base, exactComponents: 5, coverageGap: gap })).toEqual({ verdict: 'undetermined', case: 'partial-coverage' });
    expect(chooseVerdict({ ...base, count: 0, restricted: 0, coverageGap: gap })).toEqual({ verdict: 'undetermined', case: 'partial-coverage' });
    expect(chooseVerdict({ ...base, restricted: 9, hasWitness: true, coverageGap: gap })).toEqual({ verdict: 'fails', case: 'witness' });
  });
});
