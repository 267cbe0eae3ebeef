/**
 * Oracle (slow: worker threads under ts-node start in 5–30 s on a loaded
 * machine): `verify --certify --jobs` certifies the components in the worker
 * pool with the same outcome as in-process.
 */
import { describe, expect, it } from 'vitest';
import { uniformArchitecture } from '../../src/model/architecture';
import { certifyVerificationInParallel } from '../../src/verify/certifyVerificationInParallel';
import { verifyArchitecture } from '../../src/verify/verifyArchitecture';

const bytes = (r: object): string => JSON.stringify(r, (k, v) => (k === 'seconds' ? undefined : typeof v === 'bigint' ? v.toString() : v));

describe('certifyVerificationInParallel', () => {
  it('width 2, depth 4: the certification and certificate are byte-identical for --jobs 1 (in-process) and 2 (worker threads)', async () => {
    const arch = uniformArchitecture(4, 2);
    const result = verifyArchitecture(arch, { seed: 1 });
    const one = await certifyVerificationInParallel(arch, result, { seed: 1, jobs: 1 });
    const two = await certifyVerificationInParallel(arch, result, { seed: 1, jobs: 2 });
    expect(one.proved).toBe(true);
    expect(one.components.some((c) => c.relations.length > 0)).toBe(true); // a proof that spends work budget, not only kernel fields
    expect(bytes(two)).toBe(bytes(one));
  }, 120_000);
});
