/**
 * Seeded pseudo-random numbers (sfc32). Every random choice in deeplin goes
 * through one of these, created from a user-visible seed, so any run can be
 * replayed exactly. The generator is a caller-owned workspace (a class).
 *
 * @example
 * ```ts
 * import { Rng } from 'deeplin';
 * const rng = new Rng(42);
 * rng.int(-5, 5); // the same integer in [-5, 5] on every machine
 * ```
 */
import { requireInteger } from './errors';

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(readonly seed: number) {
    requireInteger('Rng', 'seed', seed, 0, 2 ** 32 - 1);
    this.a = 0x9e3779b9;
    this.b = 0x243f6a88;
    this.c = 0xb7e15162;
    this.d = seed >>> 0;
    for (let i = 0; i < 15; i++) this.nextUint32();
  }

  /** Uniform 32-bit unsigned integer. */
  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform float in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** Uniform integer in [lo, hi] (inclusive), hi - lo < 2^32. */
  int(lo: number, hi: number): number {
    const span = hi - lo + 1;
    // rejection sampling: no modulo bias
    const limit = Math.floor(4294967296 / span) * span;
    let x = this.nextUint32();
    while (x >= limit) x = this.nextUint32();
    return lo + (x % span);
  }

  /** Standard normal sample (Box–Muller). */
  normal(): number {
    let u = this.next();
    while (u === 0) u = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }
}
