/**
 * The named cases whose symbolic systems are committed under `algebra/`.
 *
 * @example
 * ```ts
 * import { namedSystems } from 'deeplin';
 * namedSystems().map((s) => s.name); // ["depth4-width2","depth16-width2"]
 * ```
 */
import { uniformArchitecture } from '../model/architecture';
import { talkConditions } from '../witness/talkConditions';
import { symbolicSystem, type SymbolicSystem } from './symbolicSystem';

export function namedSystems(): SymbolicSystem[] {
  return [
    symbolicSystem('depth4-width2', uniformArchitecture(4, 2), [
      { name: 'ItraceLemma', windows: [[1, 1], [4, 4], [2, 3]], comment: 'W_1 = 0, W_4 = 0, W_3 W_2 = 0: a subvariety of A_H (trace lemma applies)' },
    ]),
    symbolicSystem('depth16-width2', uniformArchitecture(16, 2), [
      { name: 'IA', windows: talkConditions(16), comment: "the talk's A: W_i W_(i-1) W_(i-2) = 0 for i = 4, 8, 12, 16 (the witness's conditions)" },
    ]),
  ];
}
