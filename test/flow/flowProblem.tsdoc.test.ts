/** The examples that were in the TSDoc of src/flow/flowProblem.ts (internal names, not public API), as unit tests. */
import { describe } from 'vitest';
import { formerExample } from '../support/formerExamples';
import * as index from '../../src/index';
import * as m0 from '../../src/flow/flowProblem';

const namespace = { ...index, ...m0 };

describe('flowProblem (former TSDoc examples)', () => {
  formerExample('example 1', namespace, `import { flowProblem, flowLoss, flowGradient } from 'deeplin';
const p = flowProblem([1, 1, 1], [[1]], [[4]]);     // W = w2·w1, L = (w2 w1 − 4)²
flowLoss(p, Float64Array.from([2, 3]));             // 4
[...flowGradient(p, Float64Array.from([2, 3]))];    // [12, 8]`);
  formerExample('example 2', namespace, `import { flowProblem, flowLoss } from 'deeplin';
flowLoss(flowProblem([1, 1, 1], [[1]], [[4]]), Float64Array.from([0, 0])); // 16`);
  formerExample('example 3', namespace, `import { flowProblem, flowGradient } from 'deeplin';
[...flowGradient(flowProblem([1, 1, 1], [[1]], [[4]]), Float64Array.from([1, 1]))]; // [-6, -6]`);
  formerExample('example 4', namespace, `import { flowProblem, flowDelta } from 'deeplin';
[...flowDelta(flowProblem([1, 1, 1], [[1]], [[4]]), Float64Array.from([2, 3]))]; // [5]`);
});
