/**
 * Writes the named symbolic systems into algebra/ (Macaulay2 and Singular).
 *   npx ts-node scripts/generate-algebra.ts          # regenerate
 *   npx ts-node scripts/generate-algebra.ts --check  # exit 1 if algebra/ differs (CI)
 */
import { existsSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { namedSystems } from '../src/export/namedSystems';
import { systemToMacaulay2, systemToSingular } from '../src/export/symbolicSystem';

const check = process.argv.includes('--check');
let stale = 0;
for (const sys of namedSystems()) {
  for (const [ext, text] of [['m2', systemToMacaulay2(sys)], ['sing', systemToSingular(sys)]] as const) {
    const file = join(__dirname, '..', 'algebra', `${sys.name}.${ext}`);
    if (!check) {
      writeFileSync(file, text);
      console.log(`wrote algebra/${sys.name}.${ext}`);
    } else if (!existsSync(file) || readFileSync(file, 'utf8') !== text) {
      console.error(`algebra/${sys.name}.${ext} differs from its regeneration: run npx ts-node scripts/generate-algebra.ts`);
      stale++;
    }
  }
}
if (check) console.log(stale === 0 ? 'algebra/: all generated files are up to date' : `algebra/: ${stale} stale file(s)`);
process.exitCode = stale === 0 ? 0 : 1;
