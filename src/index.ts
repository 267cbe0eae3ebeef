/**
 * deeplin — the curated public API. Everything a user imports comes from
 * here; the layout mirrors the mathematics:
 *  - exact algebra (no floats): rationals, prime fields, matrices, elimination, polynomials;
 *  - numerics (no symbolic code): float field, SVD rank with gap, the one tolerance module;
 *  - the deep linear network model: architecture, loss, gradient, Hessian, δ;
 *  - the quiver picture: interval decompositions, orbits, tangents;
 *  - the Hessian variety A_H: theorem conditions and the direct test;
 *  - dimensions of δ's image; counterexample witnesses and their checker.
 */
// errors and randomness
export { DeeplinError, ArgumentError, ArithmeticError, FormatError, requireInteger } from './errors';
export { Rng } from './random';

// limits: peak memory estimated from the sizes before allocating, refused beyond the budget
export { MEMORY_BYTES, type MemoryItem, type MemoryPhase, type MemoryEstimate, memoryEstimate, formatBytes } from './limits/memoryEstimate';
export { MEMORY_SAFETY_FACTOR, type MemoryBudget, memoryBudget, fitsMemory, requireMemory } from './limits/memoryBudget';
export { type DeltaWork, deltaWorkMemory } from './limits/deltaWorkMemory';

// exact algebra
export type { Field } from './algebra/field';
export {
  type Rational, rational, RAT_ZERO, RAT_ONE, ratAdd, ratSub, ratMul, ratNeg, ratInv, ratDiv, ratEq, ratIsZero, ratCompare,
  ratToString, parseRational,
} from './algebra/rational';
export { QQ } from './algebra/rationalField';
export { DEFAULT_PRIMES, MAX_PRIME, isPrime, mulMod, invMod, primeField } from './algebra/primeField';
export {
  type Matrix, matRows, matCols, matZeros, matIdentity, matUnit, matAdd, matSub, matScale, matNeg, matMul, matTranspose, matEq,
  matIsZero, matTrace, matMap, matFromStrings, matToStrings, matVStack, matHStack,
} from './algebra/matrix';
export { type MatrixShape, matrixShape } from './algebra/matrixShape';
export { type RrefResult, rref } from './algebra/rref';
export { rank } from './algebra/rank';
export { nullspace } from './algebra/nullspace';
export { leftKernel } from './algebra/leftKernel';
export { rankOverQ } from './algebra/rankOverQ';
export { type RankModPResult, rankModP } from './algebra/rankModP';
export { addRowMultipleModP, SMALL_PRIME_LIMIT } from './algebra/addRowMultipleModP';
export { type BandedMatrix, bandedMatrix, bandedToDense, bandedStoredEntries, zeroBandedRows } from './algebra/bandedMatrix';
export { bandedRankModP } from './algebra/bandedRankModP';
export { inverse } from './algebra/inverse';
export { inverseOverQ } from './algebra/inverseOverQ';
export { type PolynomialRing, polynomialRing, sameRing } from './algebra/polynomialRing';
export {
  type Polynomial, MAX_EXPONENT, polyZero, polyConstant, polyOne, polyVariable, polyFromTerms, polyAdd, polyNeg, polySub, polySum,
  polyScale, polyMul, polyPow, polyIsZero, polyEq, polyTotalDegree, polyTerms, polyEvaluate, polyPartial, polySubstitute,
  polyMapCoefficients,
} from './algebra/polynomial';
export { type PolyFormatStyle, polyToString, m2VariableName } from './algebra/polynomialFormat';
export {
  type PolyMatrix, polyMatVariables, polyMatFromConstants, polyMatIdentity, polyMatAdd, polyMatSub, polyMatMul, polyMatTranspose,
  polyMatEvaluate, polyMatIsZero,
} from './algebra/polynomialMatrix';

// numerics
export { RR } from './numeric/floatField';
export { type Tolerances, TOLERANCES, resolveTolerances } from './numeric/tolerance';
export { type FloatRankOptions, type FloatRankComputed, type FloatRankNotFinite, type FloatRankResult, floatRank } from './numeric/floatRank';

// the network model
export {
  type Architecture, MAX_PARAMETERS, MAX_WIDTH, architecture, uniformArchitecture, parameterCount, layerOffset,
  deltaCodomainDimension, gaugeDimension,
} from './model/architecture';
export { type NetworkPoint, checkPoint, pointFromStrings, flattenPoint } from './model/networkPoint';
export { type TrainingData, checkData } from './model/trainingData';
export { layerProduct } from './model/layerProduct';
export { type PartialProducts, partialProducts } from './model/partialProducts';
export { loss, residual, frobeniusSquare } from './model/loss';
export { lossGradient } from './model/lossGradient';
export { MAX_HESSIAN_PARAMETERS, lossHessian } from './model/lossHessian';
export { deltaMap, deltaCoordinates } from './model/deltaMap';
export { deltaDifferential } from './model/deltaDifferential';
export { deltaJacobian } from './model/deltaJacobian';
export { deltaJacobianBanded } from './model/deltaJacobianBanded';
export { type SymbolicNetwork, MAX_SYMBOLIC_VARIABLES, symbolicNetwork, symbolicDelta, symbolicDeltaCoordinates, symbolicProduct } from './model/symbolicNetwork';

// quiver representations and orbits
export {
  type Interval, type IntervalDecomposition, intervalDecomposition, dimensionVector, productRank, orbitDimension,
  decompositionToString,
} from './quiver/intervalDecomposition';
export { normalForm } from './quiver/normalForm';
export { type OrbitPoint, orbitPoint } from './quiver/orbitPoint';
export { orbitTangent, orbitTangentBasis } from './quiver/orbitTangent';
export { decompositionOfPoint } from './quiver/decompositionOfPoint';
export { degenerates, maximalDecompositions } from './quiver/degenerationOrder';
export { enumerateDecompositions } from './quiver/enumerateDecompositions';
export { randomDecomposition } from './quiver/randomDecomposition';
export { decompositionInHessianVariety } from './quiver/decompositionInHessianVariety';

// the Hessian variety
export { type ProductOracle, type HessianConditionsResult, hessianConditions } from './hessian/hessianConditions';
export { inHessianVariety } from './hessian/inHessianVariety';
export { type DirectHessianResult, directHessianTest } from './hessian/directHessianTest';
export { conditionsImplyHessianVariety, dataIndependentOracle } from './hessian/conditionsImplyHessianVariety';

// data-dependent part (cycle quiver)
export {
  type CycleString, type CycleStringDecomposition, MAX_CYCLE_STRING_LENGTH, cycleStringDecomposition, cycleDimensionVector, cyclePathRank,
  cycleProductRank, cycleRankOfC, cycleStringsToString,
} from './quiver/cycleString';
export { type CycleHessianResult, cycleStringInHessianVariety } from './quiver/cycleStringInHessianVariety';
export { type EnumerateCycleStringsOptions, DEFAULT_CYCLE_ENUMERATION_LIMIT, enumerateCycleStrings } from './quiver/enumerateCycleStrings';
export { type CycleNormalForm, cycleNormalForm } from './quiver/cycleNormalForm';
export { type CyclePointOptions, type CyclePoint, cyclePoint } from './quiver/cyclePoint';
export { intertwinerBasis } from './quiver/intertwinerBasis';
export { stabilizerLieAlgebraBasis, stabilizerOrbitTangentBasis } from './quiver/stabilizerTangent';
export { cycleRankDominated, cycleDegenerates, maximalCycleDecompositions } from './quiver/cycleDegeneration';
export {
  type DataDependentOrbitsOptions, type DataDependentOrbits, type RestrictedRankWithData, dataDependentOrbits, restrictedRankWithData,
} from './verify/dataDependentComponents';

// dimensions of δ's image
export { restrictedDeltaJacobian } from './dimension/restrictedDeltaJacobian';
export { restrictedDeltaJacobianBanded } from './dimension/restrictedDeltaJacobianBanded';
export { deltaRankModP } from './dimension/deltaRankModP';
export { type DeltaImageDimensionOptions, type DeltaImageDimension, deltaImageDimension } from './dimension/deltaImageDimension';
export { type PolynomialImageDimension, type PolynomialImageDimensionOptions, polynomialImageDimension } from './dimension/polynomialImageDimension';
export { type PolynomialMap, type ParsePolynomialMapOptions, parsePolynomialMap } from './symbolic/parsePolynomialMap';

// the verifier: components of A_H, verdicts, minimal depths
export { type HessianPattern, hessianPatterns } from './verify/hessianPatterns';
export { blockComponents } from './verify/blockComponents';
export { type Block, componentPoint } from './verify/componentPoint';
export { type HessianComponent, hessianComponents } from './verify/hessianComponents';
export { type GenericDimension, determinantalBound, genericDimension, genericDimensionPoint } from './verify/genericDimension';
export { type VerifyOptions, type ComponentEvaluation, type VerifyResult, type VerifySetup, type EvaluatedComponent, verifyArchitecture, verifySetup, finishVerify } from './verify/verifyArchitecture';
export { patternOrbitPoint, seededPatternOrbitPoint } from './verify/patternOrbitPoint';
export { type ComponentSpec, type ComponentEvaluationCore, type ComponentBatch, componentSeed, evaluateComponent, evaluateComponentBatch } from './verify/evaluateComponents';
export { verifyArchitectureInParallel } from './verify/verifyArchitectureInParallel';
export { type DepthVerdict, type MinimalDepthResult, searchMinimalDepth } from './verify/searchMinimalDepth';
export { type SearchProfilesOptions, type SearchProfilesResult, searchProfiles } from './verify/searchProfiles';

// witnesses
export { WITNESS_KIND, WITNESS_VERSION, type WitnessClaims, type WitnessJson, type Witness, parseWitness } from './witness/witnessFormat';
export { talkConditions } from './witness/talkConditions';
export { witnessFromSampler, genericData } from './witness/witnessFromSampler';
export { type FindCounterexampleOptions, type FindCounterexampleResult, findCounterexample } from './witness/findCounterexample';
export { type ConditionIdeal, type SymbolicSystem, symbolicSystem, systemToMacaulay2, systemToSingular, systemToLatex, systemToJson } from './export/symbolicSystem';
export { namedSystems } from './export/namedSystems';
export { witnessToMacaulay2 } from './export/witnessToMacaulay2';
export { type WitnessCheck, type WitnessReport, checkWitness } from './witness/checkWitness';

// command line (for embedding and tests)
export { type CommandIO, processIO, bufferIO } from './cli/commandIO';
export { type OptionSpec, type ParsedArgs, parseArgs, integerOption } from './cli/parseArgs';
export { type ArchitectureMemory, architectureFromOptions } from './cli/architectureOptions';
export { mainHelp, runCli } from './cli/main';

// verification: exact upper bounds from linear relations
export { integerEchelonBasis } from './verify/integerEchelonBasis';
export { type LinearRelationOptions, findLinearRelations } from './verify/linearRelations';
export { type Window, type WindowGenerator, type WindowIdeal, windowIdeal } from './verify/windowIdeal';
export { parsePolynomial } from './verify/parsePolynomial';
export {
  RELATION_CERTIFICATE_KIND, RELATION_CERTIFICATE_VERSION, type RelationCofactor, type RelationCertificate, type RelationCheck,
  type RelationCertificateReport, proveRelation, checkRelationCertificate,
} from './verify/relationCertificate';
export { type RelationUpperBound, relationUpperBound } from './verify/upperBoundByRelations';

// reports: self-contained HTML pages (inline CSS and SVG, no scripts, no network) for result files
export { htmlEscape } from './report/htmlEscape';
export { type LogPlotOptions, svgLogPlot } from './report/svgLogPlot';
export { type LineSeries, type LineChartOptions, svgLineChart } from './report/svgLineChart';
export { type VerdictGridEntry, type VerdictGridOptions, verdictGrid } from './report/verdictGrid';
export { type ReportKind, REPORT_INPUTS, reportKind } from './report/reportKind';
export { type ReportTone, type ReportPageContent, reportPage } from './report/reportPage';
export { type RenderReportOptions, renderReport } from './report/renderReport';

// long runs that scale: worker threads, sweeps, shards, merge, checkpoints, progress
export {
  type PoolSelftestInput, type JobName, type JobInput, type JobOutput, jobs, runJob, isJobName, poolSelftest,
} from './parallel/jobs';
export { type WorkerRequest, type WorkerReply, type SerializedError, serializeError, deserializeError } from './parallel/protocol';
export { type MapInWorkersOptions, type MapInWorkersResult, MAX_JOBS, defaultJobs, mapInWorkers, shutdownWorkers } from './parallel/pool';
export { type Checkpoint, CHECKPOINT_KIND, CHECKPOINT_VERSION, openCheckpoint } from './parallel/checkpoint';
export { type ArchitectureJob, type SweepEntry, type ArchitectureVerdict, architectureVerdict, sweepEntry } from './sweep/architectureVerdict';
export {
  type SweepCoverage, type SweepParameters, type SweepParametersInput, type Shard, MAX_SWEEP_ARCHITECTURES, MAX_SWEEP_WIDTH, MAX_SWEEP_DEPTH, MAX_SHARDS,
  sweepParameters, sweepSize, sweepArchitectures, parseShard, shardIndices,
} from './sweep/sweepPlan';
export { type SweepResult, type SweepOptions, type SweepRun, SWEEP_KIND, SWEEP_VERSION, runSweep, sweepToJson } from './sweep/runSweep';
export { compactJson } from './compactJson';
export { type SweepFile, mergeSweeps } from './sweep/mergeSweeps';
export {
  type SearchCoverage, type SearchInWorkersOptions, type MinimalDepthRun, depthVerdict, searchMinimalDepthInWorkers,
} from './verify/searchMinimalDepth';
export { type LongRun, progressBar, formatDuration, startLongRun, resumeCommand, interruptedLine } from './cli/progressBar';

// exact upper bounds (issue #11): relations on an image found mod p and proved exactly; the upper-bound certificate and its checker
export { type ImageMap, type ImageRelations, imageRelations, relationHolds, gradedMonomials, monomialCount } from './certify/imageRelations';
export { type OrbitFamily, orbitFamily, adjugate, deltaAt, deltaKey } from './certify/orbitFamily';
export { type DeltaRelation, type OrbitCertification, type CertifyOrbitOptions, certifyOrbit } from './certify/certifyOrbit';
export { type CertifiedVerification, type CertifiedComponent, type CertifyVerificationOptions, certifyVerification } from './certify/certifyVerification';
export { type CertifiedDepth, certifyDepths } from './certify/certifyDepths';
export { certifiedSummary, certifiedText } from './certify/certifiedSummary';
export { type CertificateReport, type CertificateCheck, UPPER_BOUND_CERTIFICATE_KIND, checkUpperBoundCertificate } from './certify/checkUpperBoundCertificate';
export { type KernelVector, KERNEL_PRIMES, kernelModP } from './certify/modularKernel';
export { rationalReconstruction } from './certify/rationalReconstruction';
