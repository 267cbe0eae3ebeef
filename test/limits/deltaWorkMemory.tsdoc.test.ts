/** The examples that were in the TSDoc of src/limits/deltaWorkMemory.ts (internal names, not public API), as unit tests. */
import { describe } from 'vitest';
import { formerExample } from '../support/formerExamples';
import * as index from '../../src/index';
import * as m0 from '../../src/limits/deltaWorkMemory';
import * as m1 from '../../src/model/architecture';

const namespace = { ...index, ...m0, ...m1 };

describe('deltaWorkMemory (former TSDoc examples)', () => {
  formerExample('example 1', namespace, `import { architecture, deltaWorkMemory } from 'deeplin';
const e = deltaWorkMemory(architecture([2, 3, 2]), 'dense-jacobians');
[e.bytes < 2 ** 20, e.phases.length]; // [true,4]
deltaWorkMemory(architecture([1, 1000, 1]), 'symbolic-delta').bytes > 2 ** 32; // true
deltaWorkMemory(architecture([2, 3, 2]), 'banded-delta').phases.length; // 1`);
});
