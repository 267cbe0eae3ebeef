/**
 * Benchmark: orbits of the data-independent A_H enumerated and evaluated per
 * second, uniform width 2 at depths 6, 8, 10, printed as a table, with
 * Macaulay2 as a peer in the same run.
 *
 *   npx ts-node --transpile-only scripts/bench-verify.ts [--depths 6,8,10] [--width 2]
 *       [--sample 200] [--m2-sample 200] [--seed 1] [--max-enum-seconds 120] [--no-m2]
 *
 * Per depth:
 *  - enumeration: every interval decomposition is generated and filtered by
 *    A_H membership (all of them, unless --max-enum-seconds stops it: the
 *    count is then marked "≥ … (capped)"); rates = A_H orbits / s and
 *    decompositions scanned / s;
 *  - evaluation: a seeded uniform sample of at most K = --sample of those
 *    orbits (reservoir sampling), each evaluated once; rate = orbits / s;
 *  - Macaulay2: the first --m2-sample orbits of the same sample, in ONE M2
 *    process, each evaluated as the exact rank over QQ of the Jacobian of the
 *    orbit's parametrization g ↦ δ(g_i W⁰_i adj(g_{i−1})) at one random
 *    integer point (test/oracle/support/orbitImageDimensionM2.ts); rate from
 *    the CPU time M2 reports for the items (start-up and package loading
 *    excluded; the wall time including them is shown too). Ratio = deeplin
 *    rate / M2 rate. The ranks of both sides are compared on the common orbits.
 * Everything runs single-threaded (node and M2 alike); the core count is printed
 * for context.
 *
 * The functions under test live in ONE place, `SUBJECT` below: when the
 * verifier in src/verify/ exists, point `enumerate` / `evaluate` at it.
 */
import { mkdtempSync } from 'fs';
import { cpus, tmpdir } from 'os';
import { join } from 'path';
import { DEFAULT_PRIMES } from '../src/algebra/primeField';
import { matToStrings } from '../src/algebra/matrix';
import { rankModP } from '../src/algebra/rankModP';
import { QQ } from '../src/algebra/rationalField';
import { parseArgs, integerOption } from '../src/cli/parseArgs';
import { restrictedDeltaJacobian } from '../src/dimension/restrictedDeltaJacobian';
import { decompositionInHessianVariety } from '../src/quiver/decompositionInHessianVariety';
import { enumerateDecompositions } from '../src/quiver/enumerateDecompositions';
import { decompositionToString, type IntervalDecomposition } from '../src/quiver/intervalDecomposition';
import { normalForm } from '../src/quiver/normalForm';
import { orbitPoint } from '../src/quiver/orbitPoint';
import { Rng } from '../src/random';
import { uniformArchitecture } from '../src/model/architecture';
import { verifyArchitecture } from '../src/verify/verifyArchitecture';
import { m2Found, runOrbitBatch, type M2Item } from '../test/oracle/support/orbitImageDimensionM2';

/** What is benchmarked: an enumerator of the A_H^indep orbits and an evaluator of one orbit. */
export interface BenchSubject {
  /** One line naming the functions, printed above the table. */
  readonly name: string;
  /** Streams the orbits (interval decompositions) of the data-independent A_H for these widths. */
  enumerate(widths: readonly number[]): Iterable<IntervalDecomposition>;
  /** Image dimension of δ on the orbit (a rank at a random orbit point drawn from `rng`). */
  evaluate(dec: IntervalDecomposition, rng: Rng): number;
  /** Optional: how many decompositions the last `enumerate` examined (A_H or not); the table shows n/a without it. */
  scanned?(): number;
}

const PRIME = DEFAULT_PRIMES[0];
/** Random gauge entries in [−ORBIT_ENTRY_BOUND, ORBIT_ENTRY_BOUND], as in deltaImageDimension. */
const ORBIT_ENTRY_BOUND = 1000;

/** Decompositions examined by the building-block enumerator (in A_H or not), for the scan rate. */
let scanned = 0;

// ─── THE ONE PLACE TO CHANGE ───────────────────────────────────────────────────
// Until src/verify/ has its own enumerator and evaluator, the building blocks.
const SUBJECT: BenchSubject = {
  name: 'enumerateDecompositions + decompositionInHessianVariety; rankModP(restrictedDeltaJacobian(QQ, orbitPoint(dec, rng, 1000)), 2147483647)',
  *enumerate(widths) {
    for (const dec of enumerateDecompositions(widths, [])) {
      scanned++;
      if (decompositionInHessianVariety(dec).holds) yield dec;
    }
  },
  evaluate(dec, rng) {
    return rankModP(restrictedDeltaJacobian(QQ, orbitPoint(dec, rng, ORBIT_ENTRY_BOUND).point), PRIME).rank;
  },
  scanned: () => scanned,
};
// ──────────────────────────────────────────────────────────────────────────────

/** Options of {@link runBench}. */
export interface BenchOptions {
  readonly depths: readonly number[];
  readonly width: number;
  /** K: orbits evaluated by deeplin per depth (a seeded uniform sample). */
  readonly sample: number;
  /** Orbits evaluated by Macaulay2 per depth (the first ones of the same sample); 0 = no M2. */
  readonly m2Sample: number;
  readonly seed: number;
  /** Stop enumerating a depth after this many seconds (the count is then a lower bound). */
  readonly maxEnumSeconds: number;
}

/** One row of the table. */
export interface BenchRow {
  readonly depth: number;
  readonly orbits: number;
  /** null when the subject does not report it. */
  readonly scanned: number | null;
  readonly capped: boolean;
  readonly enumSeconds: number;
  readonly evalCount: number;
  readonly evalSeconds: number;
  readonly m2Count: number;
  /** CPU seconds M2 reports for the items; null if M2 did not run. */
  readonly m2Seconds: number | null;
  readonly m2WallSeconds: number | null;
  /** Orbits of the M2 sample on which deeplin's rank equals M2's. */
  readonly agree: number | null;
  /** The first disagreements, with the orbit (empty when all agree). */
  readonly disagreements: readonly string[];
}

const seconds = (t0: bigint): number => Number(process.hrtime.bigint() - t0) / 1e9;

/**
 * Runs the benchmark for each depth with `subject` (default: the building
 * blocks, see `SUBJECT`). Every random choice derives from `options.seed`:
 * the sample of depth N uses `new Rng(seed + N)`, the evaluation points
 * `new Rng(seed + 1000 + N)` (the untimed warm-up `new Rng(seed + 2000 + N)`),
 * and M2 runs `setRandomSeed(seed + N)`.
 *
 * @example
 * ```ts
 * const [row] = runBench({ depths: [4], width: 2, sample: 10, m2Sample: 0, seed: 1, maxEnumSeconds: 10 });
 * row.orbits; // 12 (widths (2,2,2,2,2): every A_H^indep orbit)
 * ```
 */
export function runBench(options: BenchOptions, subject: BenchSubject = SUBJECT, log: (line: string) => void = () => undefined): BenchRow[] {
  const rows: BenchRow[] = [];
  const haveM2 = options.m2Sample > 0 && m2Found();
  const dir = haveM2 ? mkdtempSync(join(tmpdir(), 'deeplin-bench-')) : '';
  for (const depth of options.depths) {
    const widths = new Array<number>(depth + 1).fill(options.width);
    // enumeration + seeded reservoir sample of size K
    const pick = new Rng(options.seed + depth);
    const sample: IntervalDecomposition[] = [];
    let orbits = 0;
    let capped = false;
    scanned = 0; // the building blocks' counter (harmless for another subject)
    const t0 = process.hrtime.bigint();
    for (const dec of subject.enumerate(widths)) {
      orbits++;
      if (sample.length < options.sample) sample.push(dec);
      else {
        const j = pick.int(0, orbits - 1);
        if (j < options.sample) sample[j] = dec;
      }
      if ((orbits & 1023) === 0 && seconds(t0) > options.maxEnumSeconds) {
        capped = true;
        break;
      }
    }
    const enumSeconds = seconds(t0);
    const scannedHere = subject.scanned ? subject.scanned() : null;
    log(`depth ${depth}: ${orbits} A_H orbits of ${scannedHere ?? '?'} decompositions in ${enumSeconds.toFixed(2)} s${capped ? ' (capped)' : ''}`);
    // evaluation (after an untimed JIT warm-up on a few sample orbits with their own Rng)
    const warm = new Rng(options.seed + 2000 + depth);
    for (const dec of sample.slice(0, 5)) subject.evaluate(dec, warm);
    const rng = new Rng(options.seed + 1000 + depth);
    const ranks: number[] = [];
    const t1 = process.hrtime.bigint();
    for (const dec of sample) ranks.push(subject.evaluate(dec, rng));
    const evalSeconds = seconds(t1);
    log(`depth ${depth}: evaluated ${sample.length} orbits in ${evalSeconds.toFixed(2)} s`);
    // the peer
    let m2Seconds: number | null = null;
    let m2WallSeconds: number | null = null;
    let agree: number | null = null;
    const disagreements: string[] = [];
    const m2Count = haveM2 ? Math.min(options.m2Sample, sample.length) : 0;
    if (m2Count > 0) {
      const items: M2Item[] = sample.slice(0, m2Count).map((dec, k) => ({
        kind: 'orbit', id: `o${k}`, widths, intervals: dec.intervals, normalForm: normalForm(QQ, dec).map((W) => matToStrings(QQ, W)),
      }));
      const run = runOrbitBatch(join(dir, `depth${depth}.m2`), items, 'exact', options.seed + depth, { exactPoints: 1 });
      if (run.status !== 0 || run.m2Seconds === null) throw new Error(`Macaulay2 failed at depth ${depth} (exit ${run.status}):\n${run.stderr}`);
      m2Seconds = run.m2Seconds;
      m2WallSeconds = run.wallSeconds;
      agree = 0;
      items.forEach((it, k) => {
        const m = run.results.get(it.id);
        if (m && m.exact === ranks[k] && m.orbitRanksOk) (agree as number)++;
        else if (disagreements.length < 5) disagreements.push(`${decompositionToString(sample[k])}: deeplin ${ranks[k]}, M2 ${m?.exact ?? 'no line'}`);
      });
      log(`depth ${depth}: Macaulay2 evaluated ${m2Count} orbits in ${m2Seconds.toFixed(2)} s CPU (${m2WallSeconds.toFixed(2)} s wall)`);
    }
    rows.push({
      depth, orbits, scanned: scannedHere, capped, enumSeconds, evalCount: sample.length, evalSeconds, m2Count, m2Seconds, m2WallSeconds, agree, disagreements,
    });
  }
  return rows;
}

/**
 * The table as printed: one row per depth, right-aligned columns.
 *
 * @example
 * ```ts
 * formatTable([]).split('\n').length; // 2 (header and rule)
 * ```
 */
export function formatTable(rows: readonly BenchRow[]): string {
  const rate = (n: number, s: number | null): string => (s === null ? 'n/a' : s <= 0 ? '∞' : (n / s).toFixed(n / s >= 100 ? 0 : 1));
  const header = ['depth', 'A_H orbits', 'decomp. scanned', 'enum s', 'enum orbits/s', 'scan/s', 'eval K', 'eval s', 'eval orbits/s',
    'M2 K', 'M2 cpu s', 'M2 wall s', 'M2 orbits/s', 'deeplin/M2', 'ranks agree'];
  const body = rows.map((r) => {
    const deeplinRate = r.evalCount / r.evalSeconds;
    const m2Rate = r.m2Seconds === null || r.m2Count === 0 ? null : r.m2Count / r.m2Seconds;
    return [
      String(r.depth),
      `${r.capped ? '≥ ' : ''}${r.orbits}${r.capped ? ' (capped)' : ''}`,
      r.scanned === null ? 'n/a' : String(r.scanned),
      r.enumSeconds.toFixed(2),
      rate(r.orbits, r.enumSeconds),
      r.scanned === null ? 'n/a' : rate(r.scanned, r.enumSeconds),
      String(r.evalCount),
      r.evalSeconds.toFixed(2),
      rate(r.evalCount, r.evalSeconds),
      String(r.m2Count),
      r.m2Seconds === null ? 'n/a' : r.m2Seconds.toFixed(2),
      r.m2WallSeconds === null ? 'n/a' : r.m2WallSeconds.toFixed(2),
      rate(r.m2Count, r.m2Seconds),
      m2Rate === null ? 'n/a' : `${(deeplinRate / m2Rate).toFixed(1)}x`,
      r.agree === null ? 'n/a' : `${r.agree}/${r.m2Count}`,
    ];
  });
  const widths = header.map((h, c) => Math.max(h.length, ...body.map((row) => row[c].length)));
  const fmt = (cells: string[]): string => cells.map((x, c) => x.padStart(widths[c])).join('  ');
  return [fmt(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(fmt)].join('\n');
}

function main(argv: readonly string[]): void {
  const cmd = 'bench-verify';
  const { options: o } = parseArgs(cmd, argv, {
    depths: 'string', width: 'string', sample: 'string', 'm2-sample': 'string', seed: 'string', 'max-enum-seconds': 'string', 'no-m2': 'boolean',
  });
  const depths = typeof o.depths === 'string' ? o.depths.split(',').map((d) => integerOption(cmd, 'depths', d.trim(), 2, 64) as number) : [6, 8, 10];
  const sample = integerOption(cmd, 'sample', o.sample, 1, 1_000_000) ?? 200;
  const options: BenchOptions = {
    depths,
    width: integerOption(cmd, 'width', o.width, 1, 8) ?? 2,
    sample,
    m2Sample: o['no-m2'] ? 0 : integerOption(cmd, 'm2-sample', o['m2-sample'], 0, 1_000_000) ?? sample,
    seed: integerOption(cmd, 'seed', o.seed, 0, 2 ** 31) ?? 1,
    maxEnumSeconds: integerOption(cmd, 'max-enum-seconds', o['max-enum-seconds'], 1, 86_400) ?? 120,
  };
  const m2 = options.m2Sample > 0 && m2Found();
  console.log(`bench-verify: node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), single-threaded`);
  console.log(`seed ${options.seed} (sample of depth N: Rng(seed + N); evaluation points: Rng(seed + 1000 + N); M2: setRandomSeed(seed + N))`);
  console.log(`deeplin: ${SUBJECT.name}`);
  console.log(`Macaulay2: ${m2 ? 'exact rank over QQ of the Jacobian of g -> delta(g_i W0_i adj(g_{i-1})) at one random integer point, one M2 process per depth' : options.m2Sample === 0 ? 'off (--no-m2 / --m2-sample 0)' : 'NOT FOUND (apt-get install -y macaulay2)'}`);
  console.log(`widths: all ${options.width}; every A_H^indep orbit enumerated (cap ${options.maxEnumSeconds} s per depth); evaluation on a seeded sample of at most K = ${options.sample} orbits per depth, Macaulay2 on the first ${options.m2Sample} of them`);
  const rows = runBench(options, SUBJECT, (line) => console.error(`  ${line}`));
  console.log('');
  console.log(formatTable(rows));
  for (const r of rows) for (const d of r.disagreements) console.log(`DISAGREEMENT depth ${r.depth}: ${d}`);
  if (rows.some((r) => r.disagreements.length > 0)) process.exitCode = 1;
  console.log('');
  console.log('the verifier itself (deeplin verify --data-independent, not stopping at failure): the components of A_H^indep (three-block patterns x block components), two primes per component');
  console.log(['depth', 'verdict', 'components', 'verify s', 'components/s', 'A_H orbits (above)'].map((h) => h.padStart(20)).join(''));
  for (const depth of options.depths) {
    const t0 = process.hrtime.bigint();
    const r = verifyArchitecture(uniformArchitecture(depth, options.width), { seed: options.seed, stopAtFailure: false, coverage: 'data-independent' });
    const sec = Number(process.hrtime.bigint() - t0) / 1e9;
    const orbits = rows.find((x) => x.depth === depth)?.orbits ?? 'n/a';
    console.log([depth, r.verdict, r.orbitCount, sec.toFixed(2), (r.orbitCount / sec).toFixed(0), orbits].map((x) => String(x).padStart(20)).join(''));
  }
  if (options.m2Sample > 0 && !m2) {
    console.log('Macaulay2 (M2) not found: the peer columns are n/a (install: apt-get install -y macaulay2, or pass --no-m2)');
    process.exitCode = 1;
  }
}

if (require.main === module) {
  try {
    main(process.argv.slice(2));
  } catch (e) {
    console.error((e as Error).message);
    process.exitCode = (e as { name?: string }).name === 'ArgumentError' ? 2 : 1;
  }
}
