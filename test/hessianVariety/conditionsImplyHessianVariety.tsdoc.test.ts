/** The examples that were in the TSDoc of src/hessianVariety/conditionsImplyHessianVariety.ts (internal names, not public API), as unit tests. */
import { describe } from 'vitest';
import { formerExample } from '../support/formerExamples';
import * as index from '../../src/index';
import * as m0 from '../../src/hessianVariety/conditionsImplyHessianVariety';

const namespace = { ...index, ...m0 };

describe('conditionsImplyHessianVariety (former TSDoc examples)', () => {
  formerExample('example 1', namespace, `import { conditionsImplyHessianVariety } from 'deeplin';
conditionsImplyHessianVariety(16, [[2, 4], [6, 8], [10, 12], [14, 16]]).holds; // true (the talk's A)
conditionsImplyHessianVariety(4, [[2, 3]]).holds; // false`);
});
