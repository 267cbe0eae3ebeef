/** The examples that were in the TSDoc of src/algebra/rank.ts (internal names, not public API), as unit tests. */
import { describe } from 'vitest';
import { formerExample } from '../support/formerExamples';
import * as index from '../../src/index';
import * as m0 from '../../src/algebra/matrix';
import * as m1 from '../../src/algebra/primeField';
import * as m2 from '../../src/algebra/rank';
import * as m3 from '../../src/algebra/rationalField';

const namespace = { ...index, ...m0, ...m1, ...m2, ...m3 };

describe('rank (former TSDoc examples)', () => {
  formerExample('example 1', namespace, `import { QQ, primeField, matFromStrings, rank } from 'deeplin';
const rows = [['1', '1', '0'], ['0', '1', '1'], ['1', '0', '1']]; // determinant 2
rank(QQ, matFromStrings(QQ, rows));                               // 3
rank(primeField(2), matFromStrings(primeField(2), rows));         // 2
rank(QQ, [], 5);                                                  // 0`);
});
