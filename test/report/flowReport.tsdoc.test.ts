/** The examples that were in the TSDoc of src/report/flowReport.ts (internal names, not public API), as unit tests. */
import { describe } from 'vitest';
import { formerExample } from '../support/formerExamples';
import * as index from '../../src/index';
import * as m0 from '../../src/report/flowReport';

const namespace = { ...index, ...m0 };

describe('flowReport (former TSDoc examples)', () => {
  formerExample('example 1', namespace, `import { flowReportPage } from 'deeplin';
const page = flowReportPage({ kind: 'deeplin/flow', widths: [1, 1, 1], inits: 1, seed: 1, scale: 0.1, balanced: false,
  fractionGlobalMinimum: 1, maxDeltaDrift: 1e-15, timeLimited: 0, globalMinimum: 0,
  levels: [{ value: 1, label: 'S = {}', kinds: ['saddle'] }, { value: 0, label: 'S = {1}', kinds: ['global-minimum'] }],
  plateauSequences: [{ sequence: ['S = {1}'], count: 1 }], gapHistogram: [{ decade: null, count: 1 }],
  runs: [{ index: 0, seed: 5, status: 'converged', finalLoss: 0, gap: 0, reachedGlobalMinimum: true, deltaDrift: 1e-15, finalTime: 3,
           plateaus: [{ label: 'S = {1}', value: 0, kinds: ['global-minimum'], enter: 1, exit: null, dwell: 2 }], curve: { t: [0, 3], loss: [1, 0] } }] });
page.badge; // {"text":"1 of 1 runs reach a global minimum","tone":"good"}`);
});
