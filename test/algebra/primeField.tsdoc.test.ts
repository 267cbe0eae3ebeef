/** The examples that were in the TSDoc of src/algebra/primeField.ts (internal names, not public API), as unit tests. */
import { describe } from 'vitest';
import { formerExample } from '../support/formerExamples';
import * as index from '../../src/index';
import * as m0 from '../../src/algebra/primeField';

const namespace = { ...index, ...m0 };

describe('primeField (former TSDoc examples)', () => {
  formerExample('example 1', namespace, `import { primeField, DEFAULT_PRIMES } from 'deeplin';
const F = primeField(DEFAULT_PRIMES[0]);      // p = 2147483647
F.mul(F.fromInt(-1), F.fromInt(-1));          // 1`);
});
