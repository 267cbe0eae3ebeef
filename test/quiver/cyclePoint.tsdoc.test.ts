/** The examples that were in the TSDoc of src/quiver/cyclePoint.ts (internal names, not public API), as unit tests. */
import { describe } from 'vitest';
import { formerExample } from '../support/formerExamples';
import * as index from '../../src/index';
import * as m0 from '../../src/algebra/matrix';
import * as m1 from '../../src/algebra/rationalField';
import * as m2 from '../../src/hessianVariety/hessianVanishesDirectly';
import * as m3 from '../../src/hessianVariety/inHessianVariety';
import * as m4 from '../../src/quiver/cyclePoint';
import * as m5 from '../../src/quiver/cycleString';
import * as m6 from '../../src/random';

const namespace = { ...index, ...m0, ...m1, ...m2, ...m3, ...m4, ...m5, ...m6 };

describe('cyclePoint (former TSDoc examples)', () => {
  formerExample('example 1', namespace, `import { QQ, Rng, cycleStringDecomposition, cyclePoint, matFromStrings, matMul, matTranspose, matToStrings, inHessianVariety, hessianVanishesDirectly } from 'deeplin';
const dec = cycleStringDecomposition(3, [[3, 2], [2, 2], [1, 1], [1, 1], [2, 1]]); // widths (1,2,2,2)
const C = matFromStrings(QQ, [['2', '-3']]);
const { point, X, Y } = cyclePoint(dec, new Rng(5), { C });
matToStrings(QQ, matMul(QQ, X, matTranspose(Y))); // [["2","-3"]]
inHessianVariety(QQ, point, X, Y).holds;  // true
hessianVanishesDirectly(QQ, point, X, Y).holds; // true`);
});
