/** The examples that were in the TSDoc of src/verify/blockComponents.ts (internal names, not public API), as unit tests. */
import { describe } from 'vitest';
import { formerExample } from '../support/formerExamples';
import * as index from '../../src/index';
import * as m0 from '../../src/quiver/intervalDecomposition';
import * as m1 from '../../src/verify/blockComponents';

const namespace = { ...index, ...m0, ...m1 };

describe('blockComponents (former TSDoc examples)', () => {
  formerExample('example 1', namespace, `import { blockComponents, decompositionToString } from 'deeplin';
blockComponents([1, 1, 1]).map(decompositionToString); // ["[0,0]+[1,2]","[0,1]+[2,2]"]
blockComponents([2, 2, 2, 2]).length;                  // 6`);
});
