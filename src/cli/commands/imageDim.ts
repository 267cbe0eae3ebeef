/**
 * `deeplin image-dim`: dimension of the image of a polynomial map given as text.
 */
import { ArgumentError } from '../../errors';
import { polynomialImageDimension } from '../../dimension/polynomialImageDimension';
import { parsePolynomialMap } from '../../symbolic/parsePolynomialMap';
import type { CommandIO } from '../commandIO';
import { integerOption, parseArgs } from '../parseArgs';

export const imageDimHelp = `deeplin image-dim --vars a,b,c --map "a*b, b*c, a*c" [--seed S] [--json]

Dimension of the Zariski closure of the image of a polynomial map with exact
rational coefficients (write 1/2, not 0.5): exact lower bound (rank of the
Jacobian mod two primes at random points), Monte-Carlo upper bound with its
failure probability, and a float SVD cross-check with singular values and gap.

Example:
  deeplin image-dim --vars a,b,c --map "a*b, b*c, a*c"`;

export function imageDimCommand(argv: readonly string[], io: CommandIO): number {
  const { options } = parseArgs('image-dim', argv, { vars: 'string', map: 'string', seed: 'string', json: 'boolean' });
  if (typeof options.vars !== 'string') throw new ArgumentError('deeplin image-dim', '--vars', undefined, 'comma-separated variable names, e.g. a,b,c');
  if (typeof options.map !== 'string') throw new ArgumentError('deeplin image-dim', '--map', undefined, 'comma-separated polynomials, e.g. "a*b, b*c"');
  const seed = integerOption('image-dim', 'seed', options.seed, 0, 2 ** 32 - 1) ?? 1;
  const variables = options.vars.split(',').map((v) => v.trim());
  const { polynomials } = parsePolynomialMap(variables, options.map);
  const r = polynomialImageDimension(polynomials, { seed });
  if (options.json) {
    io.out(JSON.stringify(r, null, 2));
  } else {
    io.out(`dimension: ${r.dimension}  (exact lower bound ${r.lowerBound}: ranks ${r.ranks.map((x) => `${x.rank} mod ${x.prime}`).join(', ')}; upper bound ${r.upperBound} with failure probability <= ${r.failureProbability.toExponential(2)})`);
    io.out(`float cross-check: rank ${r.floatRank} (${r.status}), gap ratio ${r.gapRatio === null ? 'n/a' : r.gapRatio.toExponential(2)}, singular values ${r.singularValues.map((s) => s.toExponential(3)).join(' ')}`);
    io.out(`seed ${r.seed}; ${r.method}`);
  }
  return r.status === 'disagree' ? 1 : 0;
}
