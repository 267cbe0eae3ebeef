/**
 * The sweep behind proofs/conservation-laws.{md,json} (src/conservation/conservationSweep.ts):
 *   npx ts-node --transpile-only scripts/conservation-sweep.ts [--seed S] [--prime p] [--max-width 4] [--max-depth 4]
 * With --from-json, only re-renders the markdown from proofs/conservation-laws.json.
 */
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { DEFAULT_PRIMES } from '../src/algebra/primeField';
import { conservationSweep } from '../src/conservation/conservationSweep';
import { conservationSweepMarkdown } from '../src/conservation/conservationSweepMarkdown';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const options = {
  seed: arg('seed', 1),
  prime: arg('prime', DEFAULT_PRIMES[0]),
  maxWidth: arg('max-width', 4),
  maxDepth: arg('max-depth', 4),
  maxDegree: arg('max-degree', 4),
  maxUnknowns: arg('max-unknowns', 400),
  maxTerms: arg('max-terms', 50_000),
  random: { count: arg('random', 12), depths: [5, 6] as const, widths: [1, 3] as const },
};
const root = join(__dirname, '..', 'proofs');
if (process.argv.includes('--from-json')) {
  writeFileSync(join(root, 'conservation-laws.md'), conservationSweepMarkdown(JSON.parse(readFileSync(join(root, 'conservation-laws.json'), 'utf8'))));
  process.exit(0);
}
const t0 = Date.now();
const entries = conservationSweep({
  ...options,
  onArchitecture: (done, total, widths) => process.stderr.write(`${done}/${total} (${widths.join(',')}) ${((Date.now() - t0) / 1000).toFixed(0)} s\n`),
});
process.stderr.write('\n');
const json = { kind: 'deeplin/conservation-sweep', version: 1, options, seconds: (Date.now() - t0) / 1000, entries };
writeFileSync(join(root, 'conservation-laws.json'), `${JSON.stringify(json, null, 1)}\n`);
writeFileSync(join(root, 'conservation-laws.md'), conservationSweepMarkdown(json));
