/**
 * One component of a `verify --certify` run as a self-contained task: its
 * exact point (and, on the data-dependent part, the data and C = X Yᵀ), its
 * seed from the named streams (`upper-bound-relations`, index k, or
 * `upper-bound-stabilizer-relations`), and the {@link certifyOrbit} options.
 * A task is JSON (rationals as strings), so the worker pool can run it
 * ({@link certifyComponentJob}); the certification depends only on the task,
 * and every limit inside it is a deterministic work budget, so the outcome is
 * the same in-process and in any worker, for every --jobs.
 */
import { matMul, matTranspose, type Matrix } from '../algebra/matrix';
import { parseRational, rational, ratToString, type Rational } from '../algebra/rational';
import { QQ } from '../algebra/rationalField';
import { certifyOrbit, type OrbitCertification } from '../certify/certifyOrbit';
import { orbitFamily } from '../certify/orbitFamily';
import { architecture, type Architecture } from '../model/architecture';
import { genericData } from '../model/genericData';
import { defineJob } from '../parallel/job';
import type { OnProgress } from '../parallel/progress';
import { componentPoint } from '../quiver/componentPoint';
import { cyclePoint } from '../quiver/cyclePoint';
import { cycleStringsToString } from '../quiver/cycleString';
import { Rng, streamSeed } from '../random';
import { dataDependentOrbits } from './dataDependentComponents';
import { hessianComponents } from './hessianComponents';
import type { VerifyResult } from './verifyArchitecture';

/** Work budgets (term products of the exact relation proofs) of the first and the wider pass; deterministic, unlike a time limit. */
export const FIRST_PASS_TERM_PRODUCTS = 1e7;
export const WIDER_PASS_TERM_PRODUCTS = 1e8;
/**
 * Largest interpolation (monomials) of the wider pass: two 3 × 3 Δ's (12 coordinates) at degree 4 have 1820 — the
 * windows whose degree-4 relation decides width 3 depth 6.
 */
export const WIDER_PASS_MONOMIALS = 2000;

/**
 * How hard `verify --certify` works on a component: `exact` (default) runs the wider pass wherever the
 * first does not reach the lower bound; `verdict` only where the first leaves the bound at or above the
 * generic dimension's certified lower bound (the proof of `holds` needs no more; fewer components exact).
 */
export type CertifyEffort = 'exact' | 'verdict';

/** The {@link certifyOrbit} options a task carries (no callbacks: a task is JSON). */
export interface ComponentCertifyOptions {
  readonly maxDegree?: number;
  readonly maxMonomials?: number;
  readonly target?: number;
  readonly maxTermProducts?: number;
  readonly seconds?: number;
  /**
   * Run the wider pass only when the first pass's upper bound is at least this
   * (`verify --certify-effort verdict`: the generic dimension's certified lower
   * bound, so the wider pass runs only where the verdict needs it); absent: whenever
   * the first pass is not exact.
   */
  readonly widerPassAtLeast?: number;
}

export interface ComponentTask {
  readonly widths: readonly number[];
  readonly label: string;
  readonly group: 'G' | 'stabilizer';
  readonly point: readonly (readonly (readonly string[])[])[];
  /** The data-independent component's block conditions (for the certificate). */
  readonly conditions?: unknown;
  /** The data-dependent orbit's data and C = X Yᵀ. */
  readonly data?: { readonly X: string[][]; readonly Y: string[][]; readonly C: string[][] };
  readonly seed: number;
  readonly options: ComponentCertifyOptions;
}

const strings = (M: Matrix<Rational>): string[][] => M.map((row) => row.map(ratToString));
const rationals = (M: readonly (readonly string[])[]): Matrix<Rational> => M.map((row) => row.map((x) => parseRational(x)));

/** The tasks of a run that holds: every data-independent component, then (full coverage) every maximal data-dependent orbit, in index order. */
export function componentTasks(
  arch: Architecture,
  result: VerifyResult,
  seed: number,
  options: ComponentCertifyOptions & { readonly data?: { readonly X: Matrix<Rational>; readonly Y: Matrix<Rational> }; readonly effort?: CertifyEffort },
): ComponentTask[] {
  const { data, ...rest } = options;
  const widerPassAtLeast = rest.effort === 'verdict' ? result.genericDimension.lowerBound : rest.widerPassAtLeast;
  const orbitOptions: ComponentCertifyOptions = {
    ...(rest.maxDegree !== undefined ? { maxDegree: rest.maxDegree } : {}),
    ...(rest.maxMonomials !== undefined ? { maxMonomials: rest.maxMonomials } : {}),
    ...(rest.target !== undefined ? { target: rest.target } : {}),
    ...(rest.maxTermProducts !== undefined ? { maxTermProducts: rest.maxTermProducts } : {}),
    ...(rest.seconds !== undefined ? { seconds: rest.seconds } : {}),
    ...(widerPassAtLeast !== undefined ? { widerPassAtLeast } : {}),
  };
  const tasks: ComponentTask[] = [];
  let index = 0;
  for (const component of hessianComponents(arch)) {
    const rng = new Rng(streamSeed(seed, 'upper-bound-point', index));
    const point = componentPoint(QQ, arch, component.blocks, () => rational(rng.int(-5, 5)));
    tasks.push({ widths: [...arch.widths], label: component.label, group: 'G', point: point.map(strings), conditions: component.pattern, seed: streamSeed(seed, 'upper-bound-relations', index), options: orbitOptions });
    index++;
  }
  if (result.coverage === 'full') {
    const { X, Y } = data ?? genericData(arch, new Rng(streamSeed(result.seed, 'data-dependent', 0)));
    const C = matMul(QQ, X, matTranspose(Y));
    dataDependentOrbits(arch, C, { maximal: true }).maximal.forEach((orbit, k) => {
      const at = cyclePoint(orbit, new Rng(streamSeed(seed, 'upper-bound-stabilizer-point', k)), { C });
      tasks.push({
        widths: [...arch.widths], label: `data-dependent | ${cycleStringsToString(orbit)}`, group: 'stabilizer', point: at.point.map(strings),
        data: { X: strings(at.X), Y: strings(at.Y), C: strings(at.C) }, seed: streamSeed(seed, 'upper-bound-stabilizer-relations', k), options: orbitOptions,
      });
    });
  }
  return tasks;
}

/** The stabiliser orbit's C (null for a G-orbit). */
export function taskC(task: ComponentTask): Matrix<Rational> | undefined {
  return task.data ? rationals(task.data.C) : undefined;
}

/**
 * Certifies one task: a cheap pass first (every window up to 600 monomials,
 * {@link FIRST_PASS_TERM_PRODUCTS}), a wider one ({@link WIDER_PASS_MONOMIALS} monomials,
 * {@link WIDER_PASS_TERM_PRODUCTS}) only where that did not reach the lower
 * bound and the caller fixed neither the monomial cap.
 */
export function certifyComponentTask(task: ComponentTask, onProgress?: OnProgress): OrbitCertification {
  const arch = architecture([...task.widths]);
  const family = orbitFamily(arch, task.point.map(rationals), task.group, taskC(task));
  const options = { maxDegree: 4, maxMonomials: 600, maxTermProducts: FIRST_PASS_TERM_PRODUCTS, ...task.options, seed: task.seed, onProgress };
  const { widerPassAtLeast, ...orbitOptions } = options;
  const first = certifyOrbit(family, orbitOptions);
  if (first.exact || task.options.maxMonomials !== undefined) return first;
  if (widerPassAtLeast !== undefined && first.upperBound < widerPassAtLeast) {
    return { ...first, reason: `${first.reason}; first pass only (--certify-effort verdict: ${first.upperBound} is already below ${widerPassAtLeast})` };
  }
  return certifyOrbit(family, { ...orbitOptions, maxMonomials: WIDER_PASS_MONOMIALS, maxTermProducts: task.options.maxTermProducts ?? WIDER_PASS_TERM_PRODUCTS });
}

/** {@link certifyComponentTask} as a worker-pool job: `verify --certify --jobs`. */
export const certifyComponentJob = defineJob(__filename, 'certify-component', certifyComponentTask);
