/** The examples that were in the TSDoc of src/flow/plateaus.ts (internal names, not public API), as unit tests. */
import { describe } from 'vitest';
import { formerExample } from '../support/formerExamples';
import * as index from '../../src/index';
import * as m0 from '../../src/flow/plateaus';

const namespace = { ...index, ...m0 };

describe('plateaus (former TSDoc examples)', () => {
  formerExample('example 1', namespace, `import { plateauThresholds } from 'deeplin';
plateauThresholds([{ value: 1, label: 'a', kinds: [] }, { value: 3, label: 'b', kinds: [] }], 0.5); // [3.5, 2.5, 1.5, 0.5]`);
});
