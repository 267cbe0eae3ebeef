/**
 * `npm run bench:certify` (issue #11 item 7): exact image dimensions, deeplin's
 * proof against Macaulay2's exact route, side by side in one run.
 *
 *   npm run bench:certify [-- --m2-timeout 60 --no-m2 --no-larger --verify 2x6,3x6 --verify-effort exact|verdict --verify-timeout 1800 --seed 3]
 *
 * Table 1, one row per map of the oracle suite (test/oracle/support/imageDimMaps.ts,
 * 18 maps on affine space and 9 restricted to a parametrized variety):
 *  - deeplin: `certifyImageDimension` called in this process, seconds of the
 *    call (start-up excluded, as for M2), and the whole
 *    `node bin/deeplin.js image-dim … --certify --json` process (compiled CLI,
 *    what a user waits for), wall seconds; the dimension and whether it was
 *    proved exact (proved relations + exact rank) or not (with the reason);
 *  - Macaulay2: `dim ker f` for the ring map f: QQ[y] → QQ[vars] (or →
 *    QQ[params] through the parametrization), i.e. a Gröbner basis of the
 *    elimination ideal over QQ — exact; CPU seconds M2 reports for that call
 *    (start-up excluded), one M2 process per map, stopped after --m2-timeout.
 *  Then a few larger maps outside the oracle suite (Segre 3x3, 2x4, 2x2x2, the
 *  quadratic Veronese of P^3), where the elimination has more to do.
 *  The dimensions of both exact answers must agree; a disagreement is printed
 *  as an error and the script exits 1.
 * Table 2: `verify --depth N --width d --certify FILE --json` for each case of
 *  --verify: wall seconds, verdict, proved, components exact / total, restricted
 *  dimension exact or not; --verify-effort is passed on as --certify-effort. (Macaulay2 has no comparable whole-variety routine:
 *  `dim ker` on δ∘ψ of a single component already exceeds the timeout at these
 *  sizes, which the first table shows on the δ maps.)
 * Single-threaded on both sides; the core count is printed for context.
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'fs';
import { cpus, tmpdir } from 'os';
import { join } from 'path';
import { certifyImageDimension } from '../src/certify/certifyImageDimension';
import { polyToString } from '../src/algebra/polynomialFormat';
import { rational } from '../src/algebra/rational';
import { QQ } from '../src/algebra/rationalField';
import { orbitFamily } from '../src/certify/orbitFamily';
import { uniformArchitecture } from '../src/model/architecture';
import { componentPoint } from '../src/quiver/componentPoint';
import { Rng } from '../src/random';
import { parsePolynomialMap } from '../src/symbolic/parsePolynomialMap';
import { hessianComponents } from '../src/verify/hessianComponents';
import { MAPS, RESTRICTED } from '../test/oracle/support/imageDimMaps';

const argv = process.argv.slice(2);
const opt = (name: string, fallback: string): string => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};
const flag = (name: string): boolean => argv.includes(`--${name}`);
const M2_TIMEOUT = Number(opt('m2-timeout', '60'));
const VERIFY_TIMEOUT = Number(opt('verify-timeout', '1800'));
const SEED = opt('seed', '3');
const VERIFY_EFFORT = opt('verify-effort', 'exact');
if (VERIFY_EFFORT !== 'exact' && VERIFY_EFFORT !== 'verdict') {
  console.error(`bench:certify: --verify-effort must be exact or verdict, got ${VERIFY_EFFORT}`);
  process.exit(2);
}
const VERIFY_CASES = opt('verify', '2x6,3x6')
  .split(',')
  .filter((c) => c !== '')
  .map((c) => c.split('x').map(Number) as [number, number]);
const root = join(__dirname, '..');
const cli = join(root, 'bin', 'deeplin.js');
const work = mkdtempSync(join(tmpdir(), 'deeplin-bench-certify-'));
const hasM2 = !flag('no-m2') && spawnSync('which', ['M2']).status === 0;

interface Case {
  readonly name: string;
  readonly vars: string;
  readonly map: string;
  readonly params?: string;
  readonly phi?: string;
}
const product = (xs: string[], ys: string[]): string => xs.flatMap((x) => ys.map((y) => `${x}*${y}`)).join(', ');
const quadrics = (xs: string[]): string => xs.flatMap((x, i) => xs.slice(i).map((y) => `${x}*${y}`)).join(', ');
/** Larger maps, not in the oracle suite, where Gröbner elimination has more to do (flag --no-larger drops them). */
const LARGER: Case[] = flag('no-larger')
  ? []
  : [
      { name: 'Segre 3x3 (larger)', vars: 'x1,x2,x3,y1,y2,y3', map: product(['x1', 'x2', 'x3'], ['y1', 'y2', 'y3']) },
      { name: 'quadratic Veronese of P^3 (larger)', vars: 'a,b,c,d', map: quadrics(['a', 'b', 'c', 'd']) },
      { name: 'Segre 2x2x2 (larger)', vars: 'a1,a2,b1,b2,c1,c2', map: ['a1', 'a2'].flatMap((a) => ['b1', 'b2'].flatMap((b) => ['c1', 'c2'].map((c) => `${a}*${b}*${c}`))).join(', ') },
      { name: 'Segre 2x4 (larger)', vars: 'x1,x2,y1,y2,y3,y4', map: product(['x1', 'x2'], ['y1', 'y2', 'y3', 'y4']) },
    ];
/**
 * δ on one component of A_H, as the polynomial map g ↦ δ(ψ(g)) of the orbit
 * family ψ(g) = (g_i W_i adj(g_{i−1}))_i: the maps deeplin exists for.
 */
function componentCase(width: number, depth: number, index: number): Case {
  const arch = uniformArchitecture(depth, width);
  const component = [...hessianComponents(arch)][index];
  const rng = new Rng(1);
  const point = componentPoint(QQ, arch, component.blocks, () => rational(rng.int(-3, 3)));
  const family = orbitFamily(arch, point, 'G');
  const coords = [...family.deltaPolynomials(1, depth - 1).values()];
  return { name: `δ on component ${index} of A_H, width ${width} depth ${depth} (${family.parameters.length} params)`, vars: family.parameters.map((v) => v.replace(/_/g, 'x')).join(','), map: coords.map((p) => polyToString(p, 'plain').replace(/_/g, 'x')).join(', ') };
}
if (!flag('no-larger')) LARGER.push(componentCase(2, 4, 3), componentCase(2, 5, 13), componentCase(2, 5, 26));
const cases: Case[] = [
  ...MAPS.map(([name, vars, map]) => ({ name, vars, map })),
  ...RESTRICTED.map(([name, vars, map, params, phi]) => ({ name, vars, map, params, phi })),
  ...LARGER,
];

/** Seconds of the certifyImageDimension call alone (parsing excluded), best of 2. */
function callSeconds(c: Case): number {
  const map = parsePolynomialMap(c.vars.split(','), c.map).polynomials;
  const source = c.params !== undefined && c.phi !== undefined ? parsePolynomialMap(c.params.split(','), c.phi).polynomials : undefined;
  let best = Infinity;
  for (let k = 0; k < 2; k++) {
    const t0 = process.hrtime.bigint();
    certifyImageDimension(map, { seed: Number(SEED), source });
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e9);
  }
  return best;
}

function runDeeplin(c: Case): { seconds: number; dimension: string; exact: boolean; note: string } {
  const args = [cli, 'image-dim', '--vars', c.vars, '--map', c.map, '--certify', '--seed', SEED, '--json'];
  if (c.params !== undefined && c.phi !== undefined) args.push('--params', c.params, '--source-param', c.phi);
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0 && r.status !== 3) return { seconds, dimension: '?', exact: false, note: `exit ${r.status}: ${r.stderr.trim().split('\n')[0]}` };
  const out = JSON.parse(r.stdout);
  const cert = out.certification ?? {};
  return {
    seconds,
    dimension: String(cert.exact ? cert.dimension : `${out.lowerBound}..${cert.upperBound ?? out.upperBound}`),
    exact: out.exact === true,
    note: out.exact ? `${(cert.relations ?? []).length} relations` : String(cert.reason ?? ''),
  };
}

/** Macaulay2 reads _ as subscripting: rename w1_2_1 -> w1x2x1 consistently. */
const m2Name = (s: string): string => s.replace(/_/g, 'x');

function runM2(c: Case): { seconds: string; dimension: string } {
  if (!hasM2) return { seconds: 'not run', dimension: '—' };
  const m = c.map.split(',').length;
  const lines = [`S = QQ[y_0..y_${m - 1}];`, `R = QQ[${m2Name(c.vars)}];`];
  if (c.params !== undefined && c.phi !== undefined) {
    lines.push(`T = QQ[${m2Name(c.params)}];`, `phi = map(T, R, {${m2Name(c.phi)}});`, `f = map(T, S, apply({${m2Name(c.map)}}, F -> phi F));`);
  } else {
    lines.push(`f = map(R, S, {${m2Name(c.map)}});`);
  }
  lines.push('t0 = cpuTime();', 'd = dim ker f;', 'print("answer " | toString d | " " | toString(cpuTime() - t0));');
  const file = join(work, 'map.m2');
  writeFileSync(file, lines.join('\n') + '\n');
  const r = spawnSync('timeout', [String(M2_TIMEOUT), 'M2', '--script', file], { encoding: 'utf8' });
  const a = /^answer (\d+) ([\d.e-]+)/m.exec(r.stdout);
  if (!a) return { seconds: r.status === 124 ? `> ${M2_TIMEOUT}` : `error (exit ${r.status})`, dimension: '—' };
  return { seconds: Number(a[2]).toFixed(2), dimension: a[1] };
}

function verifyRow([width, depth]: [number, number]): string {
  const file = join(work, `c-${width}-${depth}.json`);
  const t0 = process.hrtime.bigint();
  const r = spawnSync('timeout', [String(VERIFY_TIMEOUT), process.execPath, cli, 'verify', '--depth', String(depth), '--width', String(width), '--certify', file, '--certify-effort', VERIFY_EFFORT, '--json', '--seed', '1'], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const seconds = (Number(process.hrtime.bigint() - t0) / 1e9).toFixed(1);
  if (r.status === 124) return `| ${width} | ${depth} | > ${VERIFY_TIMEOUT} | — | — | — | — |`;
  try {
    const out = JSON.parse(r.stdout);
    const b = out.restrictedDimensionBounds;
    const checked = existsSync(file) ? (spawnSync(process.execPath, [cli, 'check', file], { encoding: 'utf8', maxBuffer: 1 << 30 }).status === 0 ? 'accepted' : 'REJECTED') : 'no file';
    const dim = b ? (b.exact ? `${b.upperBound} exact` : `${b.lowerBound}..${b.upperBound}`) : '?';
    return `| ${width} | ${depth} | ${seconds} | ${out.verdict} | ${out.proved} | ${out.exactComponents}/${out.certifiedComponents} | ${dim} (${checked}) |`;
  } catch {
    return `| ${width} | ${depth} | ${seconds} | exit ${r.status} | — | — | ${r.stderr.trim().split('\n').pop()} |`;
  }
}

function main(): void {
  console.log(`# bench:certify — ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), node ${process.version}, seed ${SEED}`);
  console.log(`Macaulay2: ${hasM2 ? `dim ker f over QQ, timeout ${M2_TIMEOUT} s per map` : 'not run (absent or --no-m2)'}\n`);
  console.log('| map | deeplin dim | proved exact | deeplin s (call) | deeplin s (process) | M2 dim ker | M2 cpu s | note |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  let disagreements = 0;
  let proved = 0;
  for (const c of cases) {
    const ours = runDeeplin(c);
    const theirs = runM2(c);
    if (ours.exact) proved++;
    const clash = ours.exact && theirs.dimension !== '—' && theirs.dimension !== ours.dimension;
    if (clash) disagreements++;
    console.log(`| ${c.name} | ${ours.dimension} | ${ours.exact ? 'yes' : 'no'} | ${callSeconds(c).toFixed(3)} | ${ours.seconds.toFixed(2)} | ${theirs.dimension} | ${theirs.seconds} | ${clash ? 'DISAGREE ' : ''}${ours.note} |`);
  }
  console.log(`\nproved exact: ${proved}/${cases.length}; disagreements with Macaulay2: ${disagreements}\n`);
  if (VERIFY_CASES.length > 0) {
    console.log(`verify --certify --certify-effort ${VERIFY_EFFORT} (default --jobs: every core)\n`);
    console.log('| width | depth | verify --certify s | verdict | proved | components exact/total | restricted dim (certificate check) |');
    console.log('| --- | --- | --- | --- | --- | --- | --- |');
    for (const c of VERIFY_CASES) console.log(verifyRow(c));
  }
  if (disagreements > 0) process.exitCode = 1;
}

if (!existsSync(join(root, 'dist', 'src', 'cli', 'main.js'))) {
  console.error('bench:certify: the compiled CLI is missing (dist/); run `npm run build` first');
  process.exit(2);
}
main();
