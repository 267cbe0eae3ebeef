/**
 * The normal form (W⁰, C⁰) of a string decomposition of the cyclic quiver:
 * at each vertex v the basis is the list of (string, position p) with
 * (start + p) ≡ v (mod N+1), in the order of the strings and then of p;
 * every arrow (W_i: i−1 → i, and C⁰: N → 0) sends the basis vector of
 * (string, p) to that of (string, p+1), or to 0 when p is the string's last
 * position. All entries are 0 or 1; C⁰ is d_0 × d_N (it maps vertex N to 0).
 */
import type { Field } from '../algebra/field';
import { matZeros, type Matrix } from '../algebra/matrix';
import type { CycleStringDecomposition } from './cycleString';

export interface CycleNormalForm<T> {
  /** W⁰_1..W⁰_N (point[i−1] is W⁰_i, d_i × d_{i−1}). */
  readonly point: Matrix<T>[];
  /** C⁰: d_0 × d_N. */
  readonly C: Matrix<T>;
}

export function cycleNormalForm<T>(field: Field<T>, dec: CycleStringDecomposition): CycleNormalForm<T> {
  const n = dec.depth + 1;
  // index[i][p] = position of (string i, p) in its vertex's basis
  const dims = new Array<number>(n).fill(0);
  const index = dec.strings.map(({ start, length }) => Array.from({ length }, (_, p) => dims[(start + p) % n]++));
  // arrows[v] goes from vertex v to v+1 (mod n): W_{v+1} for v < N, C for v = N
  const arrows = Array.from({ length: n }, (_, v) => matZeros(field, dims[(v + 1) % n], dims[v]));
  dec.strings.forEach(({ start, length }, i) => {
    for (let p = 0; p + 1 < length; p++) arrows[(start + p) % n][index[i][p + 1]][index[i][p]] = field.one;
  });
  return { point: arrows.slice(0, n - 1), C: arrows[n - 1] };
}
