/** The examples that were in the TSDoc of src/witness/talkConditions.ts (internal names, not public API), as unit tests. */
import { describe } from 'vitest';
import { formerExample } from '../support/formerExamples';
import * as index from '../../src/index';
import * as m0 from '../../src/witness/talkConditions';

const namespace = { ...index, ...m0 };

describe('talkConditions (former TSDoc examples)', () => {
  formerExample('example 1', namespace, `import { talkConditions } from 'deeplin';
talkConditions(16); // [[2, 4], [6, 8], [10, 12], [14, 16]]`);
});
