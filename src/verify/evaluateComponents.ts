/**
 * Evaluating components of A_H^indep, one seeded stream per component: the
 * random point of component k depends only on (seed, k), never on which
 * components were evaluated before it or by which worker — so `deeplin
 * verify --jobs 1` and `--jobs 2` give identical results.
 */
import { primeField } from '../algebra/primeField';
import { deltaRankModP } from '../dimension/deltaRankModP';
import { architecture, type Architecture } from '../model/architecture';
import { defineJob } from '../parallel/job';
import { streamRng } from '../random';
import { intervalDecomposition, orbitDimension } from '../quiver/intervalDecomposition';
import type { Block } from '../quiver/componentPoint';
import { componentPoint } from '../quiver/componentPoint';
import type { HessianPattern } from './hessianPatterns';

/** What {@link evaluateComponent} needs of a component (JSON-serialisable, for workers). */
export interface ComponentSpec {
  readonly label: string;
  readonly pattern: HessianPattern;
  readonly blocks: readonly Block[];
}

/** Evaluation of one component (see verifyArchitecture for the bounds' meaning). */
export interface ComponentEvaluationCore {
  readonly label: string;
  readonly dimension: number;
  readonly conditions: readonly (readonly [number, number])[];
  readonly lowerBound: number;
  readonly upperBound: number;
  readonly failureProbability: number;
  readonly ranks: readonly { readonly prime: number; readonly rank: number }[];
}

/**
 * rank of dδ∘T at a uniformly random point of the component, one point per
 * prime (stopping once the rank reaches `stopAt`), drawn from the stream
 * `streamSeed(seed, 'component-evaluation', index)`; failure probability ≤ Π degree/p.
 */
export function evaluateComponent(
  arch: Architecture,
  component: ComponentSpec,
  index: number,
  seed: number,
  primes: readonly number[],
  degree: number,
  stopAt: number,
): ComponentEvaluationCore {
  const rng = streamRng(seed, 'component-evaluation', index);
  const ranks: { prime: number; rank: number }[] = [];
  for (const p of primes) {
    const F = primeField(p);
    const point = componentPoint(F, arch, component.blocks, () => rng.int(0, p - 1));
    ranks.push({ prime: p, rank: deltaRankModP(point, p, { orbit: true }) });
    if (ranks[ranks.length - 1].rank >= stopAt) break; // already maximal: no upper bound needed
  }
  const r = Math.max(...ranks.map((x) => x.rank));
  const failureProbability = ranks.reduce((prob, x) => prob * Math.min(1, degree / x.prime), 1);
  const dimension = component.blocks.reduce((sum, b) => sum + orbitDimension(b.orbit), 0);
  return { label: component.label, dimension, conditions: component.pattern, lowerBound: r, upperBound: r, failureProbability, ranks };
}

/** Input of the `verify-components` job: a batch of consecutive components. */
export interface ComponentBatch {
  readonly widths: readonly number[];
  readonly seed: number;
  readonly primes: readonly number[];
  readonly degree: number;
  readonly stopAt: number;
  /** Index of the first component of the batch. */
  readonly first: number;
  readonly components: readonly ComponentSpec[];
}

/**
 * The `verify-components` job: {@link evaluateComponent} on each component of
 * the batch (components k = first, first + 1, …).
 */
export function evaluateComponentBatch(batch: ComponentBatch): ComponentEvaluationCore[] {
  const arch = architecture(batch.widths);
  return batch.components.map((c, k) => {
    // orbits arrive as plain JSON from a worker message: rebuild them (frozen, checked)
    const blocks = c.blocks.map((b) => ({ ...b, orbit: intervalDecomposition(b.orbit.depth, b.orbit.intervals) }));
    return evaluateComponent(arch, { ...c, blocks }, batch.first + k, batch.seed, batch.primes, batch.degree, batch.stopAt);
  });
}

/** {@link evaluateComponentBatch} as a worker-pool job: `deeplin verify --jobs`. */
export const componentBatchJob = defineJob(__filename, 'verify-components', evaluateComponentBatch);
