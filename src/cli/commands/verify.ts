/**
 * `deeplin verify`: settle the main conjecture for one architecture.
 */
import { ArgumentError } from '../../errors';
import type { Rational } from '../../algebra/rational';
import type { Architecture } from '../../model/architecture';
import { trainingDataFromJson } from '../../model/trainingDataFromJson';
import type { VerifyResult } from '../../verify/verifyArchitecture';
import { verifyArchitectureInParallel } from '../../verify/verifyArchitectureInParallel';
import { defaultJobs, MAX_JOBS } from '../../parallel/pool';
import { startLongRun } from '../progressBar';
import { architectureFromOptions } from '../architectureOptions';
import type { CommandIO } from '../commandIO';
import type { CertifiedVerification } from '../../verify/certifyVerification';
import { certifyVerificationInParallel } from '../../verify/certifyVerificationInParallel';
import { certifiedSummary, certifiedText } from '../../verify/certifiedSummary';
import { certificationProgress } from '../../verify/certifyDepths';
import { integerOption, parseArgs } from '../parseArgs';
import { checkOutputPath, readInputJson, writeOutputJson } from '../fileIO';
import { printJson, seedOption } from '../commonOptions';

export const verifyHelp = `deeplin verify --widths d0,...,dN | --depth N --width w [--seed S] [--data FILE] [--data-independent] [--witness FILE] [--certify FILE [--certify-effort exact|verdict]] [--jobs J] [--all-components] [--cycle-string-limit L] [--json]

Decides the main conjecture dim cl delta(A_H) < dim cl delta(parameter space) for
one architecture, on all of A_H: its data-independent part (three-block
patterns) and its data-dependent part (string orbits on the cycle through
C = X Y^T, for seeded generic data); coverage is always stated, and
--data-independent restricts to the first part (the verdict is then about that
part); when the data-dependent part cannot be enumerated (more than L string
decompositions generated, --cycle-string-limit, default 5,000,000) and no failure was found, the
verdict is undetermined (exit 3), never holds; --data FILE gives X and Y
({"X": [["1","-1/2"],...], "Y": [...]}, exact rationals as strings). Verdict holds / fails /
undetermined, the generic dimension and the
maximal restricted dimension with how each was obtained, the components
achieving it, and a witness file when the conjecture fails. With --certify FILE,
every component's Monte-Carlo upper bound is replaced by a proved one
(kernel vector fields of d(delta o psi) on the component's orbit family psi, or
polynomial relations on delta's image; both found mod p and proved by exact
expansion) and the deeplin/upper-bound-certificate
is written to FILE (re-check: npx deeplin check FILE); the verdict says proved only
when every component carries a proof, else it lists the components still
Monte-Carlo and why. Every proof search stops at a deterministic work budget
(term products), never a time limit, so the same components come out exact on
every machine. --certify-effort verdict runs the second, wider search (2000
monomials, 10^8 term products) only where the first leaves a component's bound
at or above the generic dimension (what the proof of holds needs; fewer components
exact, much faster on large runs); exact (default) runs it wherever the bounds
do not meet.
--jobs J evaluates (with --certify also certifies) the components of A_H on
J worker threads (default: the number of cores; the result and the
certificate are identical for every J); --all-components does not stop at
the first failing component. Ctrl-C stops cleanly (exit 130).

Example:
  npx deeplin verify --depth 8 --width 2 --witness out/depth8-width2.witness.json`;

export async function verifyCommand(argv: readonly string[], io: CommandIO): Promise<number> {
  const { options } = parseArgs('verify', argv, {
    depth: 'string', width: 'string', widths: 'string', seed: 'string', witness: 'string', certify: 'string', json: 'boolean', 'data-independent': 'boolean',
    data: 'string', jobs: 'string', 'all-components': 'boolean', 'cycle-string-limit': 'string', 'certify-effort': 'string',
  });
  const effort = options['certify-effort'] ?? 'exact';
  if (effort !== 'exact' && effort !== 'verdict') throw new ArgumentError('deeplin verify', '--certify-effort', effort, 'exact or verdict');
  if (options['certify-effort'] !== undefined && typeof options.certify !== 'string') throw new ArgumentError('deeplin verify', '--certify-effort', effort, 'only with --certify FILE');
  const jobs = integerOption('verify', 'jobs', options.jobs, 1, MAX_JOBS) ?? defaultJobs();
  const arch = architectureFromOptions('verify', options);
  const seed = seedOption('verify', options);
  const certify = typeof options.certify === 'string' ? options.certify : undefined;
  if (certify !== undefined) checkOutputPath('verify', 'certify', certify);
  if (typeof options.witness === 'string') checkOutputPath('verify', 'witness', options.witness);
  const coverage = options['data-independent'] ? 'data-independent' : 'full';
  const cycleStringLimit = integerOption('verify', 'cycle-string-limit', options['cycle-string-limit'], 1, 1e9);
  const data = typeof options.data === 'string' ? readData(options.data, arch) : undefined;
  if (!options.json) io.err(`deeplin verify: widths (${arch.widths.join(',')}), seed ${seed}`);
  const run = startLongRun(io);
  let result: VerifyResult;
  try {
    result = await verifyArchitectureInParallel(arch, {
      seed, coverage, cycleStringLimit, data, jobs, signal: run.signal, certify: false, stopAtFailure: !options['all-components'], label: 'deeplin verify',
      onProgress: (p) => run.within('', p),
    });
  } catch (e) {
    if (run.signal.aborted) {
      io.err('deeplin verify: interrupted (nothing written); rerun to start again');
      return 130;
    }
    throw e;
  } finally {
    run.close();
  }
  let certified: CertifiedVerification | undefined;
  if (certify !== undefined) {
    if (!options.json) io.err('deeplin verify: certifying every component (kernel fields or relations on delta\'s image, proved exactly)');
    const certifying = startLongRun(io, { interrupt: false }); // Ctrl-C keeps killing the process
    try {
      // components on `jobs` worker threads, in index order: the certificate is the same for every --jobs
      certified = await certifyVerificationInParallel(arch, result, {
        seed, data, jobs, effort,
        ...certificationProgress((p) => certifying.within('', p), result.components.length),
      });
    } finally {
      certifying.close();
    }
    if (certified.certificate) writeOutputJson('verify', 'certify', certify, certified.certificate);
  }
  let witnessPath: string | null = null;
  if (result.witness) {
    witnessPath = typeof options.witness === 'string' ? options.witness : `out/widths-${arch.widths.join('-')}.witness.json`;
    writeOutputJson('verify', 'witness', witnessPath, result.witness);
  }
  if (options.json) printJson(io, { ...verifySummary(result, witnessPath), ...(certified ? certifiedSummary(certified, certify as string) : {}) });
  else {
    printVerify(result, witnessPath, io);
    if (certified) io.out(certifiedText(certified, certify as string));
  }
  return result.verdict === 'fails' ? 1 : result.verdict === 'holds' ? 0 : 3;
}

/** The JSON object of `deeplin verify --json`. */
export function verifySummary(r: VerifyResult, witness: string | null): Record<string, unknown> {
  return {
    verdict: r.verdict,
    coverage: r.coverage,
    coverageNote: r.coverageNote,
    widths: r.widths,
    seed: r.seed,
    genericDimension: r.genericDimension.value,
    restrictedDimension: r.restrictedDimension.lowerBound,
    hessianVarietyEmpty: r.hessianVarietyEmpty,
    orbitCount: r.orbitCount,
    exactComponents: r.exactComponents,
    witness,
    evidence: {
      genericDimension: r.genericDimension,
      restrictedDimension: r.restrictedDimension,
      maximalComponents: r.maximal.slice(0, 20),
      explanation: r.explanation,
    },
    seconds: r.seconds,
  };
}

function printVerify(r: VerifyResult, witness: string | null, io: CommandIO): void {
  const G = r.genericDimension;
  io.out(`verdict: ${r.verdict.toUpperCase()}   (coverage: ${coverageWords(r)})`);
  if (r.coverageNote) io.out(`  ${r.coverageNote}`);
  io.out(`generic dimension of delta: ${G.value} (${G.exact ? 'exact' : `between ${G.lowerBound} and ${G.upperBound}`}; ${G.method})`);
  io.out(`A_H: ${r.hessianVarietyEmpty ? 'empty' : `${r.orbitCount} components (orbit closures)`}`);
  io.out(`restricted dimension (max over components): ${r.restrictedDimension.lowerBound} (${r.restrictedDimension.method}; failure probability <= ${r.restrictedDimension.failureProbability.toExponential(2)})`);
  for (const m of r.maximal.slice(0, 5)) {
    const conditions = m.conditions.length ? `  [conditions ${m.conditions.map(([a, b]) => `W_${b}..W_${a}=0`).join(', ')}]` : '';
    io.out(`  achieved by: ${m.label}  (orbit dimension ${m.dimension})${conditions}`);
  }
  if (r.maximal.length > 5) io.out(`  ... and ${r.maximal.length - 5} more`);
  io.out(r.explanation);
  if (witness) io.out(`witness written to ${witness}; re-check with: npx deeplin check ${witness}`);
  io.out(`(${r.seconds.toFixed(2)} s)`);
}

/** The coverage in a few words: what was covered, and why no more. */
function coverageWords(r: VerifyResult): string {
  if (r.coverage === 'full') return 'all of A_H, data-independent and data-dependent parts';
  if (r.coverageNote.includes('data-dependent part not requested')) return 'the data-independent part of A_H only, as requested';
  if (r.verdict === 'fails') return 'stopped at a certified failure on the data-independent part (a subvariety of A_H suffices)';
  if (r.verdict === 'undetermined') return 'the data-independent part of A_H only: the data-dependent part was NOT covered';
  return 'the data-independent part of A_H only';
}

/** Reads {"X": [[...]], "Y": [[...]]} (exact rationals as strings) and checks shapes and genericity. */
function readData(file: string, arch: Architecture): { X: Rational[][]; Y: Rational[][] } {
  const json = readInputJson('verify', file);
  return trainingDataFromJson(json, arch, 'deeplin verify', '--data', file);
}
