/** The examples that were in the TSDoc of src/sweep/searchMinimalDepth.ts (internal names, not public API), as unit tests. */
import { describe } from 'vitest';
import { formerExample } from '../support/formerExamples';
import * as index from '../../src/index';
import * as m0 from '../../src/sweep/searchMinimalDepth';

const namespace = { ...index, ...m0 };

describe('searchMinimalDepth (former TSDoc examples)', () => {
  formerExample('example 1', namespace, `import { searchMinimalDepthInWorkers } from 'deeplin';
const run = await searchMinimalDepthInWorkers(1, 4, { seed: 1, jobs: 1 });
[run.status, run.result?.minimalDepth]; // ["complete",null]`);
});
