/**
 * The span of vectors over F_p, grown one vector at a time: a caller-owned
 * workspace holding an echelon basis (each row with its pivot column,
 * normalised to 1 there). `add` reduces a vector against the basis and keeps
 * it when something is left, so `rank` is always the exact rank over F_p of
 * every vector offered so far.
 */
import { invMod, mulMod } from '../algebra/primeField';

export class PointSpan {
  private readonly rows: { readonly pivot: number; readonly values: readonly number[] }[] = [];

  constructor(readonly prime: number) {}

  /** The exact rank over F_p of all vectors offered so far. */
  get rank(): number {
    return this.rows.length;
  }

  /** The reduction of v (entries in [0, p)) against the basis. */
  private reduce(v: readonly number[]): number[] {
    const p = this.prime;
    const w = [...v];
    for (const { pivot, values } of this.rows) {
      const c = w[pivot];
      if (c === 0) continue;
      for (let j = 0; j < w.length; j++) if (values[j] !== 0) w[j] = (w[j] - mulMod(c, values[j], p) + p) % p;
    }
    return w;
  }

  /** True when v lies in the span (nothing changes). */
  contains(v: readonly number[]): boolean {
    return this.reduce(v).every((x) => x === 0);
  }

  /** Adds v; true when it raised the rank. */
  add(v: readonly number[]): boolean {
    const w = this.reduce(v);
    const pivot = w.findIndex((x) => x !== 0);
    if (pivot < 0) return false;
    const inv = invMod(w[pivot], this.prime);
    this.rows.push({ pivot, values: w.map((x) => mulMod(x, inv, this.prime)) });
    return true;
  }
}
