/** The examples that were in the TSDoc of src/export/namedSystems.ts (internal names, not public API), as unit tests. */
import { describe } from 'vitest';
import { formerExample } from '../support/formerExamples';
import * as index from '../../src/index';
import * as m0 from '../../src/export/namedSystems';

const namespace = { ...index, ...m0 };

describe('namedSystems (former TSDoc examples)', () => {
  formerExample('example 1', namespace, `import { namedSystems } from 'deeplin';
namedSystems().map((s) => s.name); // ["depth4-width2","depth16-width2"]`);
});
