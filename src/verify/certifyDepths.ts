/**
 * `search --certify`: a proof for every depth of a minimal-depth search. A
 * depth that holds is re-verified with the same seed and coverage and
 * certified ({@link certifyVerification}); it is `proved` only when every
 * component carries a proved upper bound below G's certified lower bound. A
 * failing depth is proved by its exact witness (re-checked by the search).
 *
 * @example
 * ```ts
 * import { certifyDepths } from 'deeplin';
 * const depths = [{ depth: 2, verdict: 'holds' }, { depth: 3, verdict: 'holds' }];
 * certifyDepths(2, depths, { seed: 1, coverage: 'full' }).map((d) => d.proved); // [true, true]
 * ```
 */
import type { OnProgress, Progress } from '../parallel/progress';
import { uniformArchitecture } from '../model/architecture';
import { verifyArchitecture } from './verifyArchitecture';
import { certifyVerification } from './certifyVerification';
import type { CertifyEffort } from './componentCertification';

export interface CertifiedDepth {
  readonly proved: boolean;
  readonly exactComponents?: number;
  readonly certifiedComponents?: number;
  readonly restrictedDimensionExact?: boolean;
  readonly stillMonteCarlo?: readonly { readonly label: string; readonly reason: string }[];
}

/** The phase name of the certification's progress reports. */
export const CERTIFY_PHASE = 'components certified (relations proved exactly)';

/** `certified` of `total` components done, and the search inside the next one (a certifyOrbit report) as the note. */
/**
 * The two callbacks of certifyVerification(InParallel) turned into one
 * {@link CERTIFY_PHASE} progress stream: components certified / the number
 * certified (known from the first component on; `initialTotal` until then),
 * with the progress inside the next component as the note.
 */
export function certificationProgress(progress: OnProgress, initialTotal: number): {
  onComponent: (done: number, c: unknown, seconds: number, total: number) => void;
  onProgress: OnProgress;
} {
  let total = initialTotal;
  let certified = 0;
  return {
    onComponent: (done, _c, _s, all) => progress({ phase: CERTIFY_PHASE, done: (certified = done), total: (total = all) }),
    onProgress: (inside) =>
      progress({ phase: CERTIFY_PHASE, done: certified, total: Math.max(total, certified), note: `next component: ${inside.phase} ${inside.done}/${inside.total}${inside.note ? `, ${inside.note}` : ''}` }),
  };
}

export function certifyDepths<D extends { readonly depth: number; readonly verdict: string }>(
  width: number,
  depths: readonly D[],
  options: {
    readonly seed: number;
    readonly coverage: 'full' | 'data-independent';
    /** `exact` (default) or `verdict`: the wider relation search only where the verdict needs it (as `verify --certify-effort`). */
    readonly effort?: CertifyEffort;
    readonly onDepth?: (depth: number, proved: boolean) => void;
    /** Progress within a depth: its verify run's phases, then the components certified. */
    readonly onDepthProgress?: (depth: number, progress: Progress) => void;
  },
): (D & CertifiedDepth)[] {
  return depths.map((entry) => {
    if (entry.verdict === 'fails') return { ...entry, proved: true };
    if (entry.verdict !== 'holds') return { ...entry, proved: false };
    const arch = uniformArchitecture(entry.depth, width);
    const progress = options.onDepthProgress && ((p: Progress): void => options.onDepthProgress?.(entry.depth, p));
    const result = verifyArchitecture(arch, { seed: options.seed, coverage: options.coverage, onProgress: progress });
    const c = certifyVerification(arch, result, { seed: options.seed, ...(options.effort ? { effort: options.effort } : {}), ...(progress ? certificationProgress(progress, result.components.length) : {}) });
    options.onDepth?.(entry.depth, c.proved);
    return {
      ...entry,
      proved: c.proved,
      exactComponents: c.exactComponents,
      certifiedComponents: c.components.length,
      restrictedDimensionExact: c.restricted.exact,
      stillMonteCarlo: c.unproved,
    };
  });
}
