/**
 * Every `@example` in the TSDoc of src/ runs as a test, so the examples
 * cannot rot (the Macaulay2-docs rule). In an example, a statement line
 * `EXPR; // VALUE` asserts that EXPR equals VALUE, where VALUE is the longest
 * prefix of the comment that parses as JSON (text after it is commentary);
 * comments that do not start with a JSON value are not assertions.
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';
import { describe, expect, it } from 'vitest';
import * as deeplin from '../../src/index';
import { instrument } from './markdownExamples';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

interface Example {
  file: string;
  line: number;
  code: string;
}

export function extractExamples(file: string): Example[] {
  const text = readFileSync(file, 'utf8');
  const out: Example[] = [];
  const re = /@example\s*\n(\s*\*\s*```ts\n)([\s\S]*?)\n\s*\*\s*```/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const code = m[2].split('\n').map((l) => l.replace(/^\s*\* ?/, '')).join('\n');
    out.push({ file, line: text.slice(0, m.index).split('\n').length, code });
  }
  return out;
}

const files = sourceFiles('src').sort();
const examples = files.flatMap(extractExamples);

describe('documentation examples run and their stated values hold', () => {
  it('finds examples in the sources', () => {
    expect(examples.length).toBeGreaterThan(80);
  });

  for (const ex of examples) {
    it(`${relative('.', ex.file)}:${ex.line}`, () => {
      const { js } = instrument(ex.code);
      const check = (actual: unknown, expected: string, expr: string): void => {
        const seen = JSON.stringify(actual, (_k, v) => (typeof v === 'bigint' ? v.toString() : v));
        expect(seen, `${expr} in ${ex.file}:${ex.line}`).toBe(expected);
      };
      // eslint-disable-next-line @typescript-eslint/no-implied-eval
      new Function('__deeplin', '__check', 'require', js)(deeplin, check, require);
    });
  }
});
