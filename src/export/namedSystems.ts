/**
 * The named cases whose symbolic systems are committed under `algebra/`.
 */
import { uniformArchitecture } from '../model/architecture';
import { hessianPatterns } from '../verify/hessianPatterns';
import { talkConditions } from '../witness/talkConditions';
import { symbolicSystem, type SymbolicSystem } from './symbolicSystem';

/** One ideal per three-block pattern: P_n_l = (W_n⋯W_1, W_{l−1}⋯W_{n+1}, W_N⋯W_l). */
function patternIdeals(depth: number): { name: string; windows: [number, number][]; comment: string }[] {
  return hessianPatterns(depth).map((p) => ({
    name: `P${p[0][1]}x${p[2][0]}`,
    windows: p.map(([a, b]) => [a, b] as [number, number]),
    comment: `pattern n = ${p[0][1]}, l = ${p[2][0]}: ${p.map(([a, b]) => (a === b ? `W_${a}` : `W_${b}..W_${a}`)).join(' = ')} = 0`,
  }));
}

export function namedSystems(): SymbolicSystem[] {
  return [
    symbolicSystem('depth4-width2', uniformArchitecture(4, 2), [
      { name: 'ItraceLemma', windows: [[1, 1], [4, 4], [2, 3]], comment: 'W_1 = 0, W_4 = 0, W_3 W_2 = 0: a subvariety of A_H (trace lemma applies)' },
    ], patternIdeals(4)),
    symbolicSystem('depth16-width2', uniformArchitecture(16, 2), [
      { name: 'IA', windows: talkConditions(16), comment: "the talk's A: W_i W_(i-1) W_(i-2) = 0 for i = 4, 8, 12, 16 (the witness's conditions)" },
    ], patternIdeals(16)),
  ];
}
