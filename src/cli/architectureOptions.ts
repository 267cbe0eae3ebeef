/**
 * Reads an architecture from `--widths d0,…,dN` or `--depth N --width w`,
 * with one-line errors that name the option — including sizes whose
 * estimated peak memory exceeds the machine (estimated before anything is
 * allocated; the refusal states the estimate, the budget and the sizes that fit).
 *
 * `memory` says what the command will allocate: `'dense-jacobians'` (dδ and
 * dδ∘T mod p and over Q: verify, counterexample), `'symbolic-delta'`
 * (export), a function returning the command's own estimate (e.g. a banded
 * path), or `'none'` (the command checks itself). When omitted, the built-in
 * commands get theirs (verify and counterexample: dense Jacobians; export:
 * symbolic δ) and any other command `'none'`.
 */
import { ArgumentError } from '../errors';
import { commandMemory, type ArchitectureMemory } from '../limits/commandMemory';
import { deltaWorkMemory } from '../limits/deltaWorkMemory';
import { memoryBudget, requireMemory, type MemoryBudget } from '../limits/memoryBudget';
import { architecture, MAX_WIDTH, type Architecture } from '../model/architecture';
import { integerOption } from './parseArgs';

export type { ArchitectureMemory };

const MAX_DEPTH = 1_000_000;

export function architectureFromOptions(
  command: string,
  options: Record<string, string | boolean>,
  memory: ArchitectureMemory = commandMemory(command),
  budget: MemoryBudget = memoryBudget(),
): Architecture {
  const fn = `deeplin ${command}`;
  const estimate = memory === 'none' ? undefined : typeof memory === 'function' ? memory : (a: Pick<Architecture, 'widths'>) => deltaWorkMemory(a, memory);
  const fits = (widths: number[]): boolean => estimate === undefined || estimate({ widths }).bytes <= budget.bytes;
  if (options.widths !== undefined) {
    if (options.depth !== undefined || options.width !== undefined) throw new ArgumentError(fn, '--widths', options.widths, 'either --widths or --depth/--width, not both');
    const parts = String(options.widths).split(',');
    const widths = parts.map((p, i) => integerOption(command, `widths (entry ${i})`, p.trim(), 1, MAX_WIDTH) as number);
    if (widths.length < 3) throw new ArgumentError(fn, '--widths', options.widths, 'at least 3 comma-separated widths d_0,...,d_N (depth >= 2)');
    if (estimate !== undefined && !fits(widths)) {
      const cap = largest(1, Math.max(...widths), (c) => fits(widths.map((d) => Math.min(d, c))));
      const allowed =
        cap === undefined
          ? `fewer layers: even all widths 1 at depth ${widths.length - 1} do not fit`
          : `widths that fit in memory, e.g. this profile with every width capped at ${cap}`;
      requireMemory(fn, '--widths', options.widths, estimate({ widths }), allowed, budget);
    }
    return architecture(widths);
  }
  const depth = integerOption(command, 'depth', options.depth, 2, MAX_DEPTH);
  const width = integerOption(command, 'width', options.width, 1, MAX_WIDTH);
  if (depth === undefined || width === undefined) throw new ArgumentError(fn, 'architecture', 'missing', '--depth N --width w, or --widths d0,...,dN');
  const uniform = (n: number, w: number): number[] => new Array<number>(n + 1).fill(w);
  const widths = uniform(depth, width);
  if (estimate !== undefined && !fits(widths)) {
    const maxWidth = largest(1, width, (w) => fits(uniform(depth, w)));
    const maxDepth = largest(2, depth, (n) => fits(uniform(n, width)));
    if (maxWidth !== undefined) {
      const orDepth = maxDepth === undefined ? '' : ` (or --depth in [2, ${maxDepth}] at --width ${width})`;
      requireMemory(fn, '--width', width, estimate({ widths }), `an integer in [1, ${maxWidth}] at --depth ${depth}${orDepth}`, budget);
    }
    const allowed = maxDepth === undefined ? `a smaller --width: even depth 2 does not fit at --width ${width}` : `an integer in [2, ${maxDepth}] at --width ${width}`;
    requireMemory(fn, '--depth', depth, estimate({ widths }), allowed, budget);
  }
  return architecture(widths);
}

/** The largest x in [lo, hi) with ok(x), for ok monotone decreasing (undefined when ok(lo) fails). */
function largest(lo: number, hi: number, ok: (x: number) => boolean): number | undefined {
  if (!ok(lo)) return undefined;
  let [a, b] = [lo, hi]; // ok(a), !ok(b)
  while (b - a > 1) {
    const m = Math.floor((a + b) / 2);
    if (ok(m)) a = m;
    else b = m;
  }
  return a;
}
