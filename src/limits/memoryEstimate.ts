/**
 * Estimated peak memory of a computation, from its sizes alone — computed
 * BEFORE anything is allocated, so a size the machine cannot hold is refused
 * with its estimate (see `requireMemory`) instead of ending in V8's
 * uncatchable "heap out of memory" abort minutes later.
 *
 * An estimate is a list of phases that run one after another (their
 * allocations do not coexist); each phase is a sum of items `count ×
 * bytesEach`, and the peak is the largest phase. The per-entry constants in
 * {@link MEMORY_BYTES} were measured on Node 20 (x64, no pointer compression)
 * with `process.memoryUsage()` (heap after `gc()` for retained sizes, maxRSS
 * above the start-up RSS for peaks) on real runs of deeplin's own code; each
 * constant's comment says on what.
 */
import { ArgumentError } from '../errors';

export const MEMORY_BYTES = Object.freeze({
  /**
   * Peak bytes per entry of a dense F_p matrix built and ranked by deeplin
   * (columns as JS number arrays, their transpose, the Float64Array working
   * copy of `rank`): measured 30.7 on the 952 × 2048 dδ of widths 16^9 and
   * 39.9 on the 2100 × 4608 dδ of widths 24^9 (retained alone: 7.7–8.2).
   */
  fpDenseEntry: 40,
  /**
   * Peak bytes per stored entry of a banded F_p Jacobian (deeplin's
   * structured path for dδ and dδ∘T: rows built, validated into one
   * Float64Array, eliminated in a working copy): measured 16.7–27.9 (dδ and
   * dδ∘T of widths 24^17 and 40^9, 5–28 million stored entries); plus
   * `bandedRow` per row and `pointParameter` per parameter of the point.
   */
  fpBandedEntry: 32,
  bandedRow: 200,
  pointParameter: 40,
  /**
   * Bytes per (tangent vector × parameter) of an orbit tangent basis over F_p
   * (Σ d_v² network points, mostly small-integer zeros in small arrays):
   * measured 16.0 (widths 8^11, 704 × 640).
   */
  fpTangentEntry: 16,
  /**
   * Peak bytes per entry of a dense matrix of exact rationals (a {num, den}
   * object of two BigInts per entry) built as columns, transposed and reduced
   * mod p: measured 115–132 (dδ∘T over Q, widths 12^11 and 16^9, entries from
   * points in [−1000, 1000]); one retained rational entry is 66–67 bytes.
   */
  rationalDenseEntry: 132,
  /** Bytes per (tangent vector × parameter) of an orbit tangent basis over Q: measured 21.9 (widths 8^11). */
  rationalTangentEntry: 22,
  /** Bytes per entry of the dense P × P loss Hessian over Q: measured 58.9 (widths 10^11, P = 1000). */
  rationalHessianEntry: 64,
  /**
   * Fraction-free (Bareiss) elimination over Z: entries are minors, growing by
   * about this many bits per elimination step — measured 20.0 on dδ∘T at
   * points with entries in [−1000, 1000] (2·log2 1000: entries are quadratic).
   */
  bareissBitsPerStep: 20,
  /**
   * Bytes of one BigInt besides its 64-bit digits (header and length), and
   * the fraction of the matrix still nonzero at the end of Bareiss
   * elimination: measured 0.25 (widths 8^9, 252 × 576); 0.5 leaves a factor 2.
   */
  bigintHeader: 16,
  bareissFill: 0.5,
  /**
   * Peak bytes per term of a polynomial with rational coefficients, besides
   * one byte per ring variable (a term's exponent key is a string with one
   * character per variable): retained 144–352 + (number of variables);
   * exports of symbolic δ peak at ≤ 1.25× the retained size (widths 1,300,1
   * and 20^4). Used as 2 × (base + variables).
   */
  polyTermBase: 200,
  polyTermPeakFactor: 2,
});

/** One allocation: `count` things of `bytesEach` bytes. */
export interface MemoryItem {
  readonly what: string;
  readonly count: number;
  readonly bytesEach: number;
}

/** Allocations that coexist. */
export interface MemoryPhase {
  readonly name: string;
  readonly items: readonly MemoryItem[];
  /** Σ count × bytesEach. */
  readonly bytes: number;
}

export interface MemoryEstimate {
  /** Estimated peak bytes: the largest phase. */
  readonly bytes: number;
  /** Name of the largest phase. */
  readonly phase: string;
  readonly phases: readonly MemoryPhase[];
}

export function memoryEstimate(phases: readonly { readonly name: string; readonly items: readonly MemoryItem[] }[]): MemoryEstimate {
  if (!Array.isArray(phases) || phases.length === 0) throw new ArgumentError('memoryEstimate', 'phases', phases, 'at least one phase');
  const out: MemoryPhase[] = phases.map((p) => {
    let bytes = 0;
    for (const it of p.items) {
      if (!(it.count >= 0) || !(it.bytesEach >= 0)) {
        throw new ArgumentError('memoryEstimate', `${p.name}: ${it.what}`, [it.count, it.bytesEach], 'a count and bytes per item >= 0');
      }
      bytes += it.count * it.bytesEach;
    }
    return { name: p.name, items: p.items, bytes };
  });
  const peak = out.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  return { bytes: peak.bytes, phase: peak.name, phases: out };
}

/**
 * Bytes as a short human string with binary prefixes (1 GB = 2^30 bytes here).
 */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return 'unbounded';
  const units = ['B', 'KB', 'MB', 'GB', 'TB', 'PB', 'EB'];
  let i = 0;
  let x = bytes;
  while (x >= 1024 && i < units.length - 1) {
    x /= 1024;
    i++;
  }
  if (i === 0) return `${Math.round(x)} B`;
  return `${x < 1e4 ? x.toFixed(1) : x.toExponential(1)} ${units[i]}`;
}
