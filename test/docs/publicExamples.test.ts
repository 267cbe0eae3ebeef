/**
 * Every public value (function, class or const exported by src/index.ts) has
 * its own runnable `@example`: one in the TSDoc of its declaration, or in the
 * header doc of the module that declares it, that imports the name from
 * 'deeplin'. test/docs/examples.test.ts runs them.
 * Resolved without a type checker: each `export { … } from './m'` of
 * src/index.ts names a declaration at the top level of src/m.ts.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as deeplin from '../../src/index';
import { extractExamples, importedNames } from './tsdocExamples';

interface PublicValue {
  readonly name: string;
  readonly file: string;
}

/** The value names of `export { … } from './m'` statements in `indexFile` (type-only names skipped), with the file that declares each. */
export function publicValues(indexFile: string): PublicValue[] {
  const source = ts.createSourceFile(indexFile, readFileSync(indexFile, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: PublicValue[] = [];
  for (const statement of source.statements) {
    if (!ts.isExportDeclaration(statement) || statement.isTypeOnly || !statement.exportClause || !ts.isNamedExports(statement.exportClause)) continue;
    const file = join(indexFile, '..', `${(statement.moduleSpecifier as ts.StringLiteral).text}.ts`);
    for (const element of statement.exportClause.elements) if (!element.isTypeOnly) out.push({ name: (element.propertyName ?? element.name).text, file });
  }
  return out;
}

const sources = new Map<string, ts.SourceFile>();
/** `text` parsed once (several public names share a module). */
function parsed(file: string, text: string): ts.SourceFile {
  const key = `${file}\n${text}`;
  let source = sources.get(key);
  if (source === undefined) sources.set(key, (source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)));
  return source;
}

/**
 * The TSDoc of the top-level declaration of `name` in `text`: the doc blocks
 * TypeScript attaches to it, and the module's header doc (which documents the
 * module's main declarations); null when `text` does not declare `name`.
 */
export function declarationDoc(file: string, text: string, name: string): string | null {
  const source = parsed(file, text);
  const statement = source.statements.find(
    (s) =>
      ((ts.isFunctionDeclaration(s) || ts.isClassDeclaration(s)) && s.name?.text === name) ||
      (ts.isVariableStatement(s) && s.declarationList.declarations.some((d) => ts.isIdentifier(d.name) && d.name.text === name)),
  );
  if (statement === undefined) return null;
  const own = ts.getJSDocCommentsAndTags(statement).map((d) => d.getFullText(source));
  const header = /^\s*\/\*\*[\s\S]*?\*\//.exec(text)?.[0] ?? '';
  return [...own, header].join('\n');
}

/** Names among `values` without an @example in their declaration's TSDoc that imports them from 'deeplin'. */
export function valuesWithoutExample(values: readonly PublicValue[], read: (file: string) => string): string[] {
  return values
    .filter(({ name, file }) => {
      const doc = declarationDoc(file, read(file), name);
      if (doc === null) return true;
      const examples = extractExamples(file, doc);
      return !examples.some((e) => importedNames(e.code).includes(name));
    })
    .map(({ name, file }) => `${name} (${file})`);
}

describe('every public value has its own @example', () => {
  const values = publicValues('src/index.ts');
  const read = (file: string): string => readFileSync(file, 'utf8');

  it('resolves every public value of src/index.ts to its declaration', () => {
    const names = values.map((v) => v.name).sort();
    const runtime = Object.keys(deeplin).sort();
    expect(names).toEqual(runtime);
    expect(values.filter(({ name, file }) => declarationDoc(file, read(file), name) === null)).toEqual([]);
  });

  it('each one has an @example in its declaration\'s TSDoc that imports it', () => {
    expect(valuesWithoutExample(values, read)).toEqual([]);
  });

  it('finds a missing example, and does not count an example that does not import the name', () => {
    const text = [
      '/**',
      ' * Header.',
      ' *',
      ' * @example',
      ' * ```ts',
      " * import { a } from 'deeplin';",
      ' * a(); // 1',
      ' * ```',
      ' */',
      "import { x } from './x';",
      'export function a(): number { return 1; }',
      '/** No example. */',
      'export function b(): number { return 2; }',
      '/**',
      ' * @example',
      ' * ```ts',
      " * import { a } from 'deeplin';",
      ' * a(); // 1',
      ' * ```',
      ' */',
      'export const c = 3;',
    ].join('\n');
    const values = ['a', 'b', 'c', 'd'].map((name) => ({ name, file: 'm.ts' }));
    expect(valuesWithoutExample(values, () => text)).toEqual(['b (m.ts)', 'c (m.ts)', 'd (m.ts)']);
  });
});
