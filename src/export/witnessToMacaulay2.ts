/**
 * Turns a counterexample witness (format version 1) into a self-contained
 * Macaulay2 script that re-checks every claim of the witness with
 * Macaulay2's own exact arithmetic over QQ. The script trusts nothing deeplin
 * computed except the data of the file — widths, X, Y, the point, the
 * conditions and the claimed numbers — and prints one `PASS name: detail` or
 * `FAIL name: detail` line per check, then `deeplin-m2: ALL CHECKS PASSED`
 * (exit code 0) or `deeplin-m2: FAILED` (exit code 1).
 *
 * The JSON is validated here on its own (not through `parseWitness`), so the
 * Macaulay2 route shares no code with deeplin's checker beyond
 * `parseRational`, which only reads the number strings.
 */
import { parseRational, ratToString } from '../algebra/rational';
import { FormatError } from '../errors';

const FN = 'witnessToMacaulay2';
const KIND = 'deeplin/counterexample-witness';

/** Options of {@link witnessToMacaulay2}. */
export interface WitnessToMacaulay2Options {
  /** Path of the script as it will be run, shown in the header's run command (default `FILE.m2`). */
  readonly scriptPath?: string;
}

function fail(what: string): never {
  throw new FormatError(FN, what);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  if (value === null) return 'null';
  return typeof value === 'string' ? JSON.stringify(value) : typeof value;
}

/** Validates a `rows × cols` matrix of rational strings; returns it as M2 literals, row by row. */
function matrixLiterals(value: unknown, rows: number, cols: number | undefined, name: string): string[][] {
  if (!Array.isArray(value) || value.length !== rows) {
    fail(`${name} must be an array of ${rows} rows, got ${describe(value)}`);
  }
  const width = cols ?? (Array.isArray(value[0]) ? value[0].length : 0);
  if (width < 1) fail(`${name} must have at least one column`);
  return value.map((row: unknown, i: number) => {
    if (!Array.isArray(row) || row.length !== width) {
      fail(`${name} row ${i} must be an array of ${width} entries, got ${describe(row)}`);
    }
    return row.map((x: unknown, j: number) => ratToString(parseRational(x, `${FN}: ${name}[${i}][${j}]`)));
  });
}

function integer(value: unknown, name: string, min: number): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) {
    fail(`${name} must be an integer >= ${min}, got ${JSON.stringify(value)}`);
  }
  return value;
}

function m2Matrix(rows: readonly (readonly string[])[]): string {
  return `matrix(QQ, {${rows.map((r) => `{${r.join(', ')}}`).join(', ')}})`;
}

/**
 * A self-contained Macaulay2 script re-verifying a counterexample witness
 * (`kind: "deeplin/counterexample-witness"`, `version: 1`) from scratch.
 *
 * The script checks, exactly over QQ: (1) the shapes; (2) every listed
 * product `W_b⋯W_a` is the zero matrix; (3) the listed conditions imply the
 * Hessian-variety theorem's conditions combinatorially, so the whole G-orbit
 * of the point lies in A_H (with a spot check at one point `g·W` of the
 * orbit); (4) the gradient and the full Hessian of `L = ‖W_N⋯W_1X − Y‖²`
 * vanish at the point, via the jet `L(W + tE) mod t³` over `QQ[e_1..e_P]`;
 * (5) X has full row rank and `XYᵀ` full rank; (6) the rank of
 * `dδ_W ∘ T_W`, computed two ways, equals `restrictedDimension`; (7)
 * `codomainDimension = Σ d_i(d_i+1)/2`; (8) `genericDimension` is certified
 * by matching lower and upper bounds (lower: ranks at points; upper: the
 * codomain dimension, or the kernel of the Jacobian of δ over `QQ[w]`), and
 * the restricted rank equals it.
 *
 * The output is a pure function of the input (no dates, no timings), so a
 * committed script can be regenerated and compared byte for byte.
 *
 * @throws FormatError when the JSON is not a version-1 witness: wrong kind or
 *   version, widths not integers >= 1 or depth < 2, ragged or mis-shaped
 *   matrices, numbers that are not `"p"` / `"p/q"` strings, conditions outside
 *   `1 <= a <= b <= N`, claims not non-negative integers.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'fs';
 * import { witnessToMacaulay2 } from 'deeplin';
 * const witness = JSON.parse(readFileSync('proofs/depth16-width2.witness.json', 'utf8'));
 * const script = witnessToMacaulay2(witness, { scriptPath: 'out/depth16-width2.m2' });
 * script.includes('-- Run:  M2 --script out/depth16-width2.m2'); // true
 * // write it there, then: M2 --script out/depth16-width2.m2   (exit code 0 iff all checks pass);
 * // proofs/check-witness.m2 runs the same checks on any witness file without this step
 * ```
 */
export function witnessToMacaulay2(witness: unknown, options: WitnessToMacaulay2Options = {}): string {
  if (!isRecord(witness)) fail(`the witness must be a JSON object, got ${describe(witness)}`);
  if (witness.kind !== KIND) fail(`kind must be "${KIND}", got ${JSON.stringify(witness.kind)}`);
  if (witness.version !== 1) fail(`version must be 1, got ${JSON.stringify(witness.version)}`);

  const widthsValue = witness.widths;
  if (!Array.isArray(widthsValue) || widthsValue.length < 3) {
    fail(`widths must be an array d_0..d_N with N >= 2 (at least 3 entries), got ${describe(widthsValue)}`);
  }
  const widths = widthsValue.map((d: unknown, v: number) => integer(d, `widths[${v}]`, 1));
  const N = widths.length - 1;

  const data = witness.data;
  if (!isRecord(data)) fail(`data must be an object { X, Y }, got ${describe(data)}`);
  const X = matrixLiterals(data.X, widths[0], undefined, 'data.X');
  const m = X[0].length;
  const Y = matrixLiterals(data.Y, widths[N], m, 'data.Y');

  const pointValue = witness.point;
  if (!Array.isArray(pointValue) || pointValue.length !== N) {
    fail(`point must be an array of the ${N} matrices W_1..W_${N}, got ${describe(pointValue)}`);
  }
  const W = pointValue.map((Wi: unknown, k: number) =>
    matrixLiterals(Wi, widths[k + 1], widths[k], `point[${k}] (W_${k + 1}, ${widths[k + 1]} x ${widths[k]})`),
  );

  const conditionsValue = witness.conditions;
  if (!Array.isArray(conditionsValue)) fail(`conditions must be an array of pairs [a, b], got ${describe(conditionsValue)}`);
  const conditions = conditionsValue.map((c: unknown, k: number) => {
    if (!Array.isArray(c) || c.length !== 2) fail(`conditions[${k}] must be a pair [a, b], got ${describe(c)}`);
    const a = integer(c[0], `conditions[${k}][0]`, 1);
    const b = integer(c[1], `conditions[${k}][1]`, 1);
    if (a > b || b > N) fail(`conditions[${k}] = [${a}, ${b}] must satisfy 1 <= a <= b <= N = ${N}`);
    return [a, b] as const;
  });

  const claims = witness.claims;
  if (!isRecord(claims)) fail(`claims must be an object, got ${describe(claims)}`);
  const generic = integer(claims.genericDimension, 'claims.genericDimension', 0);
  const restricted = integer(claims.restrictedDimension, 'claims.restrictedDimension', 0);
  const codomain = integer(claims.codomainDimension, 'claims.codomainDimension', 0);

  const group = witness.group ?? 'G';
  if (group !== 'G' && group !== 'stabilizer') fail(`group must be "G" or "stabilizer", got ${describe(group)}`);

  const P = widths.slice(1).reduce((s, d, k) => s + d * widths[k], 0);
  const run = `M2 --script ${options.scriptPath ?? 'FILE.m2'}`;
  const header = [
    '-- deeplin: independent Macaulay2 re-check of a counterexample witness',
    `-- widths (${widths.join(', ')}), depth N = ${N}, P = ${P} parameters, m = ${m} samples`,
    '-- Generated by deeplin witnessToMacaulay2 from a witness file (kind deeplin/counterexample-witness, version 1).',
    '--',
    `-- Run:  ${run}`,
    '-- Exit code 0 and last line "deeplin-m2: ALL CHECKS PASSED" iff every check passes;',
    '-- otherwise the last line is "deeplin-m2: FAILED" and the exit code is 1.',
    '--',
    ...WHAT_IT_PROVES,
    '',
  ];
  const dataSection = [
    '-- ===================== data (from the witness file) =====================',
    `widths = {${widths.join(', ')}};`,
    `X = ${m2Matrix(X)};`,
    `Y = ${m2Matrix(Y)};`,
    'W = {',
    ...W.map((Wi, k) => `    ${m2Matrix(Wi)}${k < N - 1 ? ',' : ''} -- W_${k + 1}`),
    '    };',
    `conds = {${conditions.map(([a, b]) => `{${a}, ${b}}`).join(', ')}};`,
    `groupH = ${group === 'stabilizer' ? 'true' : 'false'}; -- true: the orbit is one of the stabiliser H of C = X Y^T (data-dependent part of A_H)`,
    `claimGeneric = ${generic};`,
    `claimRestricted = ${restricted};`,
    `claimCodomain = ${codomain};`,
    '',
  ];
  return [...header, ...dataSection, CHECKS].join('\n');
}

/** What every check script proves (comment lines shared by both scripts). */
const WHAT_IT_PROVES = [
    '-- What it proves. Everything below is recomputed by Macaulay2 with exact arithmetic over QQ;',
    '-- nothing computed by deeplin is trusted, only the data section (widths, X, Y, the point',
    '-- W = (W_1..W_N), the conditions [a, b] meaning W_b...W_a = 0, and the claimed numbers).',
    '--  1. shapes: W_i is d_i x d_{i-1}, X is d_0 x m, Y is d_N x m;',
    '--  2. every listed product W_b...W_a is the zero matrix at W;',
    '--  3. the listed vanishings imply the Hessian-variety conditions for all data:',
    '--     (1) W_n...W_1 = 0 and W_N...W_l = 0 for some n < l, and (2) for every k < j one of',
    '--     M_jk = W_{j-1}...W_{k+1}, B_k = W_{k-1}...W_1, A_j = W_N...W_{j+1} vanishes.',
    '--     (They force the vanishing: by (1) every k has A_k = 0 or B_k = 0, which kills the gradient',
    '--     2 A_k^T R (B_k X)^T and the term ||sum_k A_k E_k B_k X||^2 of the Hessian; by (2) every',
    '--     cross term 2 <R, A_j E_j M_jk E_k B_k X> has a zero factor.)',
    '--     Products vanishing are invariant under G = prod GL(d_v), so the whole G-orbit of W',
    '--     lies in A_H (spot-checked at one point g.W of the orbit);',
    '--  4. independently of the theorem: in L(W + tE) = L(W) + t G(E) + t^2 H(E) mod t^3',
    '--     (E_i matrices of fresh variables e_1..e_P), G = 0 and H = 0: the gradient and the',
    '--     full Hessian of L = ||W_N...W_1 X - Y||_F^2 vanish at W;',
    '--  5. X has full row rank and X Y^T has full rank (generic data);',
    '--  6. rank over QQ of d(delta)_W o T_W (T_W the tangent map of the G-orbit) equals the',
    '--     claimed restrictedDimension, computed two independent ways;',
    '--  7. codomainDimension = sum_{i=1}^{N-1} d_i (d_i + 1) / 2;',
    '--  8. the generic rank of d(delta) is pinned by equal lower and upper bounds and equals the',
    '--     claimed genericDimension, and restrictedDimension = genericDimension. Then',
    '--     rank(d(delta)_W o T_W) <= dim cl delta(orbit) <= dim cl delta(A_H)',
    '--                            <= dim cl delta(parameter space) = generic rank',
    '--     are all equal: the main conjecture dim cl delta(A_H) < dim cl delta(parameters) fails.',
];

/** The part of the single checker that reads the globals of the checks from the witness file named on its command line. */
const READ_WITNESS = `-- ===================== data (read from the witness file) =====================
needsPackage "JSON";
readFail = msg -> (<< "FAIL witness-file: " << msg << endl << "deeplin-m2: FAILED" << endl; exit 1);
if #scriptCommandLine != 2 then (
    stderr << "usage: M2 --script proofs/check-witness.m2 WITNESS.json" << endl; exit 2);
witnessPath = scriptCommandLine#1;
<< "deeplin-m2: checking " << witnessPath << endl;
if not fileExists witnessPath then readFail("no such file: " | witnessPath);
J = try fromJSON get witnessPath else readFail("not valid JSON: " | witnessPath);
-- strict: only the fields of format version 1, with the types it allows
onlyKeys = (H, allowed, name) -> (
    if not instance(H, HashTable) then readFail(name | " must be a JSON object");
    extra := select(keys H, k -> not member(k, allowed));
    if #extra > 0 then readFail(name | " has unknown fields " | toString sort extra));
field = (H, k, name) -> if H#?k then H#k else readFail(name | " lacks the field " | k);
onlyKeys(J, {"kind", "version", "group", "statement", "widths", "data", "point", "conditions", "claims", "evidence", "orbit", "recheck"}, "the witness");
if field(J, "kind", "the witness") =!= "deeplin/counterexample-witness" then readFail "kind must be \\"deeplin/counterexample-witness\\"";
if field(J, "version", "the witness") =!= 1 then readFail "version must be 1";
-- a number is a string "p" or "p/q" (integers, q > 0); only such strings reach value
rationalOf = (s, name) -> (
    if not instance(s, String) or not match("^-?[0-9]+(/[0-9]*[1-9][0-9]*)?$", s) then
        readFail(name | " holds " | toString s | ", not an exact rational written \\"p\\" or \\"p/q\\"");
    promote(value s, QQ));
matrixOf = (rows, name) -> (
    if not instance(rows, List) or #rows == 0 or not all(rows, r -> instance(r, List) and #r > 0 and #r == #(rows#0)) then
        readFail(name | " must be a non-empty list of rows of equal positive length");
    matrix(QQ, apply(rows, r -> apply(r, s -> rationalOf(s, name)))));
naturalOf = (n, name) -> if instance(n, ZZ) and n >= 0 then n else readFail(name | " must be an integer >= 0");
widths = field(J, "widths", "the witness");
if not instance(widths, List) or not all(widths, d -> instance(d, ZZ)) then readFail "widths must be a list of integers";
D = field(J, "data", "the witness");
onlyKeys(D, {"X", "Y"}, "data");
X = matrixOf(field(D, "X", "data"), "data.X");
Y = matrixOf(field(D, "Y", "data"), "data.Y");
pointRows = field(J, "point", "the witness");
if not instance(pointRows, List) then readFail "point must be a list of matrices";
W = apply(#pointRows, k -> matrixOf(pointRows#k, "point[" | toString k | "]"));
conds = field(J, "conditions", "the witness");
if not instance(conds, List) then readFail "conditions must be a list of pairs [a, b]";
groupName = if J#?"group" then J#"group" else "G";
if not member(groupName, {"G", "stabilizer"}) then readFail "group must be \\"G\\" or \\"stabilizer\\"";
groupH = groupName == "stabilizer"; -- true: the orbit is one of the stabiliser H of C = X Y^T (data-dependent part of A_H)
C = field(J, "claims", "the witness");
onlyKeys(C, {"genericDimension", "restrictedDimension", "codomainDimension"}, "claims");
claimGeneric = naturalOf(field(C, "genericDimension", "claims"), "claims.genericDimension");
claimRestricted = naturalOf(field(C, "restrictedDimension", "claims"), "claims.restrictedDimension");
claimCodomain = naturalOf(field(C, "codomainDimension", "claims"), "claims.codomainDimension");
`;

/**
 * The one Macaulay2 script that re-checks any counterexample witness file,
 * committed as `proofs/check-witness.m2`: it reads the file named on its
 * command line (`M2 --script proofs/check-witness.m2 FILE.witness.json`),
 * refuses unknown fields and numbers not written `"p"` / `"p/q"`, and runs the
 * same checks as the standalone script of {@link witnessToMacaulay2}.
 */
export function macaulay2WitnessChecker(): string {
  const header = [
    '-- deeplin: independent Macaulay2 re-check of any counterexample witness file',
    '-- (kind deeplin/counterexample-witness, version 1). Written by macaulay2WitnessChecker in',
    '-- src/export/witnessToMacaulay2.ts (test/export/witnessToMacaulay2.test.ts keeps this copy equal).',
    '--',
    '-- Run:  M2 --script proofs/check-witness.m2 FILE.witness.json',
    '-- Exit code 0 and last line "deeplin-m2: ALL CHECKS PASSED" iff every check passes;',
    '-- otherwise the last line is "deeplin-m2: FAILED" and the exit code is 1 (2: no file named).',
    '--',
    ...WHAT_IT_PROVES,
    '',
  ];
  return [...header, READ_WITNESS, CHECKS].join('\n');
}

/** The data-independent part of the script: the checks, reading the globals of the data section. */
const CHECKS = `-- ===================== checks =====================
allOk = true;
report = (name, ok, detail) -> (
    if ok then (<< "PASS " << name << ": " << detail << endl)
    else (allOk = false; << "FAIL " << name << ": " << detail << endl);
    ok);
finish = () -> (
    if allOk then (<< "deeplin-m2: ALL CHECKS PASSED" << endl; exit 0)
    else (<< "deeplin-m2: FAILED" << endl; exit 1));
str = x -> toString x;
tuple = L -> "(" | concatenate between(", ", apply(L, str)) | ")";
startTime = cpuTime();
<< "deeplin-m2: Macaulay2 " << version#"VERSION" << ", widths " << tuple widths << endl;

-- 1. shapes
N = #widths - 1;
shapeProblems = {};
problem = s -> shapeProblems = append(shapeProblems, s);
if not all(widths, d -> instance(d, ZZ) and d >= 1) then problem "widths must be integers >= 1";
if N < 2 then problem("depth N = " | str N | " must be at least 2");
if not instance(W, List) or #W != N then problem("the point must list N = " | str N | " matrices");
if #shapeProblems == 0 then (
    for i from 1 to N do (
        Wi := W#(i-1);
        if not instance(Wi, Matrix) or ring Wi =!= QQ or numRows Wi != widths#i or numColumns Wi != widths#(i-1) then
            problem("W_" | str i | " must be a " | str widths#i | " x " | str widths#(i-1) | " matrix over QQ"));
    if ring X =!= QQ or numRows X != widths#0 then problem("X must have d_0 = " | str widths#0 | " rows over QQ");
    if ring Y =!= QQ or numRows Y != widths#N then problem("Y must have d_N = " | str widths#N | " rows over QQ");
    if numColumns X != numColumns Y then problem "X and Y must have the same number of columns");
P = if #shapeProblems == 0 then sum(1..N, i -> widths#i * widths#(i-1)) else 0;
report("shapes", #shapeProblems == 0,
    if #shapeProblems == 0 then "N = " | str N | ", W_i is d_i x d_{i-1} for i = 1.." | str N | ", X is "
        | str numRows X | " x " | str numColumns X | ", Y is " | str numRows Y | " x " | str numColumns Y
        | ", P = " | str P | " parameters"
    else concatenate between("; ", shapeProblems));
if not allOk then finish();

-- 2. the listed products vanish
prodOf = (Ws, a, b) -> (
    M := id_(QQ^(widths#(a-1)));
    for i from a to b do M = Ws#(i-1) * M;
    M);
prodName = (a, b) -> concatenate between(" ", apply(reverse toList(a..b), i -> "W_" | str i));
validCond = c -> instance(c, List) and #c == 2 and all(c, x -> instance(x, ZZ)) and 1 <= c#0 and c#0 <= c#1 and c#1 <= N;
if not groupH and (not instance(conds, List) or #conds == 0) then report("conditions", false, "no conditions listed");
for c in conds do (
    if not validCond c then report("condition " | str c, false, "not a pair {a, b} with 1 <= a <= b <= N = " | str N)
    else (
        Pab := prodOf(W, c#0, c#1);
        report("condition [" | str c#0 | "," | str c#1 | "]", Pab == 0,
            prodName(c#0, c#1) | (if Pab == 0 then " = 0" else " has rank " | str rank Pab | ", not 0")
            | " (exact " | str numRows Pab | " x " | str numColumns Pab | " product over QQ)")));
conds = select(conds, validCond);

-- 3. the listed vanishings imply the Hessian-variety theorem's conditions (for all data)
-- W_b...W_a (a <= b) is implied zero when it contains a listed window [a', b'], a <= a' <= b' <= b;
-- an empty product (a > b) is an identity matrix, never zero.
impliedZero = (a, b) -> a <= b and any(conds, c -> a <= c#0 and c#1 <= b);
if groupH then report("stabilizer-orbit-in-A_H", true,
    "A_H is invariant under H = {g : g_0 C g_N^(-1) = C}: on A_H, P = W_N...W_1 and its first variation vanish, "
    | "L = |PX|^2 - 2 tr(PC) + |Y|^2 and tr(PC) is H-invariant; the point itself is checked below (gradient, Hessian)");
nList = select(toList(1..N), n -> impliedZero(1, n));
lList = select(toList(1..N), l -> impliedZero(l, N));
cond1 = #nList > 0 and #lList > 0 and min nList < max lList;
if not groupH then report("hessian-variety-condition-1", cond1,
    if cond1 then "n = " | str min nList | " < l = " | str max lList | ": " | prodName(1, min nList) | " = 0 and "
        | prodName(max lList, N) | " = 0 follow from the listed conditions (so W = 0 and R = -Y)"
    else "no n < l with W_n...W_1 = 0 and W_N...W_l = 0 implied by the listed conditions");
pairsKJ = flatten for k from 1 to N list for j from k+1 to N list {k, j};
byM = 0; byB = 0; byA = 0; uncovered = {};
for p in pairsKJ do (
    k := p#0; j := p#1;
    if impliedZero(k+1, j-1) then byM = byM + 1
    else if impliedZero(1, k-1) then byB = byB + 1
    else if impliedZero(j+1, N) then byA = byA + 1
    else uncovered = append(uncovered, p));
if not groupH then report("hessian-variety-condition-2", #uncovered == 0,
    if #uncovered == 0 then "all " | str(#pairsKJ) | " pairs k < j covered: M_jk = W_{j-1}...W_{k+1} = 0 for " | str byM
        | ", B_k = W_{k-1}...W_1 = 0 for " | str byB | ", A_j = W_N...W_{j+1} = 0 for " | str byA
        | "; these vanishings are G-invariant, so the whole G-orbit of W lies in A_H"
    else str(#uncovered) | " pairs (k, j) with none of M_jk, B_k, A_j implied zero: " | str uncovered);

-- 4. gradient and full Hessian of L at W, by the jet L(W + tE) mod t^3 over QQ[e_1..e_P]
-- (J0 + t J1 + t^2 J2 is W_i...W_1 X with every W_k replaced by W_k + t E_k, truncated at t^3)
paramOffset = for i from 1 to N list sum(1..(i-1), k -> widths#k * widths#(k-1));
Se = QQ[ee_1..ee_P];
Emat = for i from 1 to N list
    matrix(Se, for r from 0 to widths#i - 1 list for c from 0 to widths#(i-1) - 1 list Se_(paramOffset#(i-1) + r * widths#(i-1) + c));
jetLoss = Ws -> (
    J0 := promote(X, Se); J1 := 0 * J0; J2 := 0 * J0;
    for i from 1 to N do (
        A := promote(Ws#(i-1), Se);
        E := Emat#(i-1);
        (J0, J1, J2) = (A * J0, A * J1 + E * J0, A * J2 + E * J1));
    J0 = J0 - promote(Y, Se);
    ip := (U, V) -> sum(flatten entries U, flatten entries V, (u, v) -> u * v);
    (ip(J0, J0), 2 * ip(J0, J1), ip(J1, J1) + 2 * ip(J0, J2)));
(L0, L1, L2) = jetLoss W;
report("gradient", L1 == 0,
    if L1 == 0 then "the t-coefficient of L(W + tE) is 0: all " | str P | " partial derivatives of L vanish at W (L(W) = " | str L0 | ")"
    else "the t-coefficient of L(W + tE) has " | str(#terms L1) | " nonzero terms: the gradient does not vanish");
report("hessian", L2 == 0,
    if L2 == 0 then "the t^2-coefficient of L(W + tE) is the zero quadratic form in " | str P | " variables: the full Hessian vanishes at W"
    else "the t^2-coefficient of L(W + tE) has " | str(#terms L2) | " nonzero terms: the Hessian does not vanish");
-- spot check of the G-invariance argument: g.W = (g_i W_i g_{i-1}^{-1}) for a fixed g with det g_v = 1
gMat = v -> (
    d := widths#v;
    if groupH and (v == 0 or v == N) then return id_(QQ^d); -- an element of H: the end vertices fixed
    lo := matrix(QQ, for r from 0 to d-1 list for c from 0 to d-1 list (if r == c then 1 else if r > c then ((7*v + 3*r + 5*c) % 7) - 3 else 0));
    up := matrix(QQ, for r from 0 to d-1 list for c from 0 to d-1 list (if r == c then 1 else if r < c then ((5*v + 11*r + 2*c) % 5) - 2 else 0));
    lo * up);
gW = for i from 1 to N list gMat(i) * W#(i-1) * inverse gMat(i-1);
(G0, G1, G2) = jetLoss gW;
orbitOk = all(conds, c -> prodOf(gW, c#0, c#1) == 0) and G1 == 0 and G2 == 0;
report("orbit-spot-check", orbitOk,
    "at g.W = (g_i W_i g_{i-1}^(-1))_i for a fixed g in G = prod GL(d_v): the listed products "
    | (if all(conds, c -> prodOf(gW, c#0, c#1) == 0) then "vanish" else "do NOT all vanish")
    | ", the gradient " | (if G1 == 0 then "vanishes" else "does NOT vanish")
    | ", the Hessian " | (if G2 == 0 then "vanishes" else "does NOT vanish"));

-- 5. generic data
rankX = rank X;
rankC = rank(X * transpose Y);
report("data-generic", rankX == widths#0 and rankC == min(widths#0, widths#N),
    "rank X = " | str rankX | " (d_0 = " | str widths#0 | "), rank X Y^T = " | str rankC
    | " (min(d_0, d_N) = " | str min(widths#0, widths#N) | ")");

-- 7. codomain dimension; delta as polynomials in the parameters w_1..w_P (same order as e_1..e_P)
codomainDim = sum(1..(N-1), i -> widths#i * (widths#i + 1) // 2);
Sw = QQ[ww_1..ww_P];
Wg = for i from 1 to N list
    matrix(Sw, for r from 0 to widths#i - 1 list for c from 0 to widths#(i-1) - 1 list Sw_(paramOffset#(i-1) + r * widths#(i-1) + c));
deltaPolys = flatten for i from 1 to N-1 list (
    D := transpose(Wg#i) * Wg#i - Wg#(i-1) * transpose(Wg#(i-1));
    flatten for r from 0 to widths#i - 1 list for c from r to widths#i - 1 list D_(r, c));
report("codomain-dimension", codomainDim == claimCodomain and #deltaPolys == codomainDim,
    "sum_{i=1}^{N-1} d_i (d_i + 1) / 2 = " | str codomainDim | " upper-triangular coordinates of (Delta_1..Delta_"
    | str(N-1) | "), claimed " | str claimCodomain);

-- 6. rank of d(delta)_W o T_W, two ways
evalAt = (A, ptRow) -> lift(sub(A, ptRow), QQ);
pointRow = matrix {flatten apply(W, M -> flatten entries M)};
jac = jacobian matrix {deltaPolys};                 -- P x codomainDim over QQ[w]
dDeltaW = transpose evalAt(jac, pointRow);          -- codomainDim x P over QQ
Q = sum(0..N, v -> widths#v ^ 2);
xiOffset = for v from 0 to N list sum(0..(v-1), k -> widths#k ^ 2);
-- (a) T_W as a P x Q matrix: the Jacobian in xi of (xi_i W_i - W_i xi_{i-1})_{i=1..N}
Sx = QQ[xx_1..xx_Q];
Xi = for v from 0 to N list
    matrix(Sx, for r from 0 to widths#v - 1 list for c from 0 to widths#v - 1 list Sx_(xiOffset#v + r * widths#v + c));
tangentPolys = flatten for i from 1 to N list
    flatten entries (Xi#i * promote(W#(i-1), Sx) - promote(W#(i-1), Sx) * Xi#(i-1));
TW = transpose lift(jacobian matrix {tangentPolys}, QQ);
-- the directions xi allowed: all of gl(d_0)+...+gl(d_N) for G; for H the kernel of xi -> xi_0 C - C xi_N
Cdata = X * transpose Y;
allowed = if groupH then (
        constraints := flatten entries(Xi#0 * promote(Cdata, Sx) - promote(Cdata, Sx) * Xi#N);
        gens ker transpose lift(jacobian matrix {constraints}, QQ)) else id_(QQ^Q);
TW = TW * allowed;
restrictedA = rank(dDeltaW * TW);
-- (b) d/ds at s = 0 of delta(W + s T(xi)), with xi symbolic: a codomainDim x Q matrix of constants
Ss = QQ[ss, yy_1..yy_Q];
XiS = for v from 0 to N list
    matrix(Ss, for r from 0 to widths#v - 1 list for c from 0 to widths#v - 1 list Ss_(1 + xiOffset#v + r * widths#v + c));
Wpath = for i from 1 to N list (
    Wi := promote(W#(i-1), Ss);
    Wi + Ss_0 * (XiS#i * Wi - Wi * XiS#(i-1)));
firstOrder = flatten for i from 1 to N-1 list (
    D := transpose(Wpath#i) * Wpath#i - Wpath#(i-1) * transpose(Wpath#(i-1));
    flatten for r from 0 to widths#i - 1 list for c from r to widths#i - 1 list sub(diff(Ss_0, D_(r, c)), {Ss_0 => 0}));
restrictedB = rank(transpose lift(submatrix(jacobian matrix {firstOrder}, toList(1..Q), ), QQ) * allowed);
report("restricted-dimension", restrictedA == restrictedB and restrictedA == claimRestricted,
    "rank over QQ of d(delta)_W o T_W = " | str restrictedA | " (Jacobian of delta at W times T_W: " | str restrictedA
    | "; d/ds delta(W + s T(xi)) at s = 0: " | str restrictedB | "; " | str Q | " directions xi in gl(d_0)+...+gl(d_N)), claimed "
    | str claimRestricted);

-- 8. generic rank of d(delta): lower bounds = ranks at points (restricted rank, rank at W, fixed integer points);
-- upper bound = codomain dimension, or codomainDim - rank of the kernel of the Jacobian (over QQ[w]) at a point
rankAtW = rank dDeltaW;
probes = for j from 1 to 3 list matrix {for k from 0 to P-1 list (((37*k*k + 11*k + 5*j*j + 13*j) % 97) - 48)_QQ};
probeRanks = apply(probes, p -> rank evalAt(jac, p));
genericLower = max({restrictedA, rankAtW} | probeRanks);
genericUpper = codomainDim;
upperWhy = "the codomain dimension";
if genericLower < genericUpper then (
    kerJac := gens ker jac;
    kerRank := max apply(probes | {pointRow}, p -> rank evalAt(kerJac, p));
    genericUpper = codomainDim - kerRank;
    upperWhy = str codomainDim | " - " | str kerRank | " (" | str kerRank
        | " relations among the rows of d(delta) over QQ[w], independent at a point)");
genericCertified = genericLower == genericUpper;
report("generic-dimension", genericCertified and genericLower == claimGeneric,
    (if genericCertified then "generic rank of d(delta) = " | str genericLower
     else "generic rank of d(delta) not pinned down: between " | str genericLower | " and " | str genericUpper)
    | "; lower bound " | str genericLower | " (restricted rank " | str restrictedA | ", rank of d(delta) at W " | str rankAtW
    | ", at 3 fixed integer points " | tuple probeRanks | "), upper bound " | str genericUpper | " = " | upperWhy
    | "; claimed " | str claimGeneric);

-- conclusion
final = genericCertified and restrictedA == restrictedB and restrictedA == genericLower;
report("restricted-equals-generic", final,
    if final then "rank(d(delta)_W o T_W) = " | str restrictedA | " = generic rank of d(delta), so dim cl delta(orbit of W) = dim cl delta(A_H) = dim cl delta(parameter space)"
    else "restricted rank " | str restrictedA | " vs generic rank " | str genericLower
        | ": this point does not show dim cl delta(A_H) = dim cl delta(parameter space)");
<< "deeplin-m2: checks took " << str(cpuTime() - startTime) << " s of CPU time" << endl;
if allOk then (
    << "dim cl delta(A_H) = dim cl delta(parameter space) = " << str genericLower
    << ": the main conjecture fails for widths " << tuple widths << endl);
finish();
`;
