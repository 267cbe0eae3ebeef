/** The examples that were in the TSDoc of src/verify/windowIdeal.ts (internal names, not public API), as unit tests. */
import { describe } from 'vitest';
import { formerExample } from '../support/formerExamples';
import * as index from '../../src/index';
import * as m0 from '../../src/algebra/polynomialFormat';
import * as m1 from '../../src/model/architecture';
import * as m2 from '../../src/verify/windowIdeal';

const namespace = { ...index, ...m0, ...m1, ...m2 };

describe('windowIdeal (former TSDoc examples)', () => {
  formerExample('example 1', namespace, `import { architecture, windowIdeal, polyToString } from 'deeplin';
const I = windowIdeal(architecture([1, 1, 1, 1]), [[1, 1], [2, 3]]);
I.linear.map((g) => polyToString(g.polynomial, 'plain'));    // ["w1_1_1"]
I.quadratic.map((g) => polyToString(g.polynomial, 'plain')); // ["w2_1_1*w3_1_1"]
I.zeroVariables;                                            // [0]`);
});
