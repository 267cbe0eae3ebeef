/**
 * The vanishing conditions of the talk's counterexample subvariety
 * A = {W_i W_{i−1} W_{i−2} = 0 : i = 4, 8, …} (MATH §3.2), as windows [a, b]
 * meaning W_b ⋯ W_a = 0. For depth 16 this is i = 4, 8, 12, 16.
 */
import { ArgumentError } from '../errors';

export function talkConditions(depth: number): [number, number][] {
  if (!Number.isInteger(depth) || depth < 4) throw new ArgumentError('talkConditions', 'depth', depth, 'an integer >= 4');
  const out: [number, number][] = [];
  for (let i = 4; i <= depth; i += 4) out.push([i - 2, i]);
  return out;
}
