import { describe, expect, it } from 'vitest';
import { uniformArchitecture } from '../../src/model/architecture';
import { certifyVerification } from '../../src/verify/certifyVerification';
import { certifyVerificationInParallel } from '../../src/verify/certifyVerificationInParallel';
import { verifyArchitecture } from '../../src/verify/verifyArchitecture';

const bytes = (r: object): string => JSON.stringify(r, (k, v) => (k === 'seconds' ? undefined : typeof v === 'bigint' ? v.toString() : v));

// --jobs 2 (worker threads) against --jobs 1: test/oracle/certifyJobs.oracle.test.ts (worker start-up is slow under ts-node)
describe('certifyVerificationInParallel', () => {
  it('width 2, depth 3, --jobs 1: the same certification and certificate as the sequential certifyVerification, components reported in index order', async () => {
    const arch = uniformArchitecture(3, 2);
    const result = verifyArchitecture(arch, { seed: 2 });
    const order: number[] = [];
    const par = await certifyVerificationInParallel(arch, result, { seed: 2, jobs: 1, onComponent: (k) => order.push(k) });
    const seq = certifyVerification(arch, result, { seed: 2 });
    expect(par.proved).toBe(true);
    expect(order).toEqual(par.components.map((_, k) => k + 1));
    expect(bytes(par)).toBe(bytes(seq));
  });
});
