/**
 * A point of parameter space: `point[i-1]` is W_i (d_i × d_{i-1}), over any field.
 */
import type { Field } from '../algebra/field';
import type { Matrix } from '../algebra/matrix';
import { matFromStrings } from '../algebra/matrix';
import { ArgumentError } from '../errors';
import type { Architecture } from './architecture';

export type NetworkPoint<T> = readonly Matrix<T>[];

/** Throws ArgumentError naming the layer when shapes do not match the architecture. */
export function checkPoint<T>(arch: Architecture, point: NetworkPoint<T>, fn = 'checkPoint'): void {
  if (!Array.isArray(point) || point.length !== arch.depth) {
    throw new ArgumentError(fn, 'point length', Array.isArray(point) ? point.length : point, `exactly depth N = ${arch.depth} matrices`);
  }
  for (let i = 1; i <= arch.depth; i++) {
    const W = point[i - 1];
    const rows = arch.widths[i];
    const cols = arch.widths[i - 1];
    if (!Array.isArray(W) || W.length !== rows || W.some((r) => !Array.isArray(r) || r.length !== cols)) {
      throw new ArgumentError(fn, `W_${i} shape`, shapeOf(W), `${rows}x${cols} (d_${i} x d_${i - 1})`);
    }
  }
}

function shapeOf(W: unknown): string {
  if (!Array.isArray(W)) return typeof W;
  const cols = W.map((r) => (Array.isArray(r) ? r.length : '?'));
  return `${W.length}x[${[...new Set(cols)].join('|')}]`;
}

/**
 * Parses exact rational strings into a point over `field`.
 *
 * @example
 * ```ts
 * import { QQ, layerProduct, matToStrings, pointFromStrings } from 'deeplin';
 * const W = pointFromStrings(QQ, [[['1/2'], ['0']], [['0', '3']]]); // widths (1, 2, 1)
 * matToStrings(QQ, W[0]);                    // [["1/2"], ["0"]]
 * matToStrings(QQ, layerProduct(QQ, W, 1, 2)); // [["0"]]   W_2 W_1 = 0
 * ```
 */
export function pointFromStrings<T>(field: Field<T>, point: readonly (readonly (readonly string[])[])[]): Matrix<T>[] {
  return point.map((W) => matFromStrings(field, W));
}

/** Flattens a point to the parameter vector (W_1 first, row-major). */
export function flattenPoint<T>(point: NetworkPoint<T>): T[] {
  return point.flatMap((W) => W.flatMap((row) => [...row]));
}
