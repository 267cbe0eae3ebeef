/**
 * Row and column scaling of a float matrix by powers of two (exact in binary
 * floating point), so that the largest entry of every nonzero row, and then
 * of every nonzero column, lies in [1/2, 1). Scaling by invertible diagonal
 * matrices does not change the rank, but it removes the dynamic range that
 * comes from units (a row of size 1e14 next to a row of size 1), which an SVD
 * with a relative threshold would otherwise read as rank loss.
 */
export function equilibrate(A: readonly (readonly number[])[]): number[][] {
  const scaled = A.map((row) => scaleToUnit(row));
  const n = scaled.length === 0 ? 0 : scaled[0].length;
  for (let j = 0; j < n; j++) {
    const factor = unitFactor(Math.max(...scaled.map((row) => Math.abs(row[j]))));
    for (const row of scaled) row[j] = times(row[j], factor);
  }
  return scaled;
}

/** e with 2^(e-1) <= m < 2^e, so m·2^-e lies in [1/2, 1); 0 for m = 0 or a non-finite m. */
function unitFactor(m: number): number {
  if (m === 0 || !Number.isFinite(m)) return 0;
  let e = Math.floor(Math.log2(m)) + 1;
  if (times(m, e) >= 1) e += 1; // log2 rounding at exact powers of two
  if (times(m, e) < 0.5) e -= 1;
  return e;
}

/** x·2^-e in two steps, so 2^-e itself never overflows (e down to −1074 for subnormal m). */
function times(x: number, e: number): number {
  const half = Math.trunc(e / 2);
  return x * 2 ** -half * 2 ** -(e - half);
}

function scaleToUnit(row: readonly number[]): number[] {
  const factor = unitFactor(Math.max(0, ...row.map((x) => Math.abs(x))));
  return row.map((x) => times(x, factor));
}
