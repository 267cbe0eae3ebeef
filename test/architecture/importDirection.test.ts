/**
 * Imports in src/ go one way: down the layer table below. A module may
 * import from its own layer or a lower one, never a higher one; and no two
 * folders import each other, even through others in the same layer (a
 * folder-level cycle). New top-level folders must be added to the table
 * (an unlisted folder fails the test), so the direction is decided when
 * the folder is created.
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import { dirname, join, relative, resolve } from 'path';
import { describe, expect, it } from 'vitest';

/**
 * The layers, lowest first. A "unit" is a top-level folder of src/ or a
 * top-level file (without `.ts`).
 */
export const LAYERS: readonly (readonly string[])[] = [
  // generic machinery and leaves: no domain code
  ['errors', 'random', 'compactJson', 'strictJson', 'parallel', 'limits'],
  // exact algebra (Q, F_p, polynomials), the float kit, symbolic polynomial maps
  ['algebra', 'numeric', 'symbolic'],
  // the network: architecture, delta, loss, gradient, Hessian, generic data
  ['model'],
  // representations of the quiver, and the Hessian variety A_H
  ['quiver', 'hessianVariety'],
  // dimensions of images, upper-bound certificates, witnesses (format, finder, checker)
  ['dimension', 'certify', 'witness'],
  // verification of an architecture, and the landscape rooms
  ['verify', 'critical', 'flow', 'conservation'],
  // many architectures: sweeps, shards, the minimal-depth search (above verify)
  ['sweep'],
  // output for people and other systems
  ['export', 'report'],
  ['cli'],
  // the public API may import anything except cli (checked separately)
  ['index'],
];

/** An import edge between units: `from` imports `to` (file paths for the message). */
export interface ImportEdge {
  readonly from: string;
  readonly to: string;
  readonly file: string;
  readonly target: string;
}

/** Every upward edge, unknown unit, cycle between units, and index → cli edge, as one line each. */
export function importViolations(edges: readonly ImportEdge[], layers: readonly (readonly string[])[] = LAYERS): string[] {
  const level = new Map<string, number>();
  layers.forEach((units, k) => units.forEach((u) => level.set(u, k)));
  const out: string[] = [];
  for (const e of edges) {
    for (const u of [e.from, e.to]) if (!level.has(u)) out.push(`${e.file}: unit "${u}" is not in the layer table`);
    if (e.from === e.to || !level.has(e.from) || !level.has(e.to)) continue;
    if (e.from === 'index' && e.to === 'cli') out.push(`${e.file} imports ${e.target}: the library index must not import cli/`);
    else if ((level.get(e.to) as number) > (level.get(e.from) as number)) {
      out.push(`${e.file} imports ${e.target}: "${e.from}" (layer ${level.get(e.from)}) may not import "${e.to}" (layer ${level.get(e.to)})`);
    }
  }
  // folder-level cycles (Tarjan is overkill here: a unit is on a cycle iff it reaches itself)
  const next = new Map<string, Set<string>>();
  for (const e of edges) if (e.from !== e.to) next.set(e.from, (next.get(e.from) ?? new Set()).add(e.to));
  const reaches = (a: string, b: string): boolean => {
    const seen = new Set<string>();
    const stack = [...(next.get(a) ?? [])];
    while (stack.length) {
      const u = stack.pop() as string;
      if (u === b) return true;
      if (seen.has(u)) continue;
      seen.add(u);
      stack.push(...(next.get(u) ?? []));
    }
    return false;
  };
  for (const [a, targets] of [...next].sort(([x], [y]) => x.localeCompare(y))) {
    for (const b of [...targets].sort()) if (a < b && reaches(b, a)) out.push(`folder-level cycle: "${a}" and "${b}" import each other`);
  }
  return [...new Set(out)];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const unitOf = (srcRelative: string): string => srcRelative.split('/')[0].replace(/\.ts$/, '');

/** The relative imports (static `from '…'`, `import('…')`, `require('…')`) of every file under `root`, as unit edges. */
export function importGraph(root: string): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const file of sourceFiles(root)) {
    const text = readFileSync(file, 'utf8').replace(/^\s*\*.*$/gm, ''); // TSDoc lines (examples import 'deeplin')
    const re = /(?:\bfrom\s+|\bimport\s*\(\s*|\brequire\s*\(\s*)['"](\.{1,2}\/[^'"]*)['"]/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const target = relative(root, resolve(dirname(file), m[1]));
      edges.push({ from: unitOf(relative(root, file)), to: unitOf(target), file: relative('.', file), target: m[1] });
    }
  }
  return edges;
}

describe('imports in src/ go down the layers', () => {
  it('the import graph of src/ has no upward edge, no unlisted folder and no folder-level cycle', () => {
    const edges = importGraph('src');
    expect(edges.length).toBeGreaterThan(500);
    expect(importViolations(edges)).toEqual([]);
  });

  it('the checker catches an upward edge, a cycle, an unlisted folder and index → cli', () => {
    const edge = (from: string, to: string): ImportEdge => ({ from, to, file: `src/${from}/x.ts`, target: `../${to}/y` });
    expect(importViolations([edge('model', 'algebra'), edge('verify', 'quiver')])).toEqual([]);
    expect(importViolations([edge('parallel', 'sweep')])).toEqual([
      'src/parallel/x.ts imports ../sweep/y: "parallel" (layer 0) may not import "sweep" (layer 6)',
    ]);
    expect(importViolations([edge('quiver', 'hessianVariety'), edge('hessianVariety', 'quiver')])).toEqual([
      'folder-level cycle: "hessianVariety" and "quiver" import each other',
    ]);
    expect(importViolations([edge('model', 'nowhere')])).toEqual(['src/model/x.ts: unit "nowhere" is not in the layer table']);
    expect(importViolations([edge('index', 'cli')])).toEqual(['src/index/x.ts imports ../cli/y: the library index must not import cli/']);
  });
});
