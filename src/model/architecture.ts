/**
 * The architecture of a deep linear network: depth N ≥ 2 and widths
 * d = (d_0, …, d_N). Validated on construction; everything else takes an
 * `Architecture`, never raw arrays.
 */
import { ArgumentError } from '../errors';

export interface Architecture {
  /** d_0, …, d_N. */
  readonly widths: readonly number[];
  /** N. */
  readonly depth: number;
}

/** Refuse architectures with more parameters than this (memory/time guard). */
export const MAX_PARAMETERS = 50_000_000;
/** Largest allowed single width. */
export const MAX_WIDTH = 100_000;

/**
 * The architecture with widths d_0, …, d_N (N ≥ 2 layers, every width a positive integer); ArgumentError otherwise.
 *
 * @example
 * ```ts
 * import { architecture } from 'deeplin';
 * const arch = architecture([2, 3, 1]);
 * [arch.depth, arch.widths]; // [2, [2, 3, 1]]
 * ```
 */
export function architecture(widths: readonly unknown[]): Architecture {
  if (!Array.isArray(widths)) throw new ArgumentError('architecture', 'widths', widths, 'an array of integers d_0..d_N');
  if (widths.length < 3) {
    throw new ArgumentError('architecture', 'depth', widths.length - 1, 'an integer >= 2 (widths d_0..d_N need at least 3 entries)');
  }
  widths.forEach((d, i) => {
    if (typeof d !== 'number' || !Number.isInteger(d) || d < 1 || d > MAX_WIDTH) {
      throw new ArgumentError('architecture', `widths[${i}]`, d, `an integer in [1, ${MAX_WIDTH}]`);
    }
  });
  const ws = widths as number[];
  let params = 0;
  for (let i = 1; i < ws.length; i++) params += ws[i] * ws[i - 1];
  if (params > MAX_PARAMETERS) {
    throw new ArgumentError('architecture', 'parameter count', params, `at most ${MAX_PARAMETERS}`);
  }
  return Object.freeze({ widths: Object.freeze([...ws]), depth: ws.length - 1 });
}

/**
 * Depth N with all widths equal to `width`.
 *
 * @example
 * ```ts
 * import { uniformArchitecture } from 'deeplin';
 * uniformArchitecture(16, 2).widths.length; // 17
 * ```
 */
export function uniformArchitecture(depth: number, width: number): Architecture {
  if (typeof depth !== 'number' || !Number.isInteger(depth) || depth < 2 || depth > 1_000_000) {
    throw new ArgumentError('uniformArchitecture', 'depth', depth, 'an integer in [2, 1000000]');
  }
  if (typeof width !== 'number' || !Number.isInteger(width) || width < 1 || width > MAX_WIDTH) {
    throw new ArgumentError('uniformArchitecture', 'width', width, `an integer in [1, ${MAX_WIDTH}]`);
  }
  return architecture(new Array<number>(depth + 1).fill(width));
}

/**
 * Σ_i d_i d_{i-1}.
 *
 * @example
 * ```ts
 * import { architecture, parameterCount } from 'deeplin';
 * parameterCount(architecture([2, 3, 1])); // 9   (W_1 is 3×2, W_2 is 1×3)
 * ```
 */
export function parameterCount(arch: Architecture): number {
  let n = 0;
  for (let i = 1; i <= arch.depth; i++) n += arch.widths[i] * arch.widths[i - 1];
  return n;
}

/** Offset of W_i's first entry in the flat parameter vector (W_1 first, each row-major). */
export function layerOffset(arch: Architecture, layer: number): number {
  let n = 0;
  for (let i = 1; i < layer; i++) n += arch.widths[i] * arch.widths[i - 1];
  return n;
}

/** Σ_{i=1}^{N-1} d_i(d_i+1)/2: the dimension of the codomain of δ. */
export function deltaCodomainDimension(arch: Architecture): number {
  let n = 0;
  for (let i = 1; i < arch.depth; i++) n += (arch.widths[i] * (arch.widths[i] + 1)) / 2;
  return n;
}

/** Σ_v d_v²: the dimension of the Lie algebra of G = Π GL(d_v). */
export function gaugeDimension(arch: Architecture): number {
  return arch.widths.reduce((s, d) => s + d * d, 0);
}
