/** The TSDoc `@example` blocks of a source file, and the names an example imports from 'deeplin' (shared by the docs tests). */
import { readFileSync } from 'fs';

export interface Example {
  file: string;
  line: number;
  code: string;
}

/** The `@example` blocks of `text` (default: the file's contents), with their line numbers. */
export function extractExamples(file: string, text: string = readFileSync(file, 'utf8')): Example[] {
  const out: Example[] = [];
  const re = /@example\s*\n(\s*\*\s*```ts\n)([\s\S]*?)\n\s*\*\s*```/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const code = m[2].split('\n').map((l) => l.replace(/^\s*\* ?/, '')).join('\n');
    out.push({ file, line: text.slice(0, m.index).split('\n').length, code });
  }
  return out;
}

/** The value names an example imports from 'deeplin' (types are erased and not checked). */
export function importedNames(code: string): string[] {
  const names: string[] = [];
  for (const m of code.matchAll(/^import\s+(type\s+)?\{([^}]*)\}\s+from\s+'deeplin';?\s*$/gm)) {
    if (m[1]) continue;
    for (const n of m[2].split(',').map((x) => x.trim())) if (n && !n.startsWith('type ')) names.push(n);
  }
  return names;
}
