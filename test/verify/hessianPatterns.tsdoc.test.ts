/** The examples that were in the TSDoc of src/verify/hessianPatterns.ts (internal names, not public API), as unit tests. */
import { describe } from 'vitest';
import { formerExample } from '../support/formerExamples';
import * as index from '../../src/index';
import * as m0 from '../../src/verify/hessianPatterns';

const namespace = { ...index, ...m0 };

describe('hessianPatterns (former TSDoc examples)', () => {
  formerExample('example 1', namespace, `import { hessianPatterns } from 'deeplin';
hessianPatterns(4); // [[[1,1],[2,2],[3,4]], [[1,1],[2,3],[4,4]], [[1,2],[3,3],[4,4]]]
hessianPatterns(2); // []`);
});
