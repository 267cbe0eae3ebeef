/** The examples that were in the TSDoc of src/model/trainingDataFromJson.ts (internal names, not public API), as unit tests. */
import { describe } from 'vitest';
import { formerExample } from '../support/formerExamples';
import * as index from '../../src/index';
import * as m0 from '../../src/algebra/rational';
import * as m1 from '../../src/model/architecture';
import * as m2 from '../../src/model/trainingDataFromJson';

const namespace = { ...index, ...m0, ...m1, ...m2 };

describe('trainingDataFromJson (former TSDoc examples)', () => {
  formerExample('example 1', namespace, `import { architecture, trainingDataFromJson, ratToString } from 'deeplin';
const { Y } = trainingDataFromJson({ X: [['1', '0', '2']], Y: [['0', '1', '1/2']] }, architecture([1, 2, 1]));
Y[0].map(ratToString); // ["0","1","1/2"]`);
});
