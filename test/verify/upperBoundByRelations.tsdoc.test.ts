/** The examples that were in the TSDoc of src/verify/upperBoundByRelations.ts (internal names, not public API), as unit tests. */
import { describe } from 'vitest';
import { formerExample } from '../support/formerExamples';
import * as index from '../../src/index';
import * as m0 from '../../src/algebra/rational';
import * as m1 from '../../src/model/architecture';
import * as m2 from '../../src/verify/upperBoundByRelations';

const namespace = { ...index, ...m0, ...m1, ...m2 };

describe('upperBoundByRelations (former TSDoc examples)', () => {
  formerExample('example 1', namespace, `import { architecture, relationUpperBound, rational } from 'deeplin';
// widths (1,1,1,1), W_1 = W_3 = 0
const arch = architecture([1, 1, 1, 1]);
const sample = (rng) => [[[rational(0)]], [[rational(rng.int(1, 9))]], [[rational(0)]]];
const r = relationUpperBound(arch, [[1, 1], [3, 3]], sample, { seed: 1 });
r.status;                                      // "proved"
r.certificates[0].relation.coefficients;      // ["1","1"]`);
});
