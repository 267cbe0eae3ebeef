/**
 * The sweep behind proofs/conservation-laws.{md,json}: `conservationLaws`
 * on every width profile with d_i ≤ maxWidth at depths 2..maxDepth (one of
 * each pair (d_0..d_N) / (d_N..d_0): reversing the network, θ ↦ the
 * transposed layers in reverse order, is an orthogonal change of coordinates
 * carrying φ to φᵀ and δ to δ reversed, so both have the same counts), plus
 * seeded random profiles (Marcotte–Gribonval–Peyré's random-architecture check).
 */
import { architecture } from '../model/architecture';
import { Rng } from '../random';
import { conservationLaws, type ConservationLaws, type ConservationLawsOptions } from './conservationLaws';

export interface ConservationSweepOptions extends ConservationLawsOptions {
  readonly maxWidth: number;
  readonly maxDepth: number;
  /** Random profiles: how many, and their depth and width ranges. */
  readonly random: { readonly count: number; readonly depths: readonly [number, number]; readonly widths: readonly [number, number] };
  readonly onArchitecture?: (done: number, total: number, widths: readonly number[]) => void;
}

export interface ConservationSweepEntry {
  readonly widths: readonly number[];
  readonly source: 'exhaustive' | 'random';
  readonly result: ConservationLaws;
  readonly seconds: number;
}

/** Every profile with 1 ≤ d_i ≤ maxWidth and depth 2..maxDepth, keeping the lexicographically smaller of each profile and its reverse. */
export function sweepProfiles(maxWidth: number, maxDepth: number): number[][] {
  const out: number[][] = [];
  for (let N = 2; N <= maxDepth; N++) {
    const w = new Array<number>(N + 1).fill(1);
    for (;;) {
      const rev = [...w].reverse();
      if (w.join(',') <= rev.join(',')) out.push([...w]);
      let i = N;
      while (i >= 0 && w[i] === maxWidth) w[i--] = 1;
      if (i < 0) break;
      w[i]++;
    }
  }
  return out;
}

export function conservationSweep(options: ConservationSweepOptions): ConservationSweepEntry[] {
  const rng = new Rng(options.seed ?? 1);
  const random = Array.from({ length: options.random.count }, () => {
    const N = rng.int(options.random.depths[0], options.random.depths[1]);
    return Array.from({ length: N + 1 }, () => rng.int(options.random.widths[0], options.random.widths[1]));
  });
  const jobs = [...sweepProfiles(options.maxWidth, options.maxDepth).map((w) => ({ w, source: 'exhaustive' as const })), ...random.map((w) => ({ w, source: 'random' as const }))];
  return jobs.map(({ w, source }, i) => {
    options.onArchitecture?.(i, jobs.length, w);
    const t0 = Date.now();
    const result = conservationLaws(architecture(w), options);
    return { widths: w, source, result, seconds: (Date.now() - t0) / 1000 };
  });
}
