/** The examples that were in the TSDoc of src/algebra/inverse.ts (internal names, not public API), as unit tests. */
import { describe } from 'vitest';
import { formerExample } from '../support/formerExamples';
import * as index from '../../src/index';
import * as m0 from '../../src/algebra/inverse';
import * as m1 from '../../src/algebra/matrix';
import * as m2 from '../../src/algebra/primeField';

const namespace = { ...index, ...m0, ...m1, ...m2 };

describe('inverse (former TSDoc examples)', () => {
  formerExample('example 1', namespace, `import { inverse, primeField, matToStrings } from 'deeplin';
const F = primeField(7);
const r = inverse(F, [[2, 0], [0, 4]])!;
[matToStrings(F, r.inverse), F.toString(r.determinant)]; // [[["4","0"],["0","2"]],"1"]`);
});
