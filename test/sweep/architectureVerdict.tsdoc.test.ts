/** The examples that were in the TSDoc of src/sweep/architectureVerdict.ts (internal names, not public API), as unit tests. */
import { describe } from 'vitest';
import { formerExample } from '../support/formerExamples';
import * as index from '../../src/index';
import * as m0 from '../../src/sweep/architectureVerdict';

const namespace = { ...index, ...m0 };

describe('architectureVerdict (former TSDoc examples)', () => {
  formerExample('example 1', namespace, `import { architectureVerdict } from 'deeplin';
const v = architectureVerdict({ widths: [1, 1, 1, 1], seed: 1, coverage: 'data-independent' });
[v.verdict, v.depth, v.genericDimension, v.witness]; // ["holds",3,2,null]`);
});
