/** The examples that were in the TSDoc of src/quiver/cycleStringInHessianVariety.ts (internal names, not public API), as unit tests. */
import { describe } from 'vitest';
import { formerExample } from '../support/formerExamples';
import * as index from '../../src/index';
import * as m0 from '../../src/quiver/cycleString';
import * as m1 from '../../src/quiver/cycleStringInHessianVariety';

const namespace = { ...index, ...m0, ...m1 };

describe('cycleStringInHessianVariety (former TSDoc examples)', () => {
  formerExample('example 1', namespace, `import { cycleStringDecomposition, cycleStringInHessianVariety } from 'deeplin';
const dec = cycleStringDecomposition(3, [[3, 2], [2, 2], [1, 1], [1, 1], [2, 1]]);
cycleStringInHessianVariety(dec).holds;           // true
cycleStringInHessianVariety(dec).dataIndependent; // false (needs C W_3 = 0)
cycleStringInHessianVariety(cycleStringDecomposition(2, [[2, 2], [1, 1]])).holds; // false (depth 2: B_1 C A_2 = C)`);
});
