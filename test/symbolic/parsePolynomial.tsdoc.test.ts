/** The examples that were in the TSDoc of src/symbolic/parsePolynomial.ts (internal names, not public API), as unit tests. */
import { describe } from 'vitest';
import { formerExample } from '../support/formerExamples';
import * as index from '../../src/index';
import * as m0 from '../../src/algebra/polynomialFormat';
import * as m1 from '../../src/algebra/polynomialRing';
import * as m2 from '../../src/algebra/rationalField';
import * as m3 from '../../src/symbolic/parsePolynomial';

const namespace = { ...index, ...m0, ...m1, ...m2, ...m3 };

describe('parsePolynomial (former TSDoc examples)', () => {
  formerExample('example 1', namespace, `import { QQ, polynomialRing, parsePolynomial, polyToString } from 'deeplin';
const R = polynomialRing(QQ, ['x', 'y']);
polyToString(parsePolynomial('3*x^2 - 1/2*x*y + 2*y*x', R), 'plain'); // "3*x^2 + 3/2*x*y"
try { parsePolynomial('1.5*x', R); } catch (e) { (e as Error).message; } // "parsePolynomial: unexpected '.' at position 1 in \\"1.5*x\\" …"`);
});
