/**
 * deeplin — the public API: what a researcher calls. Grouped by theme, as
 * the mathematics is layered (each group uses only the ones above it).
 * Internal modules (worker plumbing, the command line, helpers of one
 * algorithm, result types that a function's return type already names) are
 * not exported; their behaviour is pinned by unit tests. Every value exported
 * here has a runnable `@example` in its TSDoc (test/docs/examples.test.ts).
 */

// errors (one line for the user), seeded randomness, progress reports of long computations
export { DeeplinError, ArgumentError, FormatError } from './errors';
export { Rng, streamSeed } from './random';
export type { OnProgress, Progress } from './parallel/progress';

// exact algebra over Q and F_p (no floats): rationals, matrices, ranks, polynomials, real roots
export type { Field } from './algebra/field';
export { type Rational, rational, ratToString, parseRational } from './algebra/rational';
export { QQ } from './algebra/rationalField';
export { primeField } from './algebra/primeField';
export { type Matrix, matMul, matTranspose, matFromStrings, matToStrings } from './algebra/matrix';
export { rankOverQ } from './algebra/rankOverQ';
export { rankModP } from './algebra/rankModP';
export { nullspace } from './algebra/nullspace';
export { polynomialRing } from './algebra/polynomialRing';
export { type Polynomial, polyEvaluate, polyVariable, polyMul } from './algebra/polynomial';
export { polyToString } from './algebra/polynomialFormat';
export { parsePolynomialMap } from './symbolic/parsePolynomialMap';
export { congruenceDiagonal } from './algebra/congruenceDiagonal';
export { characteristicPolynomial } from './algebra/characteristicPolynomial';
export { countRealRoots } from './algebra/sturm';
export { parseStrictJson, requireFields } from './strictJson';

// floats, said to be floats: the float field, SVD rank with its gap, the one tolerance table
export { RR } from './numeric/floatField';
export { floatRank } from './numeric/floatRank';
export { TOLERANCES } from './numeric/tolerance';

// the deep linear network: architecture, points, data, loss, gradient, Hessian, δ
export { type Architecture, architecture, uniformArchitecture, parameterCount } from './model/architecture';
export { pointFromStrings } from './model/networkPoint';
export { genericData } from './model/genericData';
export { layerProduct } from './model/layerProduct';
export { loss } from './model/loss';
export { lossGradient } from './model/lossGradient';
export { lossHessian } from './model/lossHessian';
export { deltaMap } from './model/deltaMap';
export { deltaJacobian } from './model/deltaJacobian';
export { symbolicDelta } from './model/symbolicNetwork';

// quiver representations: interval decompositions, orbits, components, the cyclic quiver of the data
export { intervalDecomposition, orbitDimension } from './quiver/intervalDecomposition';
export { normalForm } from './quiver/normalForm';
export { orbitPoint } from './quiver/orbitPoint';
export { decompositionOfPoint } from './quiver/decompositionOfPoint';
export { enumerateDecompositions } from './quiver/enumerateDecompositions';
export { maximalDecompositions } from './quiver/degenerationOrder';
export { componentPoint } from './quiver/componentPoint';
export { enumerateCycleStrings } from './quiver/enumerateCycleStrings';
export { cyclePoint } from './quiver/cyclePoint';

// the Hessian variety A_H: the talk's conditions, and the direct test (gradient and Hessian vanish)
export { hessianConditions } from './hessianVariety/hessianConditions';
export { inHessianVariety } from './hessianVariety/inHessianVariety';
export { hessianVanishesDirectly } from './hessianVariety/hessianVanishesDirectly';

// dimensions of images: δ restricted to an orbit, δ's image, any polynomial map's image
export { restrictedDeltaJacobian } from './dimension/restrictedDeltaJacobian';
export { deltaImageDimension } from './dimension/deltaImageDimension';
export { polynomialImageDimension } from './dimension/polynomialImageDimension';

// exact upper bounds: relations on an image found mod p and proved exactly; the upper-bound certificate and its checker
export { imageRelations, relationHolds } from './certify/imageRelations';
export { rationalReconstruction } from './certify/rationalReconstruction';
export { certifyImageDimension } from './certify/certifyImageDimension';
export { orbitFamily } from './certify/orbitFamily';
export { orthogonallyInvariant } from './certify/orthogonalInvariance';
export { eigenLayers, eigenvalueRelation, eigenvalueRelationGradient, eigenvalueRelationsAt, eigenvalueRelationText, type EigenLayer, type EigenvalueRelation } from './certify/eigenvalueRelations';
export { certifyOrbit } from './certify/certifyOrbit';
export { checkUpperBoundCertificate } from './certify/checkUpperBoundCertificate';

// witnesses: the file format, the finder, the checker that trusts only the file
export { parseWitness } from './witness/witnessFormat';
export { findCounterexample } from './witness/findCounterexample';
export { checkWitness } from './witness/checkWitness';

// the verifier: components of A_H, the generic dimension, verdicts, certified verdicts
export { hessianComponents } from './verify/hessianComponents';
export { dataDependentOrbits } from './verify/dataDependentComponents';
export { type GenericDimension, genericDimension } from './verify/genericDimension';
export { type VerifyOptions, type VerifyResult, verifyArchitecture } from './verify/verifyArchitecture';
export { verifyArchitectureInParallel } from './verify/verifyArchitectureInParallel';
export { certifyVerification } from './verify/certifyVerification';
export { certifyDepths } from './verify/certifyDepths';
export { searchProfiles } from './verify/searchProfiles';

// the landscape, part 1: exact classification of critical points, with evidence a referee re-checks
export { defaultLandscapeData } from './critical/landscapeData';
export { type CriticalKind, type PointClassification, classifyPoint } from './critical/classifyPoint';
export { type CriticalPoints, criticalPoints } from './critical/criticalPoints';
export { landscapeEvidence } from './critical/landscapeEvidence';
export { checkLandscapeEvidence } from './critical/checkLandscapeEvidence';

// the landscape, part 2: gradient flow in float64 (adaptive Dormand–Prince 5(4)), plateaus matched to exact critical values
export { dormandPrinceSteps } from './flow/dormandPrince';
export { flowProblem } from './flow/flowProblem';
export { randomInitialPoint, balancedInitialPoint } from './flow/initialPoint';
export { matchPlateaus } from './flow/plateaus';
export { flowLandscape } from './flow/criticalLevels';
export { followFlow } from './flow/followFlow';
export { type FlowResult, runFlow } from './flow/runFlow';

// the landscape, part 3: conservation laws of gradient flow — how many, and does δ give them all
export { type ConservationLaws, conservationLaws } from './conservation/conservationLaws';
export { lieBracket } from './conservation/vectorField';
export { productGradientFields } from './conservation/productGradientFields';
export { polynomialLaws } from './conservation/polynomialLaws';

// many architectures: sweeps (sharded, merged) and the minimal-depth search
export { sweepParameters } from './sweep/sweepPlan';
export { runSweep } from './sweep/runSweep';
export { mergeSweeps } from './sweep/mergeSweeps';
export { searchMinimalDepth } from './sweep/searchMinimalDepth';

// output for other systems and for people: Macaulay2 / Singular / LaTeX, HTML reports
export { symbolicSystem, systemToMacaulay2, systemToSingular, systemToLatex } from './export/symbolicSystem';
export { witnessToMacaulay2 } from './export/witnessToMacaulay2';
export { renderReport } from './report/renderReport';

// memory: the budget every size estimate is checked against, before anything is allocated
export { memoryBudget } from './limits/memoryBudget';
