/** The examples that were in the TSDoc of src/flow/runFlow.ts (internal names, not public API), as unit tests. */
import { describe } from 'vitest';
import { formerExample } from '../support/formerExamples';
import * as index from '../../src/index';
import * as m0 from '../../src/flow/runFlow';

const namespace = { ...index, ...m0 };

describe('runFlow (former TSDoc examples)', () => {
  formerExample('example 1', namespace, `import { runFlow, flowToJson } from 'deeplin';
const r = await runFlow({ widths: [1, 1, 1], inits: 1, seed: 1, scale: 0.5, balanced: true }, { jobs: 1 });
flowToJson(r.result!).split('\\n')[1]; // "  \\"kind\\": \\"deeplin/flow\\","`);
});
