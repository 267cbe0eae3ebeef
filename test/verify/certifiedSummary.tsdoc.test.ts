/** The examples that were in the TSDoc of src/verify/certifiedSummary.ts (internal names, not public API), as unit tests. */
import { describe } from 'vitest';
import { formerExample } from '../support/formerExamples';
import * as index from '../../src/index';
import * as m0 from '../../src/verify/certifiedSummary';

const namespace = { ...index, ...m0 };

describe('certifiedSummary (former TSDoc examples)', () => {
  formerExample('example 1', namespace, `import { certifiedSummary } from 'deeplin';
const c = { proved: true, exactComponents: 2, provedComponents: 2, components: [{}, {}], restricted: { lowerBound: 3, upperBound: 3, exact: true }, unproved: [], certificate: {}, seconds: 0 };
certifiedSummary(c, 'out/c.json').restrictedDimensionExact; // true`);
});
