/** The examples that were in the TSDoc of src/witness/witnessFromSampler.ts (an internal module, not public API), as unit tests. */
import { describe, expect, it } from 'vitest';
import { rational } from '../../src/algebra/rational';
import { QQ } from '../../src/algebra/rationalField';
import { uniformArchitecture } from '../../src/model/architecture';
import { componentPoint } from '../../src/quiver/componentPoint';
import { Rng } from '../../src/random';
import { blockComponents } from '../../src/verify/blockComponents';
import { witnessFromSampler } from '../../src/witness/witnessFromSampler';

describe('witnessFromSampler (former TSDoc examples)', () => {
  it('example 1', async () => {
    const arch = uniformArchitecture(3, 1); // W = 0 is the only component: rank 0 < 2
    const rng = new Rng(1);
    const blocks = [1, 2, 3].map((i) => ({ first: i, last: i, orbit: blockComponents([1, 1])[0] }));
    const witness = witnessFromSampler(arch, (b) => componentPoint(QQ, arch, blocks, () => rational(rng.int(-b, b))), [[1, 1], [2, 2], [3, 3]], 2, rng, {});
    expect(witness).toBeUndefined(); // W = 0 is the only component: no witness
  });
});
