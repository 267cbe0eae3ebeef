/** The examples that were in the TSDoc of src/verify/linearRelations.ts (internal names, not public API), as unit tests. */
import { describe } from 'vitest';
import { formerExample } from '../support/formerExamples';
import * as index from '../../src/index';
import * as m0 from '../../src/algebra/rational';
import * as m1 from '../../src/model/architecture';
import * as m2 from '../../src/verify/linearRelations';

const namespace = { ...index, ...m0, ...m1, ...m2 };

describe('linearRelations (former TSDoc examples)', () => {
  formerExample('example 1', namespace, `import { architecture, findLinearRelations, rational, ratToString } from 'deeplin';
// widths (1,1,1,1): W_1 = W_3 = 0 with w_2 random; the trace lemma says Δ_1 + Δ_2 = 0
const arch = architecture([1, 1, 1, 1]);
const sample = (rng) => [[[rational(0)]], [[rational(rng.int(1, 9))]], [[rational(0)]]];
findLinearRelations(arch, sample, { seed: 3 }).map((l) => l.map(ratToString)); // [["1","1"]]`);
});
