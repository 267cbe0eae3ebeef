/** The examples that were in the TSDoc of src/report/svgLossCurves.ts (internal names, not public API), as unit tests. */
import { describe } from 'vitest';
import { formerExample } from '../support/formerExamples';
import * as index from '../../src/index';
import * as m0 from '../../src/report/svgLossCurves';

const namespace = { ...index, ...m0 };

describe('svgLossCurves (former TSDoc examples)', () => {
  formerExample('example 1', namespace, `import { svgLossCurves } from 'deeplin';
const svg = svgLossCurves({
  title: 'loss curves',
  curves: [{ t: [0, 1, 2, 3], loss: [5, 4.99, 1, 1e-9] }],
  levels: [{ value: 5, label: 'W = 0', kinds: ['strict-saddle'] }, { value: 1, label: 'S = {1}', kinds: ['strict-saddle'] }, { value: 0, label: 'S = {1,2}', kinds: ['global-minimum'] }],
  minimum: 0,
});
(svg.match(/class="loss-curve"/g) ?? []).length;     // 1
(svg.match(/class="critical-level"/g) ?? []).length; // 3`);
});
