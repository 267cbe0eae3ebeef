/**
 * Every `@example` in the TSDoc of src/ runs as a test, so the examples
 * cannot rot (the Macaulay2-docs rule). In an example, a statement line
 * `EXPR; // VALUE` asserts that EXPR equals VALUE, where VALUE is the longest
 * prefix of the comment that parses as JSON (text after it is commentary);
 * comments that do not start with a JSON value are not assertions. Every
 * example must state at least one value (an example that checks nothing
 * fails), and may import only public names (from src/index.ts): an internal
 * module's behaviour is pinned by its unit tests instead.
 */
import { readdirSync, statSync } from 'fs';
import { join, relative } from 'path';
import { describe, expect, it } from 'vitest';
import * as deeplin from '../../src/index';
import { instrument } from './markdownExamples';
import { extractExamples, importedNames } from './tsdocExamples';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const files = sourceFiles('src').sort();
const examples = files.flatMap((f) => extractExamples(f));

describe('documentation examples run and their stated values hold', () => {
  it('finds examples in the sources', () => {
    expect(examples.length).toBeGreaterThan(70);
  });

  it('the runner refuses an example that checks nothing, and one that imports an internal name', () => {
    expect(instrument("import { rational } from 'deeplin';\nrational(1); // one").assertions).toBe(0);
    expect(instrument("import { rational } from 'deeplin';\nrational(1).num; // 1").assertions).toBe(1);
    expect(importedNames("import { rational, type Rational } from 'deeplin';\nimport type { Field } from 'deeplin';")).toEqual(['rational']);
  });

  for (const ex of examples) {
    it(`${relative('.', ex.file)}:${ex.line}`, async () => {
      const { js, assertions } = instrument(ex.code);
      expect(assertions, `${ex.file}:${ex.line}: an example states at least one checked value (EXPR; // JSON)`).toBeGreaterThan(0);
      const internal = importedNames(ex.code).filter((name) => !(name in deeplin));
      expect(internal, `${ex.file}:${ex.line}: an example imports only public names (write a unit test for internals)`).toEqual([]);
      const check = (actual: unknown, expected: string, expr: string): void => {
        const seen = JSON.stringify(actual, (_k, v) => (typeof v === 'bigint' ? v.toString() : v));
        expect(seen, `${expr} in ${ex.file}:${ex.line}`).toBe(expected);
      };
      // an async body: an example may `await` (e.g. a run in the worker pool)
      const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (...args: string[]) => (...a: unknown[]) => Promise<void>;
      await new AsyncFunction('__deeplin', '__check', 'require', js)(deeplin, check, require);
    });
  }
});
