/**
 * Every `@example` in the TSDoc of src/ runs as a test, so the examples
 * cannot rot (the Macaulay2-docs rule). In an example, a statement line
 * `EXPR; // VALUE` asserts that EXPR equals VALUE, where VALUE is the longest
 * prefix of the comment that parses as JSON (text after it is commentary);
 * comments that do not start with a JSON value are not assertions.
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as deeplin from '../../src/index';

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

function jsonPrefix(comment: string): { ok: true; value: unknown } | { ok: false } {
  const text = comment.trim();
  for (let end = text.length; end > 0; end--) {
    if (end < text.length && !/[\s:,(]/.test(text[end])) continue;
    try {
      return { ok: true, value: JSON.parse(text.slice(0, end)) };
    } catch {
      // shorter prefix
    }
  }
  return { ok: false };
}

const NOT_EXPRESSION = /^(const|let|var|import|export|try|for|while|if|else|return|function|class|type|interface|\}|\/\/)/;

export function instrument(code: string): { js: string; assertions: number } {
  let assertions = 0;
  const lines = code.split('\n').map((line) => {
    const imp = /^import\s+(type\s+)?\{([^}]*)\}\s+from\s+'([^']+)';?\s*$/.exec(line);
    if (imp) {
      if (imp[1]) return '';
      const names = imp[2].split(',').map((s) => s.trim()).filter((s) => s && !s.startsWith('type '));
      const source = imp[3] === 'deeplin' ? '__deeplin' : `require(${JSON.stringify(imp[3])})`;
      return `const { ${names.join(', ')} } = ${source};`;
    }
    const m = /^(\s*)(.*?);\s*\/\/\s?(.*)$/.exec(line);
    if (m && !NOT_EXPRESSION.test(m[2].trim())) {
      const parsed = jsonPrefix(m[3]);
      if (parsed.ok) {
        assertions++;
        return `${m[1]}__check(${m[2]}, ${JSON.stringify(JSON.stringify(parsed.value))}, ${JSON.stringify(m[2].trim())});`;
      }
    }
    return line;
  });
  const js = ts.transpileModule(lines.join('\n'), { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
  return { js, assertions };
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
