/**
 * Seeded pseudo-random numbers (sfc32). Every random choice in deeplin goes
 * through one of these, created from a user-visible seed, so any run can be
 * replayed exactly. The generator is a caller-owned workspace (a class).
 *
 * @example
 * ```ts
 * import { Rng } from 'deeplin';
 * const rng = new Rng(42);
 * rng.int(-5, 5); // 0: the same integer in [-5, 5] on every machine
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

/**
 * The named random streams derived from a run's seed: every random choice
 * of a run draws from exactly one of these, so a stream depends only on
 * (run seed, stream, index) — never on the order in which work is done, nor
 * on how many workers do it.
 *
 * - `component-evaluation`, `component-witness` (index = component): the
 *   points at which a component of A_H is evaluated, and where its witness
 *   is searched;
 * - `data-dependent`: the seeded generic data of the data-dependent part of A_H;
 * - `data-dependent-orbit`, `data-dependent-witness` (index = maximal
 *   data-dependent orbit): its exact base point and uniformly random
 *   parameters mod p, and the search for an exact witness point on it;
 * - `certificate` (index = components seen before it): the search for a
 *   proved linear relation;
 * - `pattern-orbit`: a seeded point on a pattern's orbit;
 * - `source-dimension`: the source's dimension in `image-dim`;
 * - `upper-bound-point`, `upper-bound-relations` (index = component of
 *   A_H^indep), `upper-bound-stabilizer-point`, `upper-bound-stabilizer-relations`
 *   (index = data-dependent orbit), `upper-bound-generic`: the exact points
 *   and the interpolation samples of `verify --certify`.
 */
export type StreamName =
  | 'component-evaluation' | 'component-witness' | 'data-dependent' | 'data-dependent-orbit' | 'data-dependent-witness' | 'certificate' | 'pattern-orbit' | 'source-dimension'
  | 'upper-bound-point' | 'upper-bound-relations' | 'upper-bound-stabilizer-point' | 'upper-bound-stabilizer-relations' | 'upper-bound-generic';

/** The hash of (seed, index, salt) the component streams have always used (kept so every committed result is reproduced). */
function mixSeed(seed: number, index: number, salt: number): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  for (const x of [index, salt]) {
    h = Math.imul(h ^ (x >>> 0), 0x85ebca6b) >>> 0;
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
    h = (h ^ (h >>> 16)) >>> 0;
  }
  return h;
}

/**
 * The seed of stream `stream` (number `index` of it) under the run seed
 * `seed`, an integer in [0, 2^32). The derivations are those deeplin has
 * always used, now named in one place: component streams hash
 * (seed, index, salt 0/1/2); `certificate` is seed + index;
 * `pattern-orbit` and `source-dimension` are seed + 1 (all mod 2^32).
 *
 * @example
 * ```ts
 * import { streamSeed } from 'deeplin';
 * [streamSeed(7, 'certificate', 3), streamSeed(7, 'pattern-orbit'), streamSeed(2 ** 32 - 1, 'source-dimension')]; // [10,8,0]
 * streamSeed(1, 'component-evaluation', 0) === streamSeed(1, 'component-evaluation', 1); // false
 * streamSeed(1, 'component-evaluation', 5) === streamSeed(1, 'component-witness', 5); // false
 * ```
 */
export function streamSeed(seed: number, stream: StreamName, index = 0): number {
  requireInteger('streamSeed', 'seed', seed, 0, 2 ** 32 - 1);
  requireInteger('streamSeed', 'index', index, 0, 2 ** 32 - 1);
  switch (stream) {
    case 'component-evaluation':
      return mixSeed(seed, index, 0);
    case 'component-witness':
      return mixSeed(seed, index, 1);
    case 'data-dependent':
      return mixSeed(seed, index, 2);
    case 'upper-bound-point':
      return mixSeed(seed, index, 3);
    case 'upper-bound-relations':
      return mixSeed(seed, index, 4);
    case 'upper-bound-stabilizer-point':
      return mixSeed(seed, index, 5);
    case 'upper-bound-stabilizer-relations':
      return mixSeed(seed, index, 6);
    case 'upper-bound-generic':
      return mixSeed(seed, index, 7);
    case 'data-dependent-orbit':
      return mixSeed(seed, index, 8);
    case 'data-dependent-witness':
      return mixSeed(seed, index, 9);
    case 'certificate':
      return (seed + index) >>> 0;
    case 'pattern-orbit':
    case 'source-dimension':
      return (seed + 1) >>> 0;
  }
}

/**
 * A generator for stream `stream` (number `index`) of the run seed `seed`:
 * `new Rng(streamSeed(seed, stream, index))`.
 */
export function streamRng(seed: number, stream: StreamName, index = 0): Rng {
  return new Rng(streamSeed(seed, stream, index));
}
