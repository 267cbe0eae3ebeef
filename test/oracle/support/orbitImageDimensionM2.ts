/**
 * Macaulay2 batch driver for image dimensions of δ on G-orbits and on the
 * whole parameter space, computed INDEPENDENTLY of deeplin's tangent map:
 *
 *  - orbit: from the orbit's polynomial parametrization
 *      g = (g_0, …, g_N) ↦ δ(W(g)),  W_i(g) = g_i W⁰_i adj(g_{i−1}),
 *    with g_v a generic d_v × d_v matrix of variables and adj the adjugate
 *    (adj(g) = det(g) g⁻¹, so W(g) = h·W⁰ with h_v = (Π_{j<v} det g_j) g_v:
 *    g ↦ h is a bijection of G, so W(g) sweeps the whole orbit and the generic
 *    rank of the Jacobian of g ↦ δ(W(g)) is dim cl δ(orbit));
 *  - generic: δ(W) with every W_i a generic matrix of variables.
 *
 * For each item the script prints ONE line, computed two ways inside M2:
 *   exact   — rank over QQ of the (symbolic) Jacobian of the map evaluated at
 *             random integer points (entries in [−10⁶, 10⁶]; the maximum over
 *             {@link EXACT_POINTS} points): a lower bound for the generic rank,
 *             exact. (With ONE point in [−1000, 1000] two of 1280 trials hit
 *             a gauge entry 0 of a rank-1 orbit: Schwartz–Zippel in action.)
 *   numeric — `numericalImageDim` of the NumericalImplicitization package
 *             (over CC: the package refuses QQ coefficient rings).
 * For an orbit it also checks, convention-free, that the W⁰ it was given lies
 * in the orbit named by the intervals: rank(W_b ⋯ W_a) = #{[s,t] : s ≤ a−1, t ≥ b}
 * for all 1 ≤ a ≤ b ≤ N (for the equioriented quiver these ranks determine
 * the orbit), and that the sizes are the dimension vector.
 *
 * One M2 process handles a whole batch (start-up costs ~0.35 s).
 */
import { execFileSync, spawnSync } from 'child_process';
import { writeFileSync } from 'fs';

/** How Macaulay2 computes the rank: exact at a point, `numericalImageDim`, or both. */
export type M2RankMode = 'exact' | 'numeric' | 'both';

/** One orbit to evaluate in M2. */
export interface M2OrbitItem {
  readonly kind: 'orbit';
  /** Identifier echoed on the output line (no spaces). */
  readonly id: string;
  readonly widths: readonly number[];
  readonly intervals: readonly (readonly number[])[];
  /** The normal form W⁰ = (W⁰_1, …, W⁰_N) as rational strings, each row-major. */
  readonly normalForm: readonly (readonly (readonly string[])[])[];
}

/** The whole parameter space of one architecture. */
export interface M2GenericItem {
  readonly kind: 'generic';
  readonly id: string;
  readonly widths: readonly number[];
}

export type M2Item = M2OrbitItem | M2GenericItem;

/** What M2 printed for one item; `null` where the mode did not compute it. */
export interface M2Result {
  readonly kind: 'orbit' | 'generic';
  readonly id: string;
  readonly exact: number | null;
  readonly numeric: number | null;
  /** For orbits: did W⁰ pass the product-rank check? (always true for generic items) */
  readonly orbitRanksOk: boolean;
}

/** A parsed batch run. */
export interface M2BatchRun {
  readonly status: number | null;
  readonly results: Map<string, M2Result>;
  /** Seconds M2 itself measured for the items (excluding start-up and package loading). */
  readonly m2Seconds: number | null;
  /** Wall-clock seconds of the whole M2 process. */
  readonly wallSeconds: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** By default the exact rank is the maximum over this many random integer points (entries in [−10⁶, 10⁶]). */
export const EXACT_POINTS = 2;

/** Options of a batch script. */
export interface OrbitBatchOptions {
  /** Random integer points for the exact rank (default {@link EXACT_POINTS}); a benchmark against a one-point method uses 1. */
  readonly exactPoints?: number;
}

const PRELUDE = String.raw`-- deeplin oracle: image dimensions of delta, computed from parametrizations
needsPackage "NumericalImplicitization";
adjugate = M -> (
  n := numrows M;
  if n == 1 then return matrix {{1_(ring M)}};
  matrix table(n, n, (i, j) -> (-1)^(i + j) * det submatrix'(M, {j}, {i})));
deltaEntries = Ws -> flatten for i from 1 to #Ws - 1 list (
  D := transpose(Ws#i) * Ws#i - Ws#(i - 1) * transpose(Ws#(i - 1));
  flatten for a from 0 to numrows D - 1 list for b from a to numcols D - 1 list D_(a, b));
randomInt = () -> (random 2000001) - 1000000;
-- exact: the largest rank of the Jacobian of F (a list in S = QQ[x_1..x_n]) at EXACTPOINTS random integer
-- points (each rank is a lower bound for the generic rank; one point can be unlucky, e.g. a gauge entry 0);
-- numeric: numericalImageDim over CC
rankTwoWays = (F, n, x, mode) -> (
  ex := "-";
  nu := "-";
  if mode != "numeric" then (
    J := jacobian matrix {F};
    ex = toString max apply(EXACTPOINTS, t -> rank sub(J, matrix {apply(n, k -> randomInt())})));
  if mode != "exact" then (
    SC := CC[x_1..x_n];
    nu = toString numericalImageDim(flatten entries sub(matrix {F}, SC), ideal 0_SC));
  (ex, nu));
productRanksOk = (widths, ivs, W0) -> (
  N := #widths - 1;
  ok := all(1..N, i -> numrows(W0#(i - 1)) == widths#i and numcols(W0#(i - 1)) == widths#(i - 1));
  if ok then for a from 1 to N do (
    P := id_(QQ^(widths#(a - 1)));
    for b from a to N do (
      P = W0#(b - 1) * P;
      expected := #select(ivs, iv -> iv#0 <= a - 1 and iv#1 >= b);
      if rank P != expected then ok = false));
  ok);
orbitLine = (id, widths, ivs, W0, mode) -> (
  N := #widths - 1;
  n := sum(widths, d -> d^2);
  x := symbol x;
  S := QQ[x_1..x_n];
  off := 0;
  gs := for v from 0 to N list (
    d := widths#v;
    M := genericMatrix(S, S_off, d, d);
    off = off + d^2;
    M);
  Ws := for i from 1 to N list gs#i * sub(W0#(i - 1), S) * adjugate(gs#(i - 1));
  r := rankTwoWays(deltaEntries Ws, n, x, mode);
  print("ORBIT " | id | " exact " | r#0 | " numeric " | r#1 | " orbit-ranks " | (if productRanksOk(widths, ivs, W0) then "ok" else "bad")));
genericLine = (id, widths, mode) -> (
  N := #widths - 1;
  n := sum(1..N, i -> widths#i * widths#(i - 1));
  x := symbol x;
  S := QQ[x_1..x_n];
  off := 0;
  Ws := for i from 1 to N list (
    M := genericMatrix(S, S_off, widths#i, widths#(i - 1));
    off = off + widths#i * widths#(i - 1);
    M);
  r := rankTwoWays(deltaEntries Ws, n, x, mode);
  print("GENERIC " | id | " exact " | r#0 | " numeric " | r#1 | " orbit-ranks ok"));
`;

function m2List(xs: readonly (string | number)[]): string {
  return `{${xs.join(', ')}}`;
}

function m2Matrix(rows: readonly (readonly string[])[]): string {
  return `matrix(QQ, ${m2List(rows.map((r) => m2List(r)))})`;
}

/**
 * The Macaulay2 script for a batch: the prelude, `setRandomSeed seed`, one
 * call per item, and a closing `DONE <count> <seconds>` line (the seconds M2
 * spent on the items). Ids must be free of whitespace and quotes.
 *
 * @example
 * ```ts
 * const text = orbitBatchScript([{ kind: 'generic', id: 'g', widths: [2, 2, 2] }], 'both', 7);
 * text.includes('genericLine("g", {2, 2, 2}, "both");'); // true
 * ```
 */
export function orbitBatchScript(items: readonly M2Item[], mode: M2RankMode, seed: number, options: OrbitBatchOptions = {}): string {
  const exactPoints = options.exactPoints ?? EXACT_POINTS;
  if (!Number.isInteger(exactPoints) || exactPoints < 1) throw new Error(`exactPoints must be a positive integer, got ${exactPoints}`);
  const calls = items.map((it) => {
    if (/[\s"\\]/.test(it.id)) throw new Error(`M2 item id must not contain whitespace or quotes: ${it.id}`);
    if (it.kind === 'generic') return `genericLine("${it.id}", ${m2List(it.widths)}, "${mode}");`;
    const ivs = m2List(it.intervals.map((iv) => m2List(iv)));
    const W0 = m2List(it.normalForm.map(m2Matrix));
    return `orbitLine("${it.id}", ${m2List(it.widths)}, ${ivs}, ${W0}, "${mode}");`;
  });
  return [
    PRELUDE,
    `setRandomSeed ${seed};`,
    `EXACTPOINTS = ${exactPoints};`,
    'deeplinStart = cpuTime();',
    ...calls,
    `print("DONE ${items.length} " | toString(cpuTime() - deeplinStart));`,
    '',
  ].join('\n');
}

/** Whether an `M2` executable is on the PATH. */
export function m2Found(): boolean {
  try {
    execFileSync('which', ['M2']);
    return true;
  } catch {
    return false;
  }
}

/**
 * Parses the ORBIT / GENERIC lines and the DONE line of a batch's output.
 *
 * @example
 * ```ts
 * const r = parseBatchOutput('GENERIC g exact 3 numeric 3 orbit-ranks ok\nDONE 1 .01\n');
 * [r.results.get('g')?.exact, r.m2Seconds]; // [3, 0.01]
 * ```
 */
export function parseBatchOutput(stdout: string): { results: Map<string, M2Result>; m2Seconds: number | null } {
  const results = new Map<string, M2Result>();
  let m2Seconds: number | null = null;
  for (const line of stdout.split('\n')) {
    const m = /^(ORBIT|GENERIC) (\S+) exact (\d+|-) numeric (\d+|-) orbit-ranks (ok|bad)$/.exec(line.trim());
    if (m) {
      const num = (s: string): number | null => (s === '-' ? null : Number(s));
      results.set(m[2], { kind: m[1] === 'ORBIT' ? 'orbit' : 'generic', id: m[2], exact: num(m[3]), numeric: num(m[4]), orbitRanksOk: m[5] === 'ok' });
    }
    const d = /^DONE \d+ ([0-9.e+-]+)$/.exec(line.trim());
    if (d) m2Seconds = Number(d[1]);
  }
  return { results, m2Seconds };
}

/**
 * Writes the batch script to `file`, runs `M2 --script file` once (default
 * time limit 540 s) and parses its output. Throws if M2 cannot be started (callers check {@link m2Found} first
 * so a missing M2 fails with a clear message).
 *
 * @example
 * ```ts
 * const run = runOrbitBatch('/tmp/b.m2', [{ kind: 'generic', id: 'g', widths: [2, 2, 2] }], 'exact', 7);
 * run.results.get('g')?.exact; // 3
 * ```
 */
export function runOrbitBatch(
  file: string,
  items: readonly M2Item[],
  mode: M2RankMode,
  seed: number,
  options: OrbitBatchOptions & { readonly timeoutMs?: number } = {},
): M2BatchRun {
  writeFileSync(file, orbitBatchScript(items, mode, seed, options));
  const t0 = process.hrtime.bigint();
  const run = spawnSync('M2', ['--script', file], { encoding: 'utf8', timeout: options.timeoutMs ?? 540_000, maxBuffer: 64 * 1024 * 1024 });
  const wallSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (run.error) throw run.error;
  const { results, m2Seconds } = parseBatchOutput(run.stdout);
  return { status: run.status, results, m2Seconds, wallSeconds, stdout: run.stdout, stderr: run.stderr };
}
