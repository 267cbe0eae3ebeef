/**
 * Writes the independent Macaulay2 re-check of a counterexample witness.
 *   npx ts-node scripts/witness-to-m2.ts WITNESS.json OUT.m2          # write OUT.m2
 *   npx ts-node scripts/witness-to-m2.ts WITNESS.json OUT.m2 --check  # exit 1 if OUT.m2 differs (CI)
 * Then: M2 --script OUT.m2   (exit code 0 iff every check passes).
 */
import { existsSync, readFileSync, writeFileSync } from 'fs';
import { relative } from 'path';
import { witnessToMacaulay2 } from '../src/export/witnessToMacaulay2';

const args = process.argv.slice(2);
const check = args.includes('--check');
const [input, output] = args.filter((a) => a !== '--check');
if (input === undefined || output === undefined) {
  console.error('usage: npx ts-node scripts/witness-to-m2.ts WITNESS.json OUT.m2 [--check]');
  process.exit(2);
}
try {
  const witness: unknown = JSON.parse(readFileSync(input, 'utf8'));
  const text = witnessToMacaulay2(witness, { scriptPath: relative(process.cwd(), output) || output });
  if (!check) {
    writeFileSync(output, text);
    console.log(`wrote ${output}; run: M2 --script ${output}`);
  } else if (!existsSync(output) || readFileSync(output, 'utf8') !== text) {
    console.error(`${output} differs from its regeneration: run npx ts-node scripts/witness-to-m2.ts ${input} ${output}`);
    process.exitCode = 1;
  } else {
    console.log(`${output} is up to date`);
  }
} catch (e) {
  console.error((e as Error).message);
  process.exitCode = 1;
}
