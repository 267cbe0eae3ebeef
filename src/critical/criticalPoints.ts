/**
 * A representative of every kind of critical point of an architecture for
 * given data, classified exactly.
 *
 * Let u_1, …, u_{d_N} be an orthogonal eigenbasis of Σ = Σ_YX Σ_XX⁻¹ Σ_XY
 * (eigenvalues λ_1 ≥ … ≥ λ_{d_N}, all rational: required), T = Σ_YX Σ_XX⁻¹.
 * For an index set S of eigenvectors with λ > 0 and |S| ≤ r_max = min d_i, the
 * end-to-end matrix Π_S T (Π_S the orthogonal projector onto span u_S) has
 * critical value tr(Σ_YY) − Σ_{i∈S} λ_i. It is factored along coordinate
 * paths: coordinates 1..|S| run through every layer (W_1 row c = u_cᵀT/‖u_c‖²,
 * middle layers identity, W_N column c = u_c); each further coordinate c of the
 * hidden layers runs through a proper subset of the layers (its "chain";
 * a middle layer i carries it when c ≤ d_{i−1}, d_i), entering W_1 with an input
 * vector (a null vector of Σ_YX, else u_tᵀT for t ∉ S) and leaving W_N with an
 * output vector (u_t, t ∉ S, smallest λ first). Broken chains add rank to
 * partial products but not to the end-to-end matrix. Only configurations with
 * an exactly vanishing gradient are kept (not every chain pattern is
 * critical); they are grouped by (S, rank profile) and one representative per
 * group is classified exactly (classifyPoint). This construction realises many
 * but not necessarily all rank profiles of critical points.
 *
 * `ranks` is the rank profile: rank(W_b ⋯ W_a) for a = 1..N, b = a..N, in that
 * order (a-major). `count` is the number of chain configurations (up to
 * permuting interchangeable coordinates) that give a critical point in the
 * class. `indexSet` is 1-based: 1 is the largest eigenvalue.
 *
 * @example
 * ```ts
 * import { criticalPoints, ratToString } from 'deeplin';
 * const cp = criticalPoints([2, 1, 2]);
 * ratToString(cp.globalMinimum); // "1"
 * cp.classes.map((c) => [c.indexSet, c.kind, ratToString(c.value)]); // [[[],"strict-saddle","5"],[[1],"global-minimum","1"],[[2],"strict-saddle","4"]]
 * ```
 */
import { matMul, matZeros } from '../algebra/matrix';
import { nullspace } from '../algebra/nullspace';
import { type Rational, ratAdd, ratDiv, ratIsZero, ratSub, RAT_ZERO } from '../algebra/rational';
import { QQ } from '../algebra/rationalField';
import { ArgumentError } from '../errors';
import { architecture } from '../model/architecture';
import { lossGradient } from '../model/lossGradient';
import type { NetworkPoint } from '../model/networkPoint';
import { checkData } from '../model/trainingData';
import { classifyPoint, type CriticalKind, type PointClassification } from './classifyPoint';
import { defaultLandscapeData } from './landscapeData';
import { dot, rationalEigenbasis } from './rationalEigenbasis';
import { regressionData } from './regressionData';

export type { CriticalKind } from './classifyPoint';

export interface CriticalPointClass {
  /** 1-based indices of the eigenvalues of Σ in the end-to-end matrix (1 = largest). */
  readonly indexSet: readonly number[];
  /** rank(W_b ⋯ W_a) for a = 1..N, b = a..N (a-major). */
  readonly ranks: readonly number[];
  /** The exact critical value tr(Σ_YY) − Σ_{i∈S} λ_i. */
  readonly value: Rational;
  readonly kind: CriticalKind;
  readonly hessianVanishes: boolean;
  /** Chain configurations giving a critical point of this class. */
  readonly count: number;
  /** [n₊, n₋, n₀] of the representative's Hessian. */
  readonly inertia: readonly [number, number, number];
  /** For non-strict saddles: the order k of the descent line found. */
  readonly descentOrder?: number;
  readonly representative: NetworkPoint<Rational>;
  readonly classification: PointClassification;
}

export interface CriticalPoints {
  readonly widths: readonly number[];
  readonly data: { readonly X: Rational[][]; readonly Y: Rational[][] };
  readonly eigenvalues: readonly Rational[];
  readonly classes: readonly CriticalPointClass[];
  /** The minimal loss tr(Σ_YY) − (sum of the r_max largest eigenvalues). */
  readonly globalMinimum: Rational;
  /** Chain configurations examined. */
  readonly configurations: number;
}

/** Refuses enumerations beyond this many chain configurations. */
export const MAX_CHAIN_CONFIGURATIONS = 200_000;

export function criticalPoints(widths: readonly number[], data?: { X: Rational[][]; Y: Rational[][] }): CriticalPoints {
  const arch = architecture(widths);
  const d = arch.widths;
  const N = arch.depth;
  const D = data ?? defaultLandscapeData(d);
  checkData(arch, D.X, D.Y, 'criticalPoints');
  const reg = regressionData(D.X, D.Y, 'criticalPoints');
  const eig = rationalEigenbasis(reg.sigma);
  if (!eig) throw new ArgumentError('criticalPoints', 'data', 'Σ with an irrational eigenvalue', 'data whose Σ = Σ_YX Σ_XX⁻¹ Σ_XY has rational eigenvalues (so every representative is exact)');
  const rMax = Math.min(...d);
  const positive = eig.map((_, i) => i).filter((i) => eig[i].value.num > 0n);
  let captured = RAT_ZERO;
  for (const i of positive.slice(0, rMax)) captured = ratAdd(captured, eig[i].value);
  const globalMinimum = ratSub(reg.traceYY, captured);
  const inputNull = nullspace(QQ, reg.sigmaYX, d[0]);
  const rowOf = (t: number): Rational[] => matMul(QQ, [eig[t].vector], reg.T)[0];

  const groups = new Map<string, { indexSet: number[]; ranks: number[]; value: Rational; point: Rational[][][]; count: number }>();
  let configurations = 0;
  for (const S of subsets(positive, Math.min(rMax, positive.length))) {
    const r = S.length;
    let value = reg.traceYY;
    for (const s of S) value = ratSub(value, eig[s].value);
    const notS = eig.map((_, i) => i).filter((i) => !S.includes(i));
    const outs = [...notS].sort((a, b) => QQ.sub(eig[a].value, eig[b].value).num < 0n ? -1 : 1).map((t) => eig[t].vector);
    const ins = [...inputNull, ...notS.filter((t) => eig[t].value.num > 0n).map(rowOf)];
    const cMax = N === 1 ? r : Math.max(...d.slice(1, N));
    const allowed: number[][] = [];
    for (let c = r; c < cMax; c++) {
      allowed.push(Array.from({ length: N }, (_, k) => k + 1).filter((i) => (i === 1 || c < d[i - 1]) && (i === N || c < d[i])));
    }
    for (const chains of chainConfigurations(allowed, N)) {
      configurations++;
      if (configurations > MAX_CHAIN_CONFIGURATIONS) {
        throw new ArgumentError('criticalPoints', 'widths', d.join(','), `architectures with at most ${MAX_CHAIN_CONFIGURATIONS} chain configurations`);
      }
      const point = buildPoint(d, S.map((s) => eig[s].vector), S.map((s) => rowOf(s).map((x) => ratDiv(x, dot(eig[s].vector, eig[s].vector)))), chains, outs, ins);
      if (!point) continue;
      if (!lossGradient(QQ, point, D.X, D.Y).every((G) => G.every((row) => row.every(ratIsZero)))) continue;
      const ranks = rankProfile(N, r, chains);
      const key = `${S.join(',')}|${ranks.join(',')}`;
      const g = groups.get(key);
      if (g) g.count++;
      else groups.set(key, { indexSet: S.map((s) => s + 1), ranks, value, point, count: 1 });
    }
  }
  const classes: CriticalPointClass[] = [...groups.values()].map((g) => {
    const classification = classifyPoint(d, D, g.point);
    return {
      indexSet: g.indexSet, ranks: g.ranks, value: g.value, kind: classification.kind,
      hessianVanishes: classification.hessianVanishes ?? false, count: g.count,
      inertia: classification.inertia ?? [0, 0, 0], descentOrder: classification.descent?.order,
      representative: g.point, classification,
    };
  });
  return { widths: d, data: { X: D.X.map((r) => [...r]), Y: D.Y.map((r) => [...r]) }, eigenvalues: eig.map((e) => e.value), classes, globalMinimum, configurations };
}

/** Index subsets of `items` of size ≤ k, by size then lexicographically. */
function subsets(items: readonly number[], k: number): number[][] {
  const out: number[][] = [[]];
  let level: number[][] = [[]];
  for (let size = 1; size <= k; size++) {
    const next: number[][] = [];
    for (const s of level) for (const x of items) if (s.length === 0 || x > s[s.length - 1]) next.push([...s, x]);
    out.push(...next);
    level = next;
  }
  return out;
}

/** Chains (sets of layers, never all N) for each extra coordinate; interchangeable neighbours in nondecreasing order. */
function* chainConfigurations(allowed: readonly number[][], N: number): Generator<number[][]> {
  const options = allowed.map((layers) => {
    const out: number[][] = [];
    for (let mask = 0; mask < 1 << layers.length; mask++) {
      const chain = layers.filter((_, j) => mask & (1 << j));
      if (chain.length < N) out.push(chain);
    }
    return out;
  });
  const pick: number[] = new Array(allowed.length).fill(0);
  const rec = function* (c: number): Generator<number[][]> {
    if (c === allowed.length) {
      yield pick.map((p, i) => options[i][p]);
      return;
    }
    const same = c > 0 && allowed[c].join() === allowed[c - 1].join();
    for (let p = same ? pick[c - 1] : 0; p < options[c].length; p++) {
      pick[c] = p;
      yield* rec(c + 1);
    }
  };
  yield* rec(0);
}

function buildPoint(
  d: readonly number[], outS: readonly Rational[][], inS: readonly Rational[][], chains: readonly number[][],
  outs: readonly Rational[][], ins: readonly Rational[][],
): Rational[][][] | undefined {
  const N = d.length - 1;
  const W = Array.from({ length: N }, (_, k) => matZeros(QQ, d[k + 1], d[k]));
  const coords: { chain: number[]; out?: readonly Rational[]; in?: readonly Rational[] }[] = outS.map((u, c) => ({
    chain: Array.from({ length: N }, (_, k) => k + 1), out: u, in: inS[c],
  }));
  let o = 0;
  let i = 0;
  for (const chain of chains) {
    const co: { chain: number[]; out?: readonly Rational[]; in?: readonly Rational[] } = { chain };
    if (chain.includes(N)) {
      if (o >= outs.length) return undefined;
      co.out = outs[o++];
    }
    if (chain.includes(1)) {
      if (i >= ins.length) return undefined;
      co.in = ins[i++];
    }
    coords.push(co);
  }
  coords.forEach((co, c) => {
    for (const layer of co.chain) {
      if (N === 1) W[0] = matMul(QQ, (co.out as Rational[]).map((x) => [x]), [co.in as Rational[]]).map((row, a) => row.map((x, b) => ratAdd(x, W[0][a][b])));
      else if (layer === 1) W[0][c] = [...(co.in as Rational[])];
      else if (layer === N) for (let a = 0; a < d[N]; a++) W[N - 1][a][c] = (co.out as Rational[])[a];
      else W[layer - 1][c][c] = QQ.one;
    }
  });
  return W;
}

/** rank(W_b ⋯ W_a) = number of coordinates whose chain contains a..b (the coordinate vectors at the ends are independent). */
function rankProfile(N: number, r: number, chains: readonly number[][]): number[] {
  const out: number[] = [];
  for (let a = 1; a <= N; a++) {
    for (let b = a; b <= N; b++) {
      let k = r;
      for (const ch of chains) {
        let all = true;
        for (let l = a; l <= b; l++) if (!ch.includes(l)) all = false;
        if (all) k++;
      }
      out.push(k);
    }
  }
  return out;
}

