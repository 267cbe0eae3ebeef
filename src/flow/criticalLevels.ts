/**
 * The data and the critical levels `deeplin flow` uses — the one adapter
 * between the flow room (floats) and the exact critical points of part 1
 * (issue #13, src/critical).
 *
 * Data: `defaultLandscapeData(widths)`: X = I_{d_0}, Y = U [diag(m, …, 1) 0]
 * with U rational orthogonal, so Σ = YYᵀ has the exact eigenvalues m², …, 1
 * (m = min(d_0, d_N)) and the critical values tr(YYᵀ) − Σ_{i∈S} λ_i (MATH §6)
 * are integers, exact in doubles.
 *
 * Kinds: from `criticalPoints(widths, data)` (exact classification: global
 * minimum, strict or non-strict saddle; `hessian-zero` when a class at that
 * value has a vanishing Hessian, i.e. lies in A_H) when the network has at
 * most {@link MAX_CLASSIFIED_PARAMETERS} parameters (the exact classifier
 * takes ~1.5 s at 27–42 parameters and ~30 s at 64). Beyond that, the values
 * alone: `global-minimum` for the least one, `saddle` for the others — and
 * `source` says so.
 *
 * @example
 * ```ts
 * import { flowLandscape } from 'deeplin';
 * const l = flowLandscape([2, 2, 2]);
 * [l.globalMinimum, l.levels.map((v) => [v.value, v.kinds])]; // [0, [[5, ["strict-saddle"]], [4, ["strict-saddle"]], [1, ["strict-saddle"]], [0, ["global-minimum"]]]]
 * ```
 */
import { ratToString, type Rational } from '../algebra/rational';
import { criticalPoints } from '../critical/criticalPoints';
import { defaultLandscapeData } from '../critical/landscapeData';
import { RR } from '../numeric/floatField';
import type { CriticalLevel } from './plateaus';

/** Networks with at most this many parameters get exactly classified kinds. */
export const MAX_CLASSIFIED_PARAMETERS = 48;

/** Data of a flow run and its critical levels. */
export interface FlowLandscape {
  readonly X: number[][];
  readonly Y: number[][];
  /** Distinct critical values, decreasing, labelled by their index sets. */
  readonly levels: readonly CriticalLevel[];
  readonly globalMinimum: number;
  /** How the data and levels were obtained (printed with the result). */
  readonly source: string;
}

const KIND_ORDER = ['global-minimum', 'strict-saddle', 'non-strict-saddle', 'undetermined', 'saddle', 'hessian-zero'];

export function flowLandscape(widths: readonly number[]): FlowLandscape {
  const data = defaultLandscapeData(widths);
  const toFloat = (M: Rational[][]): number[][] => M.map((row) => row.map((x) => RR.fromRational(x)));
  const X = toFloat(data.X);
  const Y = toFloat(data.Y);
  const d0 = widths[0];
  const dN = widths[widths.length - 1];
  const m = Math.min(d0, dN);
  const parameters = widths.slice(1).reduce((s, d, i) => s + d * widths[i], 0);
  const dataText = `X = I_${d0}, Y = U [diag(${Array.from({ length: m }, (_, i) => m - i).join(', ')}) 0] (U rational orthogonal; defaultLandscapeData)`;
  const groups = new Map<string, { value: number; sets: string[]; kinds: Set<string> }>();
  const add = (key: string, value: number, set: readonly number[], kinds: readonly string[]): void => {
    const g = groups.get(key) ?? { value, sets: [], kinds: new Set<string>() };
    const label = `{${set.join(',')}}`;
    if (!g.sets.includes(label)) g.sets.push(label);
    kinds.forEach((k) => g.kinds.add(k));
    groups.set(key, g);
  };
  let globalMinimum: number;
  let source: string;
  if (parameters <= MAX_CLASSIFIED_PARAMETERS) {
    const cp = criticalPoints(widths, data);
    for (const c of cp.classes) add(ratToString(c.value), RR.fromRational(c.value), c.indexSet, c.hessianVanishes ? [c.kind, 'hessian-zero'] : [c.kind]);
    globalMinimum = RR.fromRational(cp.globalMinimum);
    source = `${dataText}; critical values and kinds exact (critical-points: ${cp.classes.length} classes)`;
  } else {
    // eigenvalues of Σ: m², …, 1 and d_N − m zeros; index sets of size ≤ r_max
    const rMax = Math.min(...widths);
    const lambda = Array.from({ length: dN }, (_, i) => (i < m ? (m - i) ** 2 : 0));
    const trYY = lambda.reduce((a, b) => a + b, 0);
    const sets: number[][] = [[]];
    for (let i = 0; i < dN; i++) for (const s of [...sets]) if (s.length < rMax && lambda[i] > 0) sets.push([...s, i]);
    const best = trYY - lambda.slice(0, Math.min(rMax, m)).reduce((a, b) => a + b, 0);
    for (const S of sets) {
      const value = trYY - S.reduce((a, i) => a + lambda[i], 0);
      add(String(value), value, S.map((i) => i + 1), [value === best ? 'global-minimum' : 'saddle']);
    }
    globalMinimum = best;
    source = `${dataText}; critical values exact, kinds not classified (${parameters} parameters > ${MAX_CLASSIFIED_PARAMETERS}: saddle / global-minimum from the values alone)`;
  }
  const levels: CriticalLevel[] = [...groups.values()]
    .sort((a, b) => b.value - a.value)
    .map((g) => ({
      value: g.value,
      label: `S = ${g.sets[0]}${g.sets.length > 1 ? ` (+${g.sets.length - 1})` : ''}`,
      kinds: [...g.kinds].sort((a, b) => KIND_ORDER.indexOf(a) - KIND_ORDER.indexOf(b)),
    }));
  return { X, Y, levels, globalMinimum, source };
}
