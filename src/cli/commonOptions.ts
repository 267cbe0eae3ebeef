/**
 * The options every command shares, parsed in one place: `--seed` (an integer
 * in [0, 2^32 − 1], default 1, printed with every random result) and `--json`
 * (one JSON document on standard output, 2-space indented).
 * (CLI-internal: not exported from the package.)
 */
import type { CommandIO } from './commandIO';
import { integerOption } from './parseArgs';

/** Largest seed accepted (seeds are 32-bit, src/random.ts). */
export const MAX_SEED = 2 ** 32 - 1;

/** The `--seed` of a command, default 1. */
export function seedOption(command: string, options: Record<string, string | boolean>): number {
  return integerOption(command, 'seed', options.seed, 0, MAX_SEED) ?? 1;
}

/** Prints the `--json` result of a command. */
export function printJson(io: CommandIO, value: unknown): void {
  io.out(JSON.stringify(value, null, 2));
}
