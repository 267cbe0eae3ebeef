/**
 * The options every command shares, parsed in one place: `--seed` (an integer
 * in [0, 2^32 − 1], default 1, printed with every random result) and `--json`
 * (one JSON document on standard output, in the layout of result files,
 * {@link compactJson}; every command prints it through {@link printJson}).
 * (CLI-internal: not exported from the package.)
 */
import { compactJson } from '../compactJson';
import type { CommandIO } from './commandIO';
import { integerOption } from './parseArgs';

/** Largest seed accepted (seeds are 32-bit, src/random.ts). */
export const MAX_SEED = 2 ** 32 - 1;

/** The `--seed` of a command, default 1. */
export function seedOption(command: string, options: Record<string, string | boolean>): number {
  return integerOption(command, 'seed', options.seed, 0, MAX_SEED) ?? 1;
}

/**
 * Prints the `--json` result of a command: one JSON document on standard
 * output. JSON has no Infinity or NaN (JSON.stringify would write null, which
 * says something else): a non-finite number is printed as the string
 * "Infinity", "-Infinity" or "NaN", as the text output says it.
 */
export function printJson(io: CommandIO, value: unknown): void {
  const finite = JSON.parse(JSON.stringify(value, (_key, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v)));
  io.out(compactJson(finite));
}

/** Prints a JSON document already serialised (a result file's exact text, e.g. a sweep) as the `--json` result. */
export function printJsonText(io: CommandIO, text: string): void {
  io.out(text.replace(/\n$/, ''));
}
