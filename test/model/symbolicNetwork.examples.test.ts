/** The examples that were in the TSDoc of src/model/symbolicNetwork.ts (an internal module, not public API), as unit tests. */
import { describe, expect, it } from 'vitest';
import { polyToString } from '../../src/algebra/polynomialFormat';
import { QQ } from '../../src/algebra/rationalField';
import { architecture } from '../../src/model/architecture';
import { symbolicDelta, symbolicDeltaCoordinates, symbolicNetwork, symbolicProduct } from '../../src/model/symbolicNetwork';

const shown = (v: unknown): string => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));

describe('symbolicNetwork (former TSDoc examples)', () => {
  it('example 1', async () => {
    const net = symbolicNetwork(QQ, architecture([1, 1, 1]));
    expect(shown(net.ring.variables)).toBe(shown(["w1_1_1","w2_1_1"]));
    expect(shown(polyToString(symbolicDelta(net)[0][0][0], 'm2'))).toBe(shown("-w_(1,1,1)^2+w_(2,1,1)^2"));
    expect(shown(polyToString(symbolicProduct(net, 1, 2)[0][0], 'singular'))).toBe(shown("w1_1_1*w2_1_1"));
  });
  it('example 2', async () => {
    expect(shown(symbolicDeltaCoordinates(symbolicNetwork(QQ, architecture([1, 2, 1]))).length)).toBe(shown(3));
  });
});
