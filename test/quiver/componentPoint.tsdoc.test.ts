/** The examples that were in the TSDoc of src/quiver/componentPoint.ts (internal names, not public API), as unit tests. */
import { describe } from 'vitest';
import { formerExample } from '../support/formerExamples';
import * as index from '../../src/index';
import * as m0 from '../../src/algebra/rational';
import * as m1 from '../../src/algebra/rationalField';
import * as m2 from '../../src/model/architecture';
import * as m3 from '../../src/model/layerProduct';
import * as m4 from '../../src/quiver/componentPoint';
import * as m5 from '../../src/random';
import * as m6 from '../../src/verify/blockComponents';

const namespace = { ...index, ...m0, ...m1, ...m2, ...m3, ...m4, ...m5, ...m6 };

describe('componentPoint (former TSDoc examples)', () => {
  formerExample('example 1', namespace, `import { QQ, uniformArchitecture, componentPoint, blockComponents, layerProduct, Rng, rational } from 'deeplin';
const rng = new Rng(1);
const blocks = [{ first: 2, last: 3, orbit: blockComponents([1, 1, 1])[0] }];
const W = componentPoint(QQ, uniformArchitecture(3, 1), blocks, () => rational(rng.int(-9, 9)));
QQ.toString(layerProduct(QQ, W, 2, 3)[0][0]); // "0"`);
});
