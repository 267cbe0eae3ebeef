/** The examples that were in the TSDoc of src/flow/initialPoint.ts (internal names, not public API), as unit tests. */
import { describe } from 'vitest';
import { formerExample } from '../support/formerExamples';
import * as index from '../../src/index';
import * as m0 from '../../src/flow/flowProblem';
import * as m1 from '../../src/flow/initialPoint';
import * as m2 from '../../src/random';

const namespace = { ...index, ...m0, ...m1, ...m2 };

describe('initialPoint (former TSDoc examples)', () => {
  formerExample('example 1', namespace, `import { balancedInitialPoint, flowProblem, flowDelta, Rng } from 'deeplin';
const p = flowProblem([2, 3, 2], [[1, 0], [0, 1]], [[2, 0], [0, 1]]);
const theta = balancedInitialPoint([2, 3, 2], new Rng(1), 0.5);
Math.max(...[...flowDelta(p, theta)].map(Math.abs)) < 1e-15; // true`);
});
