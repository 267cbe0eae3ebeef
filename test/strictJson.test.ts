import fc from 'fast-check';
import { readFileSync } from 'fs';
import { describe, expect, it } from 'vitest';
import { FormatError } from '../src/errors';
import { MAX_JSON_NESTING, parseStrictJson, requireFields } from '../src/strictJson';

const parse = (text: string): unknown => parseStrictJson(text, 'test');

describe('parseStrictJson', () => {
  it('agrees with JSON.parse on every JSON value without duplicate keys or huge integers', () => {
    const value = fc.jsonValue({ maxDepth: 4 }).filter((v) => !JSON.stringify(v).match(/\d{16,}/));
    fc.assert(fc.property(value, fc.boolean(), (v, pretty) => {
      const text = JSON.stringify(v, null, pretty ? 2 : undefined);
      expect(parse(text)).toEqual(JSON.parse(text));
    }), { seed: 7032, numRuns: 300 });
  });

  it('agrees with JSON.parse on the committed proofs', () => {
    for (const f of ['proofs/depth16-width2.witness.json', 'proofs/minimal-counterexamples.json', 'proofs/certificates/depth4-width2.evidence.json']) {
      const text = readFileSync(f, 'utf8');
      expect(parse(text)).toEqual(JSON.parse(text));
    }
  });

  it('refuses what JSON.parse accepts silently: duplicate keys, non-finite and imprecise numbers', () => {
    // JSON.parse: the last key wins, 1e999 becomes Infinity, the integer loses digits
    expect(JSON.parse('{"a": {"r": 44, "r": 45}}')).toEqual({ a: { r: 45 } });
    expect(() => parse('{"a": {"r": 44, "r": 45}}')).toThrow(/^test: duplicate key "r" at \$\.a \(line 1\)$/);
    expect(() => parse('[0, {"x": 1e999}]')).toThrow(/^test: number 1e999 at \$\[1\]\.x is not a finite double/);
    expect(() => parse('{"n":\n 9007199254740993}')).toThrow(/^test: integer 9007199254740993 at \$\.n is beyond 2\^53 .* \(line 2\)$/);
  });

  it('refuses malformed JSON with one line and a line number', () => {
    for (const text of ['', '{', '[1,]', '{"a":1,}', '01', '+1', '1.', '.5', 'NaN', "{'a':1}", '{"a" 1}', '"\\x"', '[1] 2', 'tru']) {
      expect(() => parse(text), text).toThrow(FormatError);
      expect(() => parse(text), text).toThrow(/^test: .* \(line \d+\)$/);
    }
  });

  it('bounds nesting without recursion: deep input is refused, not a stack overflow', () => {
    expect(parse(`${'['.repeat(MAX_JSON_NESTING)}${']'.repeat(MAX_JSON_NESTING)}`)).toBeInstanceOf(Array);
    expect(() => parse('['.repeat(1_000_000))).toThrow(`test: nesting deeper than ${MAX_JSON_NESTING} levels (line 1)`);
  });

  it('keeps "__proto__" as an ordinary key', () => {
    const v = parse('{"__proto__": {"polluted": 1}}') as Record<string, unknown>;
    expect(Object.keys(v)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('requireFields', () => {
  it('refuses unknown and missing fields, naming the path', () => {
    expect(() => requireFields({ a: 1, b: 2 }, '$.x', ['a'], ['b'], 'test')).not.toThrow();
    expect(() => requireFields({ a: 1, z: 2 }, '$.x', ['a'], ['b'], 'test')).toThrow('test: unknown field $.x.z (allowed: a, b)');
    expect(() => requireFields({ b: 1 }, '$.x', ['a'], ['b'], 'test')).toThrow('test: missing field $.x.a');
  });
});
