/**
 * Every property test is reproducible: each `fc.assert(` call in test/ passes
 * an options object with a fixed `seed` (developers' guide), so CI never
 * meets a counterexample that a re-run cannot find again.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** `file:line` of every `fc.assert(…)` call in `text` whose second argument is not an object literal with a `seed` property. */
export function unseededAsserts(file: string, text: string): string[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && node.expression.getText(sf) === 'fc.assert') {
      const options = node.arguments[1];
      const seeded = options !== undefined && ts.isObjectLiteralExpression(options) && options.properties.some((p) => p.name?.getText(sf) === 'seed');
      if (!seeded) found.push(`${file}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe('property tests use a fixed seed', () => {
  it('every fc.assert( in test/ passes { seed: N, … }', () => {
    const files = sources('test').filter((f) => readFileSync(f, 'utf8').includes('fc.assert('));
    expect(files.length).toBeGreaterThan(40);
    expect(files.flatMap((f) => unseededAsserts(f, readFileSync(f, 'utf8')))).toEqual([]);
  });

  it('flags a call without options, with options lacking seed, and with options passed by name', () => {
    const text = ['fc.assert(fc.property(a, f));', 'fc.assert(p, { numRuns: 5 });', 'fc.assert(p, opts);', 'fc.assert(p, { seed: 1, numRuns: 5 });', 'fc.assert(p, { seed });'].join('\n');
    expect(unseededAsserts('x.ts', text)).toEqual(['x.ts:1', 'x.ts:2', 'x.ts:3']);
  });
});
