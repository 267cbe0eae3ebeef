/**
 * Strict JSON for files that carry claims (witnesses, certificates, evidence).
 * `JSON.parse` lets the last of two duplicate keys win silently and turns
 * `1e999` into `Infinity` or `12345678901234567890` into a different integer;
 * a checker that trusts that can be fooled by a file that reads differently to
 * a human than to the machine. {@link parseStrictJson} refuses all of these,
 * naming the path (`$.claims.restrictedDimension`) and the line. It is written
 * without recursion (an explicit stack), so deeply nested input cannot
 * overflow the call stack, and nesting is bounded.
 * {@link requireFields} refuses unknown and missing fields of an object.
 *
 * Every error is a {@link FormatError} whose message starts with the caller's
 * name (`where`), e.g. `deeplin check: w.json: duplicate key "x" at $.claims (line 3)`.
 *
 * @example
 * ```ts
 * import { parseStrictJson } from 'deeplin';
 * parseStrictJson('{"a": [1, "2/3", null]}', 'demo'); // {"a": [1, "2/3", null]}
 * try { parseStrictJson('{"a": 1, "a": 2}', 'demo'); } catch (e) { (e as Error).message; } // "demo: duplicate key \"a\" at $ (line 1)"
 * try { parseStrictJson('{"n": 1e999}', 'demo'); } catch (e) { (e as Error).message; } // "demo: number 1e999 at $.n is not a finite double (line 1)"
 * ```
 */
import { FormatError } from './errors';

/** Deepest nesting of arrays and objects accepted. */
export const MAX_JSON_NESTING = 512;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface Frame {
  readonly container: Json[] | Record<string, Json>;
  readonly path: string;
  key: string | null; // the pending key of an object frame
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WHITESPACE = /[ \t\n\r]*/y;
const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** Parses `text` as JSON, refusing duplicate keys, non-finite or imprecise numbers, and nesting deeper than {@link MAX_JSON_NESTING}. */
export function parseStrictJson(text: string, where: string): unknown {
  let i = 0;
  const line = (): number => {
    let n = 1;
    for (let k = 0; k < i && k < text.length; k++) if (text.charCodeAt(k) === 10) n++;
    return n;
  };
  const fail = (what: string): never => {
    throw new FormatError(where, `${what} (line ${line()})`);
  };
  const skip = (): void => {
    WHITESPACE.lastIndex = i;
    WHITESPACE.exec(text);
    i = WHITESPACE.lastIndex;
  };
  const stack: Frame[] = [];
  const here = (): string => (stack.length === 0 ? '$' : childPath(stack[stack.length - 1]));

  const readString = (): string => {
    // at an opening quote
    let out = '';
    i++;
    for (;;) {
      if (i >= text.length) fail('unterminated string');
      const c = text[i];
      if (c === '"') {
        i++;
        return out;
      }
      if (c === '\\') {
        const e = text[i + 1];
        if (e === 'u') {
          const hex = text.slice(i + 2, i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail(`bad \\u escape at ${here()}`);
          out += String.fromCharCode(parseInt(hex, 16));
          i += 6;
        } else if (e !== undefined && ESCAPES[e] !== undefined) {
          out += ESCAPES[e];
          i += 2;
        } else fail(`bad escape \\${e ?? ''} at ${here()}`);
      } else if (c < ' ') fail(`control character in a string at ${here()}`);
      else {
        out += c;
        i++;
      }
    }
  };

  const readScalarOrOpen = (): { value: Json; opened: boolean } => {
    skip();
    const c = text[i];
    if (c === '{' || c === '[') {
      if (stack.length >= MAX_JSON_NESTING) fail(`nesting deeper than ${MAX_JSON_NESTING} levels`);
      i++;
      return { value: c === '{' ? {} : [], opened: true };
    }
    if (c === '"') return { value: readString(), opened: false };
    for (const [word, value] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return { value, opened: false };
      }
    }
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (m === null || m[0] === '' || m[0] === '-') fail(i >= text.length ? 'unexpected end of input' : `unexpected ${JSON.stringify(text.slice(i, i + 12))} at ${here()}`);
    const literal = m![0];
    const value = Number(literal);
    if (!Number.isFinite(value)) fail(`number ${literal} at ${here()} is not a finite double`);
    if (/^-?\d+$/.test(literal) && !Number.isSafeInteger(value)) fail(`integer ${literal} at ${here()} is beyond 2^53 and would lose digits (write it as a string)`);
    i += literal.length;
    return { value, opened: false };
  };

  let root: Json | undefined;
  const attach = (value: Json): void => {
    if (stack.length === 0) {
      root = value;
      return;
    }
    const top = stack[stack.length - 1];
    if (Array.isArray(top.container)) top.container.push(value);
    else {
      Object.defineProperty(top.container, top.key as string, { value, enumerable: true, writable: true, configurable: true });
      top.key = null;
    }
  };

  // expecting: 'value' (a value), 'key' (a key or, right after '{', a '}'), 'next' (',' or a closer)
  let expecting: 'value' | 'key' | 'next' | 'first' = 'value';
  for (;;) {
    skip();
    if (expecting === 'value' || expecting === 'first') {
      if (expecting === 'first' && text[i] === ']') {
        i++;
        const done = stack.pop() as Frame;
        attach(done.container);
        expecting = 'next';
      } else {
        const path = here();
        const { value, opened } = readScalarOrOpen();
        if (opened) {
          stack.push({ container: value as Json[] | Record<string, Json>, path, key: null });
          expecting = Array.isArray(value) ? 'first' : 'key';
          continue;
        }
        attach(value);
        expecting = 'next';
      }
    } else if (expecting === 'key') {
      const top = stack[stack.length - 1];
      const empty = Object.keys(top.container).length === 0;
      if (text[i] === '}' && empty && top.key === null) {
        i++;
        stack.pop();
        attach(top.container);
        expecting = 'next';
        continue;
      }
      if (text[i] !== '"') fail(`expected a key in double quotes at ${top.path}`);
      const key = readString();
      if (Object.prototype.hasOwnProperty.call(top.container, key)) fail(`duplicate key ${JSON.stringify(key)} at ${top.path}`);
      skip();
      if (text[i] !== ':') fail(`expected ':' after key ${JSON.stringify(key)} at ${top.path}`);
      i++;
      top.key = key;
      expecting = 'value';
    } else {
      if (stack.length === 0) {
        if (i < text.length) fail(`unexpected ${JSON.stringify(text.slice(i, i + 12))} after the JSON value`);
        return root;
      }
      const top = stack[stack.length - 1];
      const isArray = Array.isArray(top.container);
      const c = text[i];
      if (c === ',') {
        i++;
        expecting = isArray ? 'value' : 'key';
        if (!isArray) {
          skip();
          if (text[i] === '}') fail(`trailing comma at ${top.path}`);
        }
      } else if (c === (isArray ? ']' : '}')) {
        i++;
        stack.pop();
        attach(top.container);
      } else fail(i >= text.length ? 'unexpected end of input' : `expected ',' or '${isArray ? ']' : '}'}' at ${top.path}`);
    }
  }
}

function childPath(frame: Frame): string {
  if (Array.isArray(frame.container)) return `${frame.path}[${frame.container.length}]`;
  const key = frame.key ?? '';
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${frame.path}.${key}` : `${frame.path}[${JSON.stringify(key)}]`;
}

/**
 * Refuses an object with a field outside `required ∪ optional` or without a
 * required one; `path` names the object in the message (`$.claims`).
 *
 * @example
 * ```ts
 * import { requireFields } from 'deeplin';
 * const verdict = (o: object): string => {
 *   try { requireFields(o, '$', ['a'], ['b'], 'demo'); return 'accepted'; } catch (e) { return (e as Error).message; }
 * };
 * verdict({ a: 1 }); // "accepted"
 * verdict({ a: 1, c: 2 }); // "demo: unknown field $.c (allowed: a, b)"
 * ```
 */
export function requireFields(obj: object, path: string, required: readonly string[], optional: readonly string[], where: string): void {
  const allowed = [...required, ...optional];
  for (const key of Object.keys(obj)) {
    if (!allowed.includes(key)) throw new FormatError(where, `unknown field ${path}.${key} (allowed: ${allowed.join(', ')})`);
  }
  for (const key of required) {
    if (!Object.prototype.hasOwnProperty.call(obj, key)) throw new FormatError(where, `missing field ${path}.${key}`);
  }
}
