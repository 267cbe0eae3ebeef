import { describe, expect, it } from 'vitest';
import { bufferIO } from '../../src/cli/commandIO';
import { runCli } from '../../src/cli/main';
import { ArgumentError } from '../../src/errors';
import { uniformArchitecture } from '../../src/model/architecture';
import { checkWitness } from '../../src/witness/checkWitness';
import { evaluateComponent } from '../../src/verify/evaluateComponents';
import { failFastCandidates } from '../../src/verify/failFastCandidates';
import { verifyAtScale } from '../../src/verify/verifyAtScale';
import { verifySetup } from '../../src/verify/verifyArchitecture';

describe('failFastCandidates (uniform width 2)', () => {
  it('reaches the exact generic dimension 3N - 3 mod p at every depth tried', () => {
    for (const N of [8, 9, 13, 30, 64]) {
      const arch = uniformArchitecture(N, 2);
      const setup = verifySetup(arch, { seed: 1 });
      expect([setup.G.exact, setup.G.value]).toEqual([true, 3 * N - 3]);
      const [candidate] = failFastCandidates(arch);
      expect(evaluateComponent(arch, candidate, 0, 1, setup.primes, setup.degree, setup.G.upperBound).lowerBound).toBe(3 * N - 3);
    }
  });
});

describe('failFastCandidates (uniform widths 3 to 6: direct sums)', () => {
  it('reaches the exact generic dimension mod p', () => {
    for (const [N, w] of [[8, 3], [8, 4], [9, 4], [8, 5], [16, 4], [8, 6]]) {
      const arch = uniformArchitecture(N, w);
      const setup = verifySetup(arch, { seed: 1 });
      const [candidate] = failFastCandidates(arch);
      expect(setup.G.exact).toBe(true);
      expect(evaluateComponent(arch, candidate, 0, 1, setup.primes, setup.degree, setup.G.upperBound).lowerBound).toBe(setup.G.value);
    }
  });
});

describe('verifyAtScale', () => {
  it('settles a large failing architecture from the construction, with an exact witness that checks', () => {
    const arch = uniformArchitecture(20, 2); // 1081575 component tuples: a minute to enumerate
    const r = verifyAtScale(arch, { seed: 1, coverage: 'data-independent' }, verifySetup(arch, { seed: 1 }));
    expect(r?.verdict).toBe('fails');
    expect(r?.coverageNote).toMatch(/known construction.*1081575 component tuples/);
    expect(checkWitness(r?.witness).ok).toBe(true);
  });

  it('leaves small enumerations alone (null: the ordinary order, unchanged witnesses)', () => {
    const arch = uniformArchitecture(8, 2);
    expect(verifyAtScale(arch, {}, verifySetup(arch, {}))).toBeNull();
  });

  it('refuses what cannot be enumerated, with the largest depth that can', () => {
    const arch = uniformArchitecture(100, 1);
    expect(() => verifyAtScale(arch, {}, verifySetup(arch, {}), 'deeplin verify')).toThrow(ArgumentError);
    expect(() => verifyAtScale(arch, {}, verifySetup(arch, {}), 'deeplin verify')).toThrow(/^deeplin verify: --depth = 100 is out of range \(allowed: .*depth <= 56 at width 1/);
  });
});

describe('deeplin verify at depth 100 and 496, width 2 (issue #9 item 4: was a V8 heap abort)', () => {
  it('--depth 496 --data-independent: one line, exit 2, stating the certified failure', async () => {
    const io = bufferIO();
    expect(await runCli(['verify', '--depth', '496', '--width', '2', '--data-independent', '--json'], io)).toBe(2);
    expect(io.errors).toHaveLength(1);
    expect(io.errors[0]).toMatch(/^deeplin verify: --depth = 496 is out of range \(allowed: .*depth <= 144 at width 2\)\. The conjecture FAILS here, certified mod p/);
  });

  it('--depth 100 --width 1: one line, exit 2 (no construction; enumeration too large)', async () => {
    const io = bufferIO();
    expect(await runCli(['verify', '--depth', '100', '--width', '1', '--data-independent'], io)).toBe(2);
    expect(io.errors.filter((l) => l.startsWith('deeplin verify: --depth'))).toHaveLength(1);
  });
});
