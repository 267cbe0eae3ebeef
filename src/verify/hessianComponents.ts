/**
 * The irreducible components of the data-independent part of A_H: for each
 * three-block pattern (see {@link hessianPatterns}) the products of the
 * blocks' components ({@link blockComponents}). Components of different
 * patterns that have the same generic rank data (the same orbit) are listed
 * once. Generic ranks across a block boundary compose as
 * min(r_left, r_right): independent gauges on the two sides put the image of
 * the left part and the kernel of the right part in general position.
 *
 * @example
 * ```ts
 * import { uniformArchitecture, hessianComponents } from 'deeplin';
 * [...hessianComponents(uniformArchitecture(3, 1))].length; // 1  (W = 0)
 * [...hessianComponents(uniformArchitecture(4, 2))].length; // 7
 * ```
 */
import type { Architecture } from '../model/architecture';
import { decompositionToString, productRank } from '../quiver/intervalDecomposition';
import { blockComponents } from './blockComponents';
import type { Block } from '../quiver/componentPoint';
import { hessianPatterns, type HessianPattern } from './hessianPatterns';

export interface HessianComponent {
  readonly pattern: HessianPattern;
  readonly blocks: readonly Block[];
  /** "n,l | orbit1 | orbit2 | orbit3": a readable identifier. */
  readonly label: string;
  /** Generic rank of W_b⋯W_a on the component, keyed "a,b". */
  readonly ranks: ReadonlyMap<string, number>;
}

export function* hessianComponents(arch: Architecture): Generator<HessianComponent> {
  const N = arch.depth;
  const d = arch.widths;
  const seen = new Set<string>();
  for (const pattern of hessianPatterns(N)) {
    const choices = pattern.map(([a, b]) => blockComponents(d.slice(a - 1, b + 1)));
    const index = [0, 0, 0];
    for (;;) {
      const blocks: Block[] = pattern.map(([a, b], i) => ({ first: a, last: b, orbit: choices[i][index[i]] }));
      const ranks = genericRanks(N, blocks);
      const key = [...ranks.values()].join(',');
      if (!seen.has(key)) {
        seen.add(key);
        const label = `n=${pattern[0][1]},l=${pattern[2][0]} | ${blocks.map((b) => decompositionToString(b.orbit)).join(' | ')}`;
        yield { pattern, blocks, label, ranks };
      }
      let k = 0;
      while (k < 3 && ++index[k] === choices[k].length) index[k++] = 0;
      if (k === 3) break;
    }
  }
}

/** The number of components {@link hessianComponents} lists (by enumerating them: cheap next to evaluating them). */
export function hessianComponentCount(arch: Architecture): number {
  let count = 0;
  for (const _ of hessianComponents(arch)) count++;
  return count;
}

function genericRanks(N: number, blocks: readonly Block[]): Map<string, number> {
  const blockOf = (layer: number): Block => blocks.find((b) => b.first <= layer && layer <= b.last) as Block;
  const ranks = new Map<string, number>();
  for (let a = 1; a <= N; a++) {
    let r = -1;
    let layer = a;
    while (layer <= N) {
      const b = blockOf(layer);
      for (let end = layer; end <= b.last; end++) {
        const local = productRank(b.orbit, layer - b.first + 1, end - b.first + 1);
        const total = r < 0 ? local : Math.min(r, local);
        ranks.set(`${a},${end}`, total);
        if (end === b.last) r = total;
      }
      layer = b.last + 1;
    }
  }
  return ranks;
}
