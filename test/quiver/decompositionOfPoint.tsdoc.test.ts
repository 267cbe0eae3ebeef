/** The examples that were in the TSDoc of src/quiver/decompositionOfPoint.ts (internal names, not public API), as unit tests. */
import { describe } from 'vitest';
import { formerExample } from '../support/formerExamples';
import * as index from '../../src/index';
import * as m0 from '../../src/algebra/rationalField';
import * as m1 from '../../src/model/networkPoint';
import * as m2 from '../../src/quiver/decompositionOfPoint';
import * as m3 from '../../src/quiver/intervalDecomposition';

const namespace = { ...index, ...m0, ...m1, ...m2, ...m3 };

describe('decompositionOfPoint (former TSDoc examples)', () => {
  formerExample('example 1', namespace, `import { QQ, pointFromStrings, decompositionOfPoint, decompositionToString } from 'deeplin';
const W = pointFromStrings(QQ, [[['1'], ['0']], [['0', '1']]]);  // widths (1, 2, 1), W_2 W_1 = 0
decompositionToString(decompositionOfPoint(W)); // "[0,1]+[1,2]"`);
});
