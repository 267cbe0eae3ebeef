/** The examples that were in the TSDoc of src/model/trainingData.ts (internal names, not public API), as unit tests. */
import { describe } from 'vitest';
import { formerExample } from '../support/formerExamples';
import * as index from '../../src/index';
import * as m0 from '../../src/algebra/matrix';
import * as m1 from '../../src/algebra/rationalField';
import * as m2 from '../../src/model/architecture';
import * as m3 from '../../src/model/trainingData';

const namespace = { ...index, ...m0, ...m1, ...m2, ...m3 };

describe('trainingData (former TSDoc examples)', () => {
  formerExample('example 1', namespace, `import { QQ, architecture, checkData, matFromStrings } from 'deeplin';
const arch = architecture([1, 2, 1]);
checkData(arch, matFromStrings(QQ, [['1', '2']]), matFromStrings(QQ, [['3', '1/2']])) === undefined; // true: the shapes fit
(() => { try { checkData(arch, matFromStrings(QQ, [['1', '2']]), matFromStrings(QQ, [['3', '1/2', '1']])); } catch (e) { return (e as Error).message; } })(); // "checkData: Y columns = \\"3\\" is out of range (allowed: m = 2 (the number of columns of X))"`);
});
