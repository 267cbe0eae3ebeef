/**
 * deeplin — the public API: what a researcher calls. Grouped by theme, as
 * the mathematics is layered (each group uses only the ones above it).
 * Internal modules (worker plumbing, the command line, helpers of one
 * algorithm) are not exported; their behaviour is pinned by unit tests.
 */

// errors (one line for the user) and seeded randomness
export { DeeplinError, ArgumentError, ArithmeticError, FormatError } from './errors';
export { Rng, streamSeed } from './random';

// exact algebra over Q and F_p (no floats): rationals, matrices, ranks, polynomials
export type { Field } from './algebra/field';
export { type Rational, rational, ratToString, parseRational } from './algebra/rational';
export { QQ } from './algebra/rationalField';
export { DEFAULT_PRIMES, primeField } from './algebra/primeField';
export { type Matrix, matMul, matTranspose, matFromStrings, matToStrings } from './algebra/matrix';
export { rank } from './algebra/rank';
export { rankOverQ } from './algebra/rankOverQ';
export { rankModP } from './algebra/rankModP';
export { nullspace } from './algebra/nullspace';
export { inverse } from './algebra/inverse';
export { type PolynomialRing, polynomialRing } from './algebra/polynomialRing';
export { type Polynomial, polyEvaluate, polyVariable, polyMul } from './algebra/polynomial';
export { polyToString } from './algebra/polynomialFormat';
export { parsePolynomial } from './symbolic/parsePolynomial';
export { parsePolynomialMap } from './symbolic/parsePolynomialMap';

// floats, said to be floats: the float field, SVD rank with its gap, the one tolerance table
export { RR } from './numeric/floatField';
export { floatRank } from './numeric/floatRank';
export { TOLERANCES } from './numeric/tolerance';

// the deep linear network: architecture, points, data, loss, gradient, Hessian, δ
export { type Architecture, architecture, uniformArchitecture, parameterCount } from './model/architecture';
export { type NetworkPoint, pointFromStrings } from './model/networkPoint';
export { checkData } from './model/trainingData';
export { trainingDataFromJson } from './model/trainingDataFromJson';
export { genericData } from './model/genericData';
export { layerProduct } from './model/layerProduct';
export { loss } from './model/loss';
export { lossGradient } from './model/lossGradient';
export { lossHessian } from './model/lossHessian';
export { deltaMap } from './model/deltaMap';
export { deltaJacobian } from './model/deltaJacobian';
export { symbolicNetwork, symbolicDelta } from './model/symbolicNetwork';

// quiver representations: interval decompositions, orbits, components, the cyclic quiver of the data
export { type IntervalDecomposition, intervalDecomposition, orbitDimension, decompositionToString } from './quiver/intervalDecomposition';
export { normalForm } from './quiver/normalForm';
export { orbitPoint } from './quiver/orbitPoint';
export { decompositionOfPoint } from './quiver/decompositionOfPoint';
export { enumerateDecompositions } from './quiver/enumerateDecompositions';
export { maximalDecompositions } from './quiver/degenerationOrder';
export { decompositionInHessianVariety } from './quiver/decompositionInHessianVariety';
export { componentPoint } from './quiver/componentPoint';
export { cycleStringDecomposition } from './quiver/cycleString';
export { enumerateCycleStrings } from './quiver/enumerateCycleStrings';
export { cycleStringInHessianVariety } from './quiver/cycleStringInHessianVariety';
export { cyclePoint } from './quiver/cyclePoint';

// the Hessian variety A_H: the talk's conditions, and the direct test (gradient and Hessian vanish)
export { hessianConditions } from './hessianVariety/hessianConditions';
export { inHessianVariety } from './hessianVariety/inHessianVariety';
export { hessianVanishesDirectly } from './hessianVariety/hessianVanishesDirectly';
export { conditionsImplyHessianVariety } from './hessianVariety/conditionsImplyHessianVariety';

// dimensions of images: δ restricted to an orbit, δ's image, any polynomial map's image
export { restrictedDeltaJacobian } from './dimension/restrictedDeltaJacobian';
export { deltaImageDimension } from './dimension/deltaImageDimension';
export { polynomialImageDimension } from './dimension/polynomialImageDimension';

// witnesses: the file format, the finder, the checker that trusts only the file
export { type WitnessJson, parseWitness } from './witness/witnessFormat';
export { talkConditions } from './witness/talkConditions';
export { findCounterexample } from './witness/findCounterexample';
export { checkWitness } from './witness/checkWitness';

// the verifier: components of A_H, the generic dimension, verdicts, exact upper bounds by relations
export { hessianPatterns } from './verify/hessianPatterns';
export { blockComponents } from './verify/blockComponents';
export { hessianComponents } from './verify/hessianComponents';
export { dataDependentOrbits } from './verify/dataDependentComponents';
export { type GenericDimension, genericDimension } from './verify/genericDimension';
export { type VerifyOptions, type VerifyResult, type ComponentEvaluation, verifyArchitecture } from './verify/verifyArchitecture';
export { verifyArchitectureInParallel } from './verify/verifyArchitectureInParallel';
export { searchProfiles } from './verify/searchProfiles';
export { findLinearRelations } from './verify/linearRelations';
export { windowIdeal } from './verify/windowIdeal';
export { type RelationCertificate, proveRelation, checkRelationCertificate } from './verify/relationCertificate';
export { relationUpperBound } from './verify/upperBoundByRelations';

// many architectures: sweeps (sharded, merged) and the minimal-depth search
export { type ArchitectureVerdict, architectureVerdict } from './sweep/architectureVerdict';
export { sweepParameters } from './sweep/sweepPlan';
export { type SweepResult, runSweep, sweepToJson } from './sweep/runSweep';
export { mergeSweeps } from './sweep/mergeSweeps';
export { searchMinimalDepth, searchMinimalDepthInWorkers } from './sweep/searchMinimalDepth';

// output for other systems and for people: Macaulay2 / Singular / LaTeX / JSON, HTML reports
export { symbolicSystem, systemToMacaulay2, systemToSingular, systemToLatex, systemToJson } from './export/symbolicSystem';
export { namedSystems } from './export/namedSystems';
export { witnessToMacaulay2 } from './export/witnessToMacaulay2';
export { renderReport } from './report/renderReport';

// memory: peak estimates from the sizes, before anything is allocated
export { deltaWorkMemory } from './limits/deltaWorkMemory';
export { memoryBudget } from './limits/memoryBudget';

// conservation laws of gradient flow (issue #14 item 2): how many, and does δ give them all
export {
  type ConservationLaws, type ConservationLawsOptions, type LawsStatus, conservationLaws,
} from './conservation/conservationLaws';
export { type VectorField, lieBracket } from './conservation/vectorField';
export { productGradientFields } from './conservation/productGradientFields';
export { type PolynomialLaws, type PolynomialLawsOptions, polynomialLaws } from './conservation/polynomialLaws';

// the landscape, part 1 (issue #13): exact classification of critical points
export { congruenceDiagonal, type CongruenceDiagonal } from './algebra/congruenceDiagonal';
export { characteristicPolynomial } from './algebra/characteristicPolynomial';
export { countRealRoots } from './algebra/sturm';
export { defaultLandscapeData } from './critical/landscapeData';
export { classifyPoint, type CriticalKind, type PointClassification } from './critical/classifyPoint';
export { criticalPoints, type CriticalPointClass, type CriticalPoints } from './critical/criticalPoints';
export { LANDSCAPE_EVIDENCE_KIND, LANDSCAPE_EVIDENCE_VERSION, landscapeEvidence } from './critical/landscapeEvidence';
export { checkLandscapeEvidence, type LandscapeCheckReport } from './critical/checkLandscapeEvidence';

// gradient flow (issue #14 item 1): follow Ẇ = −∇L from seeded starts in float64 (adaptive Dormand–Prince 5(4)),
// match the plateaus to the exact critical values, measure the drift of δ; `deeplin flow`, `deeplin report`
export { type OdeRightHandSide, type DormandPrinceOptions, type OdeStep, dormandPrinceSteps } from './flow/dormandPrince';
export { type FlowProblem, flowProblem, flowLoss, flowGradient, flowDelta } from './flow/flowProblem';
export { randomInitialPoint, balancedInitialPoint } from './flow/initialPoint';
export { type CriticalLevel, type Plateau, type PlateauOptions, matchPlateaus, plateauThresholds } from './flow/plateaus';
export { type FlowLandscape, flowLandscape } from './flow/criticalLevels';
export { type FlowSettings, type FlowRunInput, type FlowRun, DEFAULT_FLOW_SETTINGS, followFlow } from './flow/followFlow';
export { type FlowParameters, type FlowResult, type FlowOptions, type FlowBatch, FLOW_KIND, runFlow, flowToJson } from './flow/runFlow';
export { type LossCurvesOptions, svgLossCurves } from './report/svgLossCurves';
export { flowReportPage } from './report/flowReport';

// strict reading of files that carry claims (witnesses, certificates, evidence): duplicate keys,
// unknown fields and non-finite or imprecise numbers are refused, with the path
export { MAX_JSON_NESTING, parseStrictJson, requireFields } from './strictJson';
export { WITNESS_INFORMATIONAL_FIELDS } from './witness/witnessFormat';
export { equilibrate } from './numeric/equilibrate';

// exact upper bounds (issue #11): relations on an image found mod p and proved exactly; the upper-bound certificate and its checker
export { type ImageMap, type ImageRelations, imageRelations, relationHolds, gradedMonomials, monomialCount } from './certify/imageRelations';
export { type OrbitFamily, orbitFamily, adjugate, deltaAt, deltaKey } from './certify/orbitFamily';
export { type DeltaRelation, type OrbitCertification, type CertifyOrbitOptions, certifyOrbit } from './certify/certifyOrbit';
export { type CertifiedVerification, type CertifiedComponent, type CertifyVerificationOptions, certifyVerification } from './verify/certifyVerification';
export { type CertifiedDepth, certifyDepths } from './verify/certifyDepths';
export { certifiedSummary, certifiedText } from './verify/certifiedSummary';
export { type CertificateReport, type CertificateCheck, UPPER_BOUND_CERTIFICATE_KIND, checkUpperBoundCertificate } from './certify/checkUpperBoundCertificate';
export { type KernelVector, KERNEL_PRIMES, kernelModP } from './certify/modularKernel';
export { rationalReconstruction } from './certify/rationalReconstruction';
