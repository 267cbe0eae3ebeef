/**
 * The data-dependent part of A_H, per width profile: string orbits in A_H,
 * data-dependent ones (and how many are maximal under the sound degeneration
 * moves), the largest rank of dδ ∘ T_H over them, the largest rank of
 * dδ ∘ T_G over the data-independent orbits (brute force over
 * enumerateDecompositions), the generic rank G and the codomain dimension.
 * Ranks are exact ranks mod p at seeded random points (certified lower
 * bounds; the maximum over two seeds is shown).
 *
 *   npx ts-node --transpile-only scripts/data-dependent-report.ts all 2 4         # every profile with d_i <= 2, depths 2..4
 *   npx ts-node --transpile-only scripts/data-dependent-report.ts uniform 5 8     # width 2, depths 5..8
 *   options: --no-maximal (skip the degeneration search), --no-independent (skip the brute force)
 */
import { architecture, deltaCodomainDimension } from '../src/model/architecture';
import { deltaImageDimension } from '../src/dimension/deltaImageDimension';
import { decompositionInHessianVariety } from '../src/quiver/decompositionInHessianVariety';
import { enumerateDecompositions } from '../src/quiver/enumerateDecompositions';
import { cycleStringsToString } from '../src/quiver/cycleString';
import { Rng } from '../src/random';
import { dataDependentOrbits, restrictedRankWithData } from '../src/verify/dataDependentComponents';

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
const [mode, from, to] = args.filter((a) => !a.startsWith('--'));
const lo = Number(from);
const hi = Number(to);
if (!['all', 'uniform'].includes(mode) || !Number.isInteger(lo) || !Number.isInteger(hi) || lo < 2 || hi < lo) {
  console.error('usage: npx ts-node --transpile-only scripts/data-dependent-report.ts all|uniform FROM_DEPTH TO_DEPTH [--no-maximal] [--no-independent]');
  process.exit(2);
}
const profiles: number[][] = [];
for (let N = lo; N <= hi; N++) {
  if (mode === 'uniform') {
    profiles.push(new Array<number>(N + 1).fill(2));
    continue;
  }
  let ps: number[][] = [[]];
  for (let v = 0; v <= N; v++) ps = ps.flatMap((p) => [[...p, 1], [...p, 2]]);
  profiles.push(...ps);
}
const SEEDS = [1, 2];
console.log('| widths | A_H string orbits | data-dependent | maximal | max rank dd | max rank indep | G | codomain | dd > indep | dd = G | argmax |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
for (const w of profiles) {
  const arch = architecture(w);
  const G = deltaImageDimension(arch, { seed: 1 }).exact.rank;
  const dd = dataDependentOrbits(arch, undefined, { maximal: !flags.has('--no-maximal') });
  let ddMax = -1;
  let argMax = '';
  for (const o of dd.orbits) {
    for (const s of SEEDS) {
      const r = restrictedRankWithData(arch, o, undefined, new Rng(s)).rank;
      if (r > ddMax) [ddMax, argMax] = [r, cycleStringsToString(o)];
    }
  }
  let indep = -1;
  if (!flags.has('--no-independent')) {
    for (const dec of enumerateDecompositions(w, [])) {
      if (!decompositionInHessianVariety(dec).holds) continue;
      for (const s of SEEDS) indep = Math.max(indep, deltaImageDimension(arch, { orbit: dec, seed: s }).exact.rank);
    }
  }
  const show = (x: number): string => (x < 0 ? '-' : String(x));
  console.log(
    `| (${w.join(',')}) | ${dd.inHessianVariety} | ${dd.orbits.length} | ${flags.has('--no-maximal') ? '?' : dd.maximal.length} | ${show(ddMax)} | ` +
      `${flags.has('--no-independent') ? '?' : show(indep)} | ${G} | ${deltaCodomainDimension(arch)} | ` +
      `${!flags.has('--no-independent') && ddMax > indep ? 'yes' : ''} | ${ddMax === G ? 'YES' : ''} | ${ddMax >= 0 ? argMax : ''} |`,
  );
}
