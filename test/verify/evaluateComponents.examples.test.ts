/** The examples that were in the TSDoc of src/verify/evaluateComponents.ts (an internal module, not public API), as unit tests. */
import { describe, expect, it } from 'vitest';
import { uniformArchitecture } from '../../src/model/architecture';
import { evaluateComponent, evaluateComponentBatch } from '../../src/verify/evaluateComponents';
import { hessianComponents } from '../../src/verify/hessianComponents';

const shown = (v: unknown): string => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));

describe('evaluateComponents (former TSDoc examples)', () => {
  it('example 1', async () => {
    const arch = uniformArchitecture(3, 1);
    const c = hessianComponents(arch).next().value;
    expect(shown(evaluateComponent(arch, c, 0, 1, [2147483647], 4, 99).lowerBound)).toBe(shown(0));
  });
  it('example 2', async () => {
    const components = [...hessianComponents(uniformArchitecture(3, 1))].map(({ label, pattern, blocks }) => ({ label, pattern, blocks }));
    expect(shown(evaluateComponentBatch({ widths: [1, 1, 1, 1], seed: 1, primes: [2147483647], degree: 4, stopAt: 99, first: 0, components }).length)).toBe(shown(1));
  });
});
