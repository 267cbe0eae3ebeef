/**
 * Benchmark: time to a full-coverage verdict (`verifyArchitecture`, data-
 * independent and data-dependent parts of A_H, seed 1) for uniform widths
 * 2..5 at depths 5..8, before and after the direct generation of the maximal
 * data-dependent orbits, and with the evaluations streamed — one table, one run.
 *
 *   npm run bench:scale -- [--widths 2,3,4,5] [--depths 5,6,7,8] [--before-seconds 300] [--after-seconds 900]
 *
 * - before: `cyclePruning: 'none'` — the previous algorithm (every string
 *   decomposition enumerated, refused above 5,000,000 by its size guard;
 *   pairwise maximality search; every maximal orbit evaluated in enumeration
 *   order);
 * - after: maximal orbits generated directly, one orbit of each reversed
 *   pair, largest H-orbit first, stop at the first certified failure — with
 *   `dataDependentOrder: 'sorted'`: the whole maximal list built (every
 *   candidate closure-tested) and sorted before the first evaluation;
 * - streamed: the default (`dataDependentOrder: 'streamed'`): the same
 *   orbits in the same order, generated (choices of strings through C
 *   largest orbit dimension first), closure-tested and evaluated
 *   interleaved, so a failure stops the generation and the closure tests
 *   ("time to verdict"; limit: after's; "generated; closure-tested" says how
 *   far they went).
 *   "same result" compares its verdict and evaluated components (labels and
 *   ranks) with after's.
 * Each cell runs in its own child process (one core: `verifyArchitecture` is
 * in-process) and is killed after its time limit ("> limit"). Times are CPU
 * seconds of that process (user + system) and wall seconds; on a shared
 * machine the wall time also counts waiting for a core. Counts: string
 * decompositions enumerated (before) or generated (after), maximal
 * data-dependent orbits, and data-dependent orbits evaluated (in brackets:
 * components of the data-independent part evaluated). Where both finish,
 * the table says whether the two lists of maximal orbits coincide.
 */
import { spawnSync } from 'child_process';
import { cpus } from 'os';
import { uniformArchitecture } from '../src/model/architecture';
import { cycleStringsToString } from '../src/quiver/cycleString';
import { dataDependentOrbits } from '../src/verify/dataDependentComponents';
import { verifyArchitecture } from '../src/verify/verifyArchitecture';

interface Cell {
  readonly verdict: string;
  readonly coverage: string;
  readonly cpu: number;
  readonly wall: number;
  readonly note: string;
  readonly dataDependentEvaluated: number;
  readonly independentEvaluated: number;
  /** The evaluated components (label and rank bounds), for the streamed/sorted comparison. */
  readonly evaluated: string;
  /** Canonical texts of the maximal data-dependent orbits, when the data-dependent part was enumerated. */
  readonly maximal?: readonly string[];
}

type Variant = 'none' | 'maximal' | 'streamed';

const args = process.argv.slice(2);
if (args[0] === '--cell') runCell(Number(args[1]), Number(args[2]), args[3] as Variant);
else main();

/** One verify run, printed as JSON on stdout (the parent reads it). */
function runCell(width: number, depth: number, variant: Variant): void {
  const arch = uniformArchitecture(depth, width);
  const pruning = variant === 'none' ? 'none' : 'maximal';
  const c0 = process.cpuUsage();
  const t0 = Date.now();
  const r = verifyArchitecture(arch, { seed: 1, cyclePruning: pruning, dataDependentOrder: variant === 'streamed' ? 'streamed' : 'sorted' });
  const c = process.cpuUsage(c0);
  const dd = r.components.filter((x) => x.label.startsWith('data-dependent')).length;
  const cell: Cell = {
    verdict: r.verdict,
    coverage: r.coverage,
    cpu: (c.user + c.system) / 1e6,
    wall: (Date.now() - t0) / 1000,
    note: r.coverageNote,
    dataDependentEvaluated: dd,
    independentEvaluated: r.components.length - dd,
    evaluated: JSON.stringify([r.verdict, r.components.map((x) => [x.label, x.lowerBound, x.upperBound])]),
  };
  process.stdout.write(`${JSON.stringify(cell)}\n`);
  // then the maximal list itself, for the before/after comparison (not timed; a second line, lost if the cell is killed first)
  if (variant !== 'streamed' && r.coverageNote.startsWith('data-dependent part:')) {
    process.stdout.write(`${JSON.stringify(dataDependentOrbits(arch, undefined, { pruning }).maximal.map(cycleStringsToString).sort())}\n`);
  }
}

function main(): void {
  const option = (name: string, fallback: string): string => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
  };
  const widths = option('widths', '2,3,4,5').split(',').map(Number);
  const depths = option('depths', '5,6,7,8').split(',').map(Number);
  const limits = { none: Number(option('before-seconds', '300')), maximal: Number(option('after-seconds', '900')) };
  const streamedHeader = '| streamed: time to verdict, CPU s (wall) | generated; closure-tested | same result |';
  console.log(`# bench-scale: time to a full-coverage verdict, seed 1, one core per run (${cpus().length} cores, ${cpus()[0]?.model ?? '?'})`);
  console.log('');
  console.log(`| widths | depth | verdict | before: CPU s (wall) | enumerated | maximal | dd evaluated [indep] | after: CPU s (wall) | generated | maximal | dd evaluated [indep] | same maximal ${streamedHeader}`);
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const w of widths) {
    for (const N of depths) {
      const before = cell(w, N, 'none', limits.none);
      const after = cell(w, N, 'maximal', limits.maximal);
      const streamed = cell(w, N, 'streamed', limits.maximal);
      const verdict = [before, after, streamed].filter((x): x is Cell => typeof x !== 'string').map((x) => `${x.verdict}${x.coverage === 'full' ? '' : ` (${x.coverage})`}`);
      const same = typeof before !== 'string' && typeof after !== 'string' && before.maximal && after.maximal ? (before.maximal.join(';') === after.maximal.join(';') ? 'yes' : 'NO') : '-';
      const sameResult = typeof after !== 'string' && typeof streamed !== 'string' ? (after.evaluated === streamed.evaluated ? 'yes' : 'NO') : '-';
      console.log(`| ${w} | ${N} | ${[...new Set(verdict)].join(' / ') || '-'} | ${columns(before, 'none').join(' | ')} | ${columns(after, 'maximal').join(' | ')} | ${same} | ${streamedColumns(streamed).join(' | ')} | ${sameResult} |`);
    }
  }
}

/** Runs one cell in a child process; a string when it did not finish. */
function cell(width: number, depth: number, variant: Variant, seconds: number): Cell | string {
  const t0 = Date.now();
  const child = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', __filename, '--cell', String(width), String(depth), variant], {
    timeout: seconds * 1000,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const [first, second] = (child.stdout || '').split('\n');
  if (!first) {
    const wall = ((Date.now() - t0) / 1000).toFixed(0);
    return child.signal ? `> ${seconds} s wall (killed)` : `error after ${wall} s: ${(child.stderr || '').trim().split('\n').pop()}`;
  }
  const result = JSON.parse(first) as Cell;
  return second ? { ...result, maximal: JSON.parse(second) as string[] } : result;
}

function columns(c: Cell | string, pruning: 'none' | 'maximal'): string[] {
  if (typeof c === 'string') return [c, '-', '-', '-'];
  const count = (re: RegExp): string => re.exec(c.note)?.[1] ?? '-';
  const enumerated = pruning === 'none' ? count(/among (\d+) string decompositions enumerated/) : count(/generated directly: (\d+) decompositions/);
  const maximal = c.maximal ? String(c.maximal.length) : c.note.includes('NOT covered') ? 'refused (size guard)' : c.note.startsWith('data-dependent part:') ? 'not listed (killed)' : 'not reached';
  return [`${c.cpu.toFixed(1)} (${c.wall.toFixed(1)})`, enumerated, maximal, `${c.dataDependentEvaluated} [${c.independentEvaluated}]`];
}

/** Time to verdict, and how far the generation and the closure tests went (all the way when the run did not stop early). */
function streamedColumns(c: Cell | string): string[] {
  if (typeof c === 'string') return [c, '-'];
  const stopped = /maximal string orbits among the (\d+) largest of (\d+) distinct data-dependent so far \(generated directly, largest orbit first: (\d+) decompositions from (\d+) of (\d+) choices/.exec(c.note);
  const complete = /generated directly: (\d+) decompositions, (\d+) distinct/.exec(c.note);
  const reached = stopped
    ? `${stopped[3]}; ${stopped[1]} tested (choices ${stopped[4]} of ${stopped[5]})`
    : complete
      ? `${complete[1]}; ${complete[2]} tested (all)`
      : '-';
  return [`${c.cpu.toFixed(1)} (${c.wall.toFixed(1)})`, reached];
}
