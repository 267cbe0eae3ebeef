/**
 * The verdict of a verify run from its counts alone (a small pure rule, so
 * it can be read, tested and changed in one place):
 *
 * - `empty`: no component of A_H at all → holds;
 * - `witness`: a component reaches the generic dimension, which is exact, and
 *   a checked witness exists → fails;
 * - `all-exact`: every component's bound is below the generic lower bound and
 *   every one carries a proved relation → holds (exact);
 * - `independent-exact`: below, with the data-independent components proved
 *   and the data-dependent ones by Monte-Carlo (Schwartz–Zippel) → holds;
 * - `below-generic`: below, by Monte-Carlo bounds → holds;
 * - `partial-coverage`: no failure found, but part of what was asked for was
 *   not covered (the data-dependent part's enumeration exceeded its limit) →
 *   undetermined: a verdict is only as strong as its coverage (a failure on
 *   the covered part still decides `fails`: a subvariety of A_H suffices);
 * - `undetermined`: anything else.
 */

/** What {@link chooseVerdict} reads. */
export interface VerdictFacts {
  /** Components evaluated (data-independent and data-dependent). */
  readonly count: number;
  /** Of which data-dependent. */
  readonly dataDependentCount: number;
  /** Components whose upper bound is exact (a proved relation). */
  readonly exactComponents: number;
  /** The maximal restricted dimension found (its bound). */
  readonly restricted: number;
  readonly genericLower: number;
  readonly genericUpper: number;
  readonly genericExact: boolean;
  readonly hasWitness: boolean;
  /**
   * Why part of the requested coverage was not covered (e.g. the cycle-string
   * enumeration exceeded its limit); absent when everything asked for was
   * covered (a `--data-independent` run asks for that part only).
   */
  readonly coverageGap?: string;
}

export type VerdictCase = 'empty' | 'witness' | 'all-exact' | 'independent-exact' | 'below-generic' | 'partial-coverage' | 'undetermined';

export function chooseVerdict(f: VerdictFacts): { readonly verdict: 'holds' | 'fails' | 'undetermined'; readonly case: VerdictCase } {
  if (f.count > 0 && f.genericExact && f.restricted === f.genericUpper && f.hasWitness) return { verdict: 'fails', case: 'witness' };
  if (f.coverageGap !== undefined) return { verdict: 'undetermined', case: 'partial-coverage' };
  if (f.count === 0) return { verdict: 'holds', case: 'empty' };
  if (f.restricted < f.genericLower) {
    if (f.exactComponents === f.count) return { verdict: 'holds', case: 'all-exact' };
    if (f.exactComponents === f.count - f.dataDependentCount && f.dataDependentCount > 0) return { verdict: 'holds', case: 'independent-exact' };
    return { verdict: 'holds', case: 'below-generic' };
  }
  return { verdict: 'undetermined', case: 'undetermined' };
}
