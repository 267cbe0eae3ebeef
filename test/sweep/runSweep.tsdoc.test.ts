/** The examples that were in the TSDoc of src/sweep/runSweep.ts (internal names, not public API), as unit tests. */
import { describe } from 'vitest';
import { formerExample } from '../support/formerExamples';
import * as index from '../../src/index';
import * as m0 from '../../src/sweep/runSweep';

const namespace = { ...index, ...m0 };

describe('runSweep (former TSDoc examples)', () => {
  formerExample('example 1', namespace, `import { sweepToJson } from 'deeplin';
sweepToJson({ kind: 'deeplin/sweep', version: 1, seed: 1, shard: null, total: 0, results: [],
  parameters: { family: 'uniform', widths: [1], minDepth: 2, maxDepth: 2, coverage: 'full' } }).split('\\n')[1]; // "  \\"kind\\": \\"deeplin/sweep\\","`);
});
