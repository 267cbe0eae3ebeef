/**
 * Typed errors. Every message starts with the name of the function that
 * refused, then names the argument, its value and the allowed range, so a
 * user sees one clear line (the CLI prints `message` only, never a stack).
 *
 * @example
 * ```ts
 * import { ArgumentError } from 'deeplin';
 * new ArgumentError('architecture', 'widths[0]', 0, 'an integer >= 1').message; // "architecture: widths[0] = 0 is out of range (allowed: an integer >= 1)"
 * ```
 *
 * @example
 * ```ts
 * import { ArgumentError, DeeplinError, architecture } from 'deeplin';
 * let caught: unknown;
 * try { architecture([2, 0, 2]); } catch (e) { caught = e; }
 * [caught instanceof DeeplinError, caught instanceof ArgumentError, (caught as Error).name]; // [true, true, "ArgumentError"]
 * ```
 */
export class DeeplinError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** Misuse: an argument outside its allowed range. */
export class ArgumentError extends DeeplinError {
  constructor(
    readonly functionName: string,
    readonly argument: string,
    readonly value: unknown,
    readonly allowed: string,
  ) {
    super(
      value === undefined || value === 'missing'
        ? `${functionName}: ${argument} is missing (expected: ${allowed})`
        : `${functionName}: ${argument} = ${show(value)} is out of range (allowed: ${allowed})`,
    );
  }
}

/** A mathematical precondition failed (division by zero, singular matrix, p | denominator). */
export class ArithmeticError extends DeeplinError {
  constructor(functionName: string, what: string) {
    super(`${functionName}: ${what}`);
  }
}

/**
 * A file could not be read or does not have the expected format.
 *
 * @example
 * ```ts
 * import { DeeplinError, FormatError, parseStrictJson } from 'deeplin';
 * let caught: unknown;
 * try { parseStrictJson('{"a": 1, "a": 2}', 'in.json'); } catch (e) { caught = e; }
 * [caught instanceof FormatError, caught instanceof DeeplinError]; // [true, true]
 * (caught as Error).message.startsWith('in.json: '); // true
 * ```
 */
export class FormatError extends DeeplinError {
  constructor(functionName: string, what: string) {
    super(`${functionName}: ${what}`);
  }
}

function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'bigint') return value.toString();
  try {
    const s = JSON.stringify(value);
    if (s === undefined) return String(value);
    return s.length > 80 ? `${s.slice(0, 77)}...` : s;
  } catch {
    return String(value);
  }
}

/**
 * Throws an {@link ArgumentError} unless `value` is an integer in `[min, max]`.
 */
export function requireInteger(
  functionName: string,
  argument: string,
  value: unknown,
  min: number,
  max: number = Number.MAX_SAFE_INTEGER,
): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `an integer >= ${min}` : `an integer in [${min}, ${max}]`;
    throw new ArgumentError(functionName, argument, value, range);
  }
  return value;
}
