/** The examples that were in the TSDoc of src/numeric/equilibrate.ts (internal names, not public API), as unit tests. */
import { describe } from 'vitest';
import { formerExample } from '../support/formerExamples';
import * as index from '../../src/index';
import * as m0 from '../../src/numeric/equilibrate';

const namespace = { ...index, ...m0 };

describe('equilibrate (former TSDoc examples)', () => {
  formerExample('example 1', namespace, `import { equilibrate } from 'deeplin';
equilibrate([[1e14, 2e14], [1, 3]]).map((row) => row.map((x) => Number(x.toFixed(3)))); // [[0.711, 0.711], [0.5, 0.75]]`);
});
