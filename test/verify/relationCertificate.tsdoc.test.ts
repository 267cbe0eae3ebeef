/** The examples that were in the TSDoc of src/verify/relationCertificate.ts (internal names, not public API), as unit tests. */
import { describe } from 'vitest';
import { formerExample } from '../support/formerExamples';
import * as index from '../../src/index';
import * as m0 from '../../src/algebra/rational';
import * as m1 from '../../src/model/architecture';
import * as m2 from '../../src/verify/relationCertificate';

const namespace = { ...index, ...m0, ...m1, ...m2 };

describe('relationCertificate (former TSDoc examples)', () => {
  formerExample('example 1', namespace, `import { architecture, proveRelation, checkRelationCertificate, rational } from 'deeplin';
// widths (1,1,1,1), W_1 = W_3 = 0: Δ_1 + Δ_2 = w_3² − w_1²
const cert = proveRelation(architecture([1, 1, 1, 1]), [[1, 1], [3, 3]], [rational(1), rational(1)]);
cert.cofactors; // [{"window":[1,1],"entry":[1,1],"cofactor":"-w1_1_1"},{"window":[3,3],"entry":[1,1],"cofactor":"w3_1_1"}]
checkRelationCertificate(JSON.parse(JSON.stringify(cert))).ok; // true`);
  formerExample('example 2', namespace, `import { architecture, proveRelation, rational, type RelationCertificate } from 'deeplin';
const cert: RelationCertificate | null = proveRelation(architecture([1, 1, 1]), [[1, 1], [2, 2]], [rational(1)]);
cert?.relation.coordinates; // ["Delta1[1,1]"]`);
  formerExample('example 3', namespace, `import { architecture, proveRelation, checkRelationCertificate, rational } from 'deeplin';
const cert = proveRelation(architecture([1, 1, 1]), [[1, 1], [2, 2]], [rational(1)]);
const tampered = { ...cert, relation: { ...cert.relation, coefficients: ['2'] } };
checkRelationCertificate(tampered).ok;               // false
checkRelationCertificate(cert).checks.map((c) => c.name); // ["relation","nonzero","windows","identity"]`);
});
