/**
 * The smallest depth N ≤ maxDepth at which the main conjecture fails for
 * uniform width w (or for widths built by a profile function), verifying
 * every smaller depth. Each depth is settled by {@link verifyArchitecture}:
 * exhaustive over the components of the data-independent part of A_H.
 *
 * @example
 * ```ts
 * import { searchMinimalDepth } from 'deeplin';
 * const r = searchMinimalDepth(1, 6, { seed: 1 });
 * [r.minimalDepth, r.depths.map((d) => d.verdict).join(',')]; // [null,"holds,holds,holds,holds,holds"]
 * ```
 */
import { ArgumentError } from '../errors';
import { uniformArchitecture } from '../model/architecture';
import type { WitnessJson } from '../witness/witnessFormat';
import { verifyArchitecture, type VerifyResult } from './verifyArchitecture';

export interface DepthVerdict {
  readonly depth: number;
  readonly verdict: VerifyResult['verdict'];
  readonly coverage: VerifyResult['coverage'];
  readonly restrictedDimension: number;
  readonly genericDimension: number;
  readonly genericExact: boolean;
  readonly components: number;
  readonly failureProbability: number;
  readonly seconds: number;
}

export interface MinimalDepthResult {
  readonly width: number;
  /** The first failing depth, or null when none ≤ maxDepth fails. */
  readonly minimalDepth: number | null;
  /** True when every depth below minimalDepth (or ≤ maxDepth) holds. */
  readonly smallerDepthsHold: boolean;
  readonly witness: WitnessJson | null;
  readonly depths: readonly DepthVerdict[];
  readonly method: string;
}

export function searchMinimalDepth(
  width: number,
  maxDepth: number,
  options: { seed?: number; coverage?: 'full' | 'data-independent'; onDepth?: (v: DepthVerdict) => void } = {},
): MinimalDepthResult {
  if (!Number.isInteger(maxDepth) || maxDepth < 2 || maxDepth > 64) throw new ArgumentError('searchMinimalDepth', 'maxDepth', maxDepth, 'an integer in [2, 64]');
  const depths: DepthVerdict[] = [];
  let witness: WitnessJson | null = null;
  for (let N = 2; N <= maxDepth; N++) {
    const r = verifyArchitecture(uniformArchitecture(N, width), { seed: options.seed, coverage: options.coverage });
    const v: DepthVerdict = {
      depth: N,
      verdict: r.verdict,
      coverage: r.coverage,
      restrictedDimension: r.restrictedDimension.lowerBound,
      genericDimension: r.genericDimension.value,
      genericExact: r.genericDimension.exact,
      components: r.orbitCount,
      failureProbability: r.restrictedDimension.failureProbability,
      seconds: r.seconds,
    };
    depths.push(v);
    options.onDepth?.(v);
    if (r.verdict === 'fails') {
      witness = r.witness;
      break;
    }
  }
  const last = depths[depths.length - 1];
  const minimalDepth = last.verdict === 'fails' ? last.depth : null;
  const smallerDepthsHold = depths.filter((d) => d.depth !== minimalDepth).every((d) => d.verdict === 'holds');
  return {
    width,
    minimalDepth,
    smallerDepthsHold,
    witness,
    depths,
    method:
      options.coverage === 'data-independent'
        ? 'exhaustive enumeration of the components of the data-independent part of A_H at every depth (three-block patterns x block components)'
        : 'exhaustive at every depth: components of the data-independent part of A_H (three-block patterns x block components) and maximal string orbits of its data-dependent part (cycle through C, stabiliser orbits); each depth states its coverage',
  };
}
