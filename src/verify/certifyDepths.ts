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
import type { Progress } from '../parallel/progress';
import { uniformArchitecture } from '../model/architecture';
import { verifyArchitecture } from './verifyArchitecture';
import { certifyVerification } from './certifyVerification';

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
export function certifyingProgress(certified: number, total: number, inside: Progress): Progress {
  return { phase: CERTIFY_PHASE, done: certified, total: Math.max(total, certified), note: `next component: ${inside.phase} ${inside.done}/${inside.total}${inside.note ? `, ${inside.note}` : ''}` };
}

export function certifyDepths<D extends { readonly depth: number; readonly verdict: string }>(
  width: number,
  depths: readonly D[],
  options: {
    readonly seed: number;
    readonly coverage: 'full' | 'data-independent';
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
    let total = result.components.length; // until the first component reports the number certified
    let certified = 0;
    const onComponent = progress && ((done: number, _c: unknown, _s: number, all: number): void => progress({ phase: CERTIFY_PHASE, done: (certified = done), total: (total = all) }));
    const onProgress = progress && ((p: Progress): void => progress(certifyingProgress(certified, total, p)));
    const c = certifyVerification(arch, result, { seed: options.seed, onComponent, onProgress });
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
