/**
 * The front door of a verify run at scale, before any enumeration of A_H:
 *
 * 1. When the enumeration is large (≥ {@link FAIL_FAST_FROM} component
 *    tuples, {@link componentTupleCount}), the known failing constructions
 *    ({@link failFastCandidates}) are evaluated first; a candidate whose
 *    certified rank mod p reaches the exact generic dimension settles the
 *    verdict `fails` (a failure needs one component) through
 *    {@link finishVerify}, which builds and exactly re-checks the witness.
 *    Below that size the enumeration order is kept, so small runs (and the
 *    committed witnesses) are unchanged.
 * 2. An exact witness is only attempted when its exact rank fits
 *    ({@link MAX_WITNESS_ENTRIES} entries of d delta o T over Q, fraction-free:
 *    time grows like entries × rank × bit length); beyond it the run is
 *    refused with one line that still states the certified failure.
 * 3. An enumeration beyond {@link MAX_COMPONENT_TUPLES} tuples is refused
 *    with one line (the count is exact, computed from closed forms) instead of
 *    running for years or ending in V8's heap-out-of-memory abort.
 *
 * Returns null when the ordinary enumeration should run.
 */
import { ArgumentError } from '../errors';
import { type Architecture, deltaCodomainDimension, parameterCount } from '../model/architecture';
import { componentTupleCount } from './componentTupleCount';
import { evaluateComponent } from './evaluateComponents';
import { failFastCandidates } from './failFastCandidates';
import { finishVerify, type VerifyOptions, type VerifyResult, type VerifySetup } from './verifyArchitecture';

/** Enumerations of at least this many component tuples try the failing constructions first. */
export const FAIL_FAST_FROM = 100_000;
/** The largest enumeration attempted (about 10 minutes of enumeration alone on one core at depth 24, width 2). */
export const MAX_COMPONENT_TUPLES = 5_000_000;
/** The largest d delta o T (rows × columns, over Q) whose exact rank a witness is built with (depth 100, width 2: 19 s). */
export const MAX_WITNESS_ENTRIES = 250_000;

export function verifyAtScale(arch: Architecture, options: VerifyOptions, setup: VerifySetup, who = 'verifyArchitecture'): VerifyResult | null {
  const tuples = componentTupleCount(arch, MAX_COMPONENT_TUPLES);
  const argument = arch.widths.every((w) => w === arch.widths[0]) ? '--depth' : '--widths';
  const value = argument === '--depth' ? arch.depth : arch.widths.join(',');
  if (tuples >= FAIL_FAST_FROM && options.stopAtFailure !== false && setup.G.exact) {
    for (const component of failFastCandidates(arch)) {
      const evaluation = evaluateComponent(arch, component, 0, setup.seed, setup.primes, setup.degree, setup.G.upperBound);
      if (evaluation.lowerBound !== setup.G.upperBound) continue;
      const entries = deltaCodomainDimension(arch) * parameterCount(arch);
      if (entries > MAX_WITNESS_ENTRIES) {
        throw new ArgumentError(
          who,
          argument,
          value,
          `an architecture whose exact witness fits (d delta o T over Q with at most ${MAX_WITNESS_ENTRIES} entries; here ${entries}${argument === '--depth' ? `; depth <= ${largestDepth(arch, (a) => deltaCodomainDimension(a) * parameterCount(a) <= MAX_WITNESS_ENTRIES)} at width ${arch.widths[0]}` : ''}). ` +
            `The conjecture FAILS here, certified mod p but without an exact witness: the component ${component.label} has rank(d delta o T) mod ${evaluation.ranks.map((r) => r.prime).join(', ')} = ${evaluation.lowerBound} = the exact generic dimension`,
        );
      }
      const component0 = { ...component, ranks: new Map<string, number>() };
      const result = finishVerify(arch, { ...options, certify: false }, setup, [{ index: 0, component: component0, evaluation }]);
      if (result.verdict !== 'fails') continue;
      const note = `stopped at a certified failure of a known construction, evaluated before enumerating A_H (whose data-independent part has ${tuples >= MAX_COMPONENT_TUPLES ? `more than ${MAX_COMPONENT_TUPLES}` : tuples} component tuples): 1 component evaluated`;
      return { ...result, coverageNote: result.coverageNote ? `${note}; ${result.coverageNote}` : note };
    }
  }
  if (tuples > MAX_COMPONENT_TUPLES) {
    const fits = argument === '--depth' ? `; depth <= ${largestDepth(arch, (a) => componentTupleCount(a, MAX_COMPONENT_TUPLES) <= MAX_COMPONENT_TUPLES)} at width ${arch.widths[0]}` : '';
    throw new ArgumentError(
      who,
      argument,
      value,
      `an architecture whose data-independent part of A_H has at most ${MAX_COMPONENT_TUPLES} component tuples to enumerate (here more${fits}); no known construction fails here, so a verdict needs the enumeration`,
    );
  }
  return null;
}

/** The largest depth ≤ arch.depth at arch's (uniform) width where `ok` holds (ok is monotone in the depth). */
function largestDepth(arch: Architecture, ok: (a: Architecture) => boolean): number {
  const w = arch.widths[0];
  const at = (N: number): Architecture => ({ widths: new Array(N + 1).fill(w), depth: N });
  let lo = 2;
  let hi = arch.depth;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (ok(at(mid))) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
