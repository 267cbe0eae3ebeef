/**
 * The one-sentence explanation of a verify verdict ({@link chooseVerdict}),
 * saying how each number was obtained (exact, proved, Monte-Carlo with its
 * failure probability).
 */
import type { VerdictCase, VerdictFacts } from './chooseVerdict';

/** What the explanation reports besides the verdict's facts. */
export interface VerdictContext {
  readonly widths: readonly number[];
  readonly coverage: 'full' | 'data-independent';
  readonly genericValue: number;
  readonly totalFailure: number;
  /** The witness's group, when there is one. */
  readonly witnessGroup?: string;
}

export function explainVerdict(c: VerdictCase, f: VerdictFacts, x: VerdictContext): string {
  switch (c) {
    case 'empty':
      return `A_H (${x.coverage === 'full' ? 'including its data-dependent part' : 'data-independent part'}) is empty for widths (${x.widths.join(',')})`;
    case 'witness':
      return `a component of A_H (${x.witnessGroup === 'stabilizer' ? 'data-dependent: an orbit of the stabiliser of C' : 'data-independent'}) has certified restricted dimension ${f.restricted} = generic dimension ${x.genericValue} (exact): the conjecture fails; witness included`;
    case 'all-exact':
      return `EXACT: every one of the ${f.count} components of A_H carries a proved linear relation on delta's image, so each has restricted dimension <= G - 1 = ${f.genericLower - 1} < G`;
    case 'independent-exact':
      return (
        `the ${f.count - f.dataDependentCount} data-independent components carry proved linear relations (exact); the ${f.dataDependentCount} data-dependent ` +
        `orbits have restricted dimension <= ${f.restricted} < ${f.genericLower} by Monte-Carlo (Schwartz-Zippel at uniformly random parameters mod p; failure probability <= ${x.totalFailure.toExponential(2)})`
      );
    case 'below-generic':
      return (
        `every one of the ${f.count} components of A_H has restricted dimension <= ${f.restricted} < ${f.genericLower} <= generic dimension ` +
        `(${f.exactComponents} exact by proved linear relations, ${f.count - f.exactComponents} Monte-Carlo; total failure probability <= ${x.totalFailure.toExponential(2)})`
      );
    case 'partial-coverage':
      return (
        `UNDETERMINED: the covered part of A_H gives restricted dimension <= ${f.restricted} (generic dimension ${x.genericValue}), but ${f.coverageGap}; ` +
        `no verdict is claimed beyond the coverage (rerun with --data-independent for a verdict about the data-independent part alone)`
      );
    case 'undetermined':
      return `restricted dimension ${f.restricted} reaches the certified generic lower bound ${f.genericLower} but the generic dimension is not pinned down (upper bound ${f.genericUpper})`;
  }
}
