/**
 * A small, strict command-line parser: `--name value`, `--name=value` and
 * boolean `--flag`; unknown options are refused (one clear line, exit 2).
 */
import { ArgumentError } from '../errors';

export type OptionSpec = Record<string, 'string' | 'boolean'>;

export interface ParsedArgs {
  readonly positional: string[];
  readonly options: Record<string, string | boolean>;
}

export function parseArgs(command: string, argv: readonly string[], spec: OptionSpec): ParsedArgs {
  const positional: string[] = [];
  const options: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
    const kind = spec[name];
    if (!kind) throw new ArgumentError(`deeplin ${command}`, 'option', `--${name}`, Object.keys(spec).map((k) => `--${k}`).join(', '));
    if (kind === 'boolean') {
      if (eq >= 0) throw new ArgumentError(`deeplin ${command}`, `--${name}`, arg.slice(eq + 1), 'no value (it is a flag)');
      options[name] = true;
    } else {
      const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || (eq < 0 && value.startsWith('--'))) throw new ArgumentError(`deeplin ${command}`, `--${name}`, 'nothing', 'a value after the option');
      options[name] = value;
    }
  }
  return { positional, options };
}

/** Parses an integer option strictly ("12", not "12.5" or "1e3"). */
export function integerOption(command: string, name: string, value: string | boolean | undefined, min: number, max = Number.MAX_SAFE_INTEGER): number | undefined {
  if (value === undefined) return undefined;
  const range = max === Number.MAX_SAFE_INTEGER ? `an integer >= ${min}` : `an integer in [${min}, ${max}]`;
  if (typeof value !== 'string' || !/^[+-]?\d+$/.test(value)) throw new ArgumentError(`deeplin ${command}`, `--${name}`, value, range);
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < min || n > max) throw new ArgumentError(`deeplin ${command}`, `--${name}`, n, range);
  return n;
}
