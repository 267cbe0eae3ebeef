/**
 * The inner loop of every elimination mod p in deeplin (dense and banded):
 * `row ← row + g · pivotRow` over a column range, on residues stored in
 * Float64Arrays, with no BigInt and no floating-point `%`.
 *
 * Both rows may store a slice of the columns: entry j of the matrix row is
 * `row[j − rowStart]`, and of the pivot row `pivotRow[j − pivotStart]`.
 */

/** Below this bound (p − 1)² + (p − 1) < 2^53, so `row[j] + g·x` is exact in one step. */
export const SMALL_PRIME_LIMIT = 2 ** 26;

/**
 * For j in [from, to): `row[j − rowStart] ← (row[j − rowStart] + g · pivotRow[j − pivotStart]) mod p`,
 * where all entries and g are residues in [0, p) and p < 2^31 is prime.
 *
 * Exactness: for p < 2^26 the sum `row + g·x` is an integer below 2^53; its
 * residue is t − q·p with q = floor(t·(1/p)) off by at most one (t/p < 2^27,
 * relative error of t·(1/p) below 2^−51), fixed by one comparison. For larger
 * p, g is split into 16-bit halves so that every intermediate stays below 2^48.
 */
export function addRowMultipleModP(
  row: Float64Array,
  rowStart: number,
  pivotRow: Float64Array,
  pivotStart: number,
  g: number,
  from: number,
  to: number,
  p: number,
): void {
  if (g === 0) return;
  const invP = 1 / p;
  const ro = -rowStart;
  const po = -pivotStart;
  if (p < SMALL_PRIME_LIMIT) {
    for (let j = from; j < to; j++) {
      const x = pivotRow[j + po];
      if (x === 0) continue;
      let t = row[j + ro] + g * x;
      t -= Math.floor(t * invP) * p;
      if (t < 0) t += p;
      else if (t >= p) t -= p;
      row[j + ro] = t;
    }
    return;
  }
  // g = gHi·2^16 + gLo: x·gHi < 2^47, then (x·gHi mod p)·2^16 + x·gLo + row < 2^48.
  const gHi = Math.floor(g / 65536);
  const gLo = g - gHi * 65536;
  for (let j = from; j < to; j++) {
    const x = pivotRow[j + po];
    if (x === 0) continue;
    let t = x * gHi;
    t -= Math.floor(t * invP) * p;
    if (t < 0) t += p;
    else if (t >= p) t -= p;
    t = t * 65536 + x * gLo + row[j + ro];
    t -= Math.floor(t * invP) * p;
    if (t < 0) t += p;
    else if (t >= p) t -= p;
    row[j + ro] = t;
  }
}
