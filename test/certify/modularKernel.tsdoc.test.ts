/** The examples that were in the TSDoc of src/certify/modularKernel.ts (internal names, not public API), as unit tests. */
import { describe } from 'vitest';
import { formerExample } from '../support/formerExamples';
import * as index from '../../src/index';
import * as m0 from '../../src/certify/modularKernel';

const namespace = { ...index, ...m0 };

describe('modularKernel (former TSDoc examples)', () => {
  formerExample('example 1', namespace, `import { kernelModP } from 'deeplin';
kernelModP([[1, 1, 0], [0, 0, 1]], 3, 67108859).map((k) => k.vector); // [[67108858, 1, 0]]`);
});
