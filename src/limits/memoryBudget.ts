/**
 * How much memory a computation may plan to use, and the refusal when an
 * estimate exceeds it. The budget is `MEMORY_SAFETY_FACTOR × min(V8 heap
 * limit, physical memory)`: deeplin's matrices live on the JS heap, whose
 * limit (`v8.getHeapStatistics().heap_size_limit`, raised with
 * `node --max-old-space-size=MB`) is usually far below the RAM, and the rest
 * of the process (code, GC headroom) needs the remaining quarter.
 */
import { totalmem } from 'os';
import { getHeapStatistics } from 'v8';
import { ArgumentError } from '../errors';
import { formatBytes, type MemoryEstimate } from './memoryEstimate';

/** Fraction of min(heap limit, RAM) a planned computation may use. */
export const MEMORY_SAFETY_FACTOR = 0.75;

export interface MemoryBudget {
  readonly bytes: number;
  readonly heapLimit: number;
  readonly totalMemory: number;
  readonly factor: number;
  /** e.g. "3.0 GB = 0.75 x min(V8 heap limit 4.0 GB, RAM 16.0 GB)". */
  readonly description: string;
}

/**
 * The budget of this process; the arguments override the measured values (tests, planning for another machine).
 *
 * @example
 * ```ts
 * import { memoryBudget } from 'deeplin';
 * const b = memoryBudget({ heapLimit: 4 * 2 ** 30, totalMemory: 16 * 2 ** 30 });
 * [b.bytes, b.description]; // [3221225472, "3.0 GB = 0.75 x min(V8 heap limit 4.0 GB, RAM 16.0 GB)"]
 * ```
 */
export function memoryBudget(override: { heapLimit?: number; totalMemory?: number; factor?: number } = {}): MemoryBudget {
  const heapLimit = override.heapLimit ?? getHeapStatistics().heap_size_limit;
  const totalMemory = override.totalMemory ?? totalmem();
  const factor = override.factor ?? MEMORY_SAFETY_FACTOR;
  const bytes = Math.floor(factor * Math.min(heapLimit, totalMemory));
  return {
    bytes,
    heapLimit,
    totalMemory,
    factor,
    description: `${formatBytes(bytes)} = ${factor} x min(V8 heap limit ${formatBytes(heapLimit)}, RAM ${formatBytes(totalMemory)})`,
  };
}

/** Whether an estimate fits the budget. */
export function fitsMemory(estimate: MemoryEstimate | number, budget: MemoryBudget = memoryBudget()): boolean {
  return (typeof estimate === 'number' ? estimate : estimate.bytes) <= budget.bytes;
}

/**
 * Throws an ArgumentError naming the argument, its value and the allowed
 * range, followed by the estimate and the budget, when the estimate exceeds
 * the budget; returns the estimate otherwise.
 */
export function requireMemory(
  functionName: string,
  argument: string,
  value: unknown,
  estimate: MemoryEstimate,
  allowed: string,
  budget: MemoryBudget = memoryBudget(),
): MemoryEstimate {
  if (estimate.bytes <= budget.bytes) return estimate;
  throw new ArgumentError(
    functionName,
    argument,
    value,
    `${allowed}; estimated peak memory ${formatBytes(estimate.bytes)} (${estimate.phase}) exceeds the budget ${budget.description}`,
  );
}
