/** The examples that were in the TSDoc of src/quiver/decompositionInHessianVariety.ts (internal names, not public API), as unit tests. */
import { describe } from 'vitest';
import { formerExample } from '../support/formerExamples';
import * as index from '../../src/index';
import * as m0 from '../../src/quiver/decompositionInHessianVariety';
import * as m1 from '../../src/quiver/intervalDecomposition';

const namespace = { ...index, ...m0, ...m1 };

describe('decompositionInHessianVariety (former TSDoc examples)', () => {
  formerExample('example 1', namespace, `import { intervalDecomposition, decompositionInHessianVariety } from 'deeplin';
decompositionInHessianVariety(intervalDecomposition(3, [[0, 0], [1, 1], [2, 2], [3, 3]])).holds; // true (W = 0)
decompositionInHessianVariety(intervalDecomposition(2, [[0, 2]])).holds; // false`);
});
