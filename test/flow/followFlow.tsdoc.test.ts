/** The examples that were in the TSDoc of src/flow/followFlow.ts (internal names, not public API), as unit tests. */
import { describe } from 'vitest';
import { formerExample } from '../support/formerExamples';
import * as index from '../../src/index';
import * as m0 from '../../src/flow/criticalLevels';
import * as m1 from '../../src/flow/followFlow';

const namespace = { ...index, ...m0, ...m1 };

describe('followFlow (former TSDoc examples)', () => {
  formerExample('example 1', namespace, `import { followFlow, flowLandscape, DEFAULT_FLOW_SETTINGS } from 'deeplin';
const l = flowLandscape([2, 2, 2]);
const run = followFlow({ widths: [2, 2, 2], X: l.X, Y: l.Y, levels: [...l.levels], globalMinimum: l.globalMinimum,
  index: 0, seed: 7, scale: 0.01, balanced: false, settings: DEFAULT_FLOW_SETTINGS });
[run.status, run.reachedGlobalMinimum, run.plateaus.map((p) => p.value)]; // ["converged", true, [5, 0]]   (lingers at W = 0, loss 5, then reaches 0)
run.deltaDrift < 1e-8; // true`);
  formerExample('example 2', namespace, `import { DEFAULT_FLOW_SETTINGS } from 'deeplin';
DEFAULT_FLOW_SETTINGS.gradTol; // 1e-8`);
});
