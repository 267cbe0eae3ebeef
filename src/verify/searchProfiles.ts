/**
 * Property-based search for counterexamples among width profiles, with
 * fast-check: the property "the conjecture holds for this profile" is tested
 * on random profiles (depth in [minDepth, maxDepth], widths in [1, maxWidth]),
 * and a failure is SHRUNK by fast-check towards a smaller depth and smaller
 * widths. Each profile is settled by {@link verifyArchitecture}. Use this for
 * spaces too large to enumerate; a run that finds nothing is evidence, not a
 * proof, and says so.
 *
 * @example
 * ```ts
 * import { searchProfiles } from 'deeplin';
 * const r = searchProfiles({ minDepth: 2, maxDepth: 4, maxWidth: 2, runs: 20, seed: 1 });
 * [r.status, r.method.startsWith('fast-check')]; // ["none-found",true]
 * ```
 */
import fc from 'fast-check';
import { ArgumentError } from '../errors';
import { architecture } from '../model/architecture';
import type { WitnessJson } from '../witness/witnessFormat';
import { verifyArchitecture } from './verifyArchitecture';

export interface SearchProfilesOptions {
  readonly minDepth: number;
  readonly maxDepth: number;
  readonly maxWidth: number;
  /** Random profiles to try (default 100). */
  readonly runs?: number;
  readonly seed?: number;
  readonly onProfile?: (widths: readonly number[], verdict: string) => void;
}

export type SearchProfilesResult =
  | { readonly status: 'found'; readonly widths: readonly number[]; readonly witness: WitnessJson | null; readonly tried: number; readonly shrinks: number; readonly method: string }
  | { readonly status: 'none-found'; readonly tried: number; readonly method: string };

export function searchProfiles(options: SearchProfilesOptions): SearchProfilesResult {
  const { minDepth, maxDepth, maxWidth } = options;
  if (!Number.isInteger(minDepth) || minDepth < 2) throw new ArgumentError('searchProfiles', 'minDepth', minDepth, 'an integer >= 2');
  if (!Number.isInteger(maxDepth) || maxDepth < minDepth || maxDepth > 32) throw new ArgumentError('searchProfiles', 'maxDepth', maxDepth, `an integer in [${minDepth}, 32]`);
  if (!Number.isInteger(maxWidth) || maxWidth < 1 || maxWidth > 8) throw new ArgumentError('searchProfiles', 'maxWidth', maxWidth, 'an integer in [1, 8]');
  const runs = options.runs ?? 100;
  const seed = options.seed ?? 1;
  let tried = 0;
  // a plain array: shrinking can both drop layers (smaller depth) and lower widths
  const profile = fc.array(fc.integer({ min: 1, max: maxWidth }), { minLength: minDepth + 1, maxLength: maxDepth + 1 });
  const method = `fast-check random search over profiles (depth ${minDepth}..${maxDepth}, widths 1..${maxWidth}), ${runs} runs, seed ${seed}, failures shrunk towards smaller depth and widths; each profile settled by verifyArchitecture over all of A_H (data-independent components and data-dependent string orbits)`;
  const details = fc.check(
    fc.property(profile, (widths) => {
      tried++;
      const verdict = verifyArchitecture(architecture(widths), { seed }).verdict;
      options.onProfile?.(widths, verdict);
      return verdict !== 'fails';
    }),
    { seed, numRuns: runs, endOnFailure: false },
  );
  if (!details.failed || !details.counterexample) return { status: 'none-found', tried, method };
  const widths = details.counterexample[0];
  const witness = verifyArchitecture(architecture(widths), { seed }).witness;
  return { status: 'found', widths, witness, tried, shrinks: details.numShrinks, method };
}
