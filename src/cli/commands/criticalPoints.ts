/**
 * `deeplin critical-points --widths …`: a representative of every kind of critical point.
 */
import { readInputJson, writeOutputFile } from '../fileIO';
import { join } from 'path';
import { matFromStrings, matToStrings } from '../../algebra/matrix';
import { type Rational, ratToString } from '../../algebra/rational';
import { QQ } from '../../algebra/rationalField';
import { hessianMemory } from '../../critical/classifyPoint';
import { criticalPoints, type CriticalPointClass } from '../../critical/criticalPoints';
import { FormatError } from '../../errors';
import { architectureFromOptions } from '../architectureOptions';
import type { CommandIO } from '../commandIO';
import { printJson } from '../commonOptions';
import { parseArgs } from '../parseArgs';

export const criticalPointsHelp = `deeplin critical-points --widths d0,...,dN [--data FILE] [--json] [--points DIR]

Builds a representative of every kind of critical point for the data and
classifies each exactly (as deeplin classify): for each index set S of
eigenvectors of Σ = Σ_YX Σ_XX^-1 Σ_XY the end-to-end matrix Π_S Σ_YX Σ_XX^-1,
factored along coordinate paths with every pattern of broken paths that keeps
the point critical. Table: S (1 = largest eigenvalue), the rank profile
rank(W_b...W_a) for a = 1..N, b = a..N ("|" between values of a), the exact
critical value, the kind, and the number of path configurations in the class.
--data FILE: { "X": [[...]], "Y": [[...]] } (exact rational strings; Σ must have
rational eigenvalues); default: X = I and Y with Σ = diag(m², ..., 4, 1) in a
rational orthonormal basis. --points DIR writes each representative as a point
file for deeplin classify.

Example:
  npx deeplin critical-points --widths 2,2,2,2`;

export function criticalPointsCommand(argv: readonly string[], io: CommandIO): number {
  const { options } = parseArgs('critical-points', argv, { widths: 'string', data: 'string', json: 'boolean', points: 'string' });
  const arch = architectureFromOptions('critical-points', options, (a) => hessianMemory(a.widths.slice(1).reduce((s, w, i) => s + w * a.widths[i], 0)));
  const data = typeof options.data === 'string' ? readData(options.data) : undefined;
  const t0 = Date.now();
  const cp = criticalPoints(arch.widths, data);
  const seconds = (Date.now() - t0) / 1000;
  const kinds = [...new Set(cp.classes.map((c) => c.kind))];
  if (typeof options.points === 'string') {
    cp.classes.forEach((c, i) => {
      const file = join(options.points as string, `class-${i + 1}.point.json`);
      const body = { widths: cp.widths, data: { X: matToStrings(QQ, cp.data.X), Y: matToStrings(QQ, cp.data.Y) }, point: c.representative.map((W) => matToStrings(QQ, W)), indexSet: c.indexSet, ranks: c.ranks };
      writeOutputFile('critical-points', 'points', file, `${JSON.stringify(body)}\n`);
    });
  }
  if (options.json) {
    printJson(io, {
      widths: cp.widths,
      eigenvalues: cp.eigenvalues.map(ratToString),
      globalMinimum: ratToString(cp.globalMinimum),
      kinds,
      configurations: cp.configurations,
      classes: cp.classes.map((c) => ({
        indexSet: c.indexSet, ranks: c.ranks, value: ratToString(c.value), kind: c.kind, hessianVanishes: c.hessianVanishes, count: c.count,
        inertia: c.inertia, ...(c.descentOrder ? { descentOrder: c.descentOrder } : {}),
      })),
    });
    return cp.classes.some((c) => c.kind === 'undetermined') ? 3 : 0;
  }
  const N = cp.widths.length - 1;
  io.out(`deeplin critical-points: widths (${cp.widths.join(',')}), ${data ? `data from ${options.data}` : 'default data'}; eigenvalues of Σ: ${cp.eigenvalues.map(ratToString).join(', ')} (exact)`);
  io.out(`minimal loss ${ratToString(cp.globalMinimum)} (exact); ${cp.classes.length} classes from ${cp.configurations} path configurations (${seconds.toFixed(2)} s)`);
  const rows = cp.classes.map((c) => [`{${c.indexSet.join(',')}}`, profile(c, N), ratToString(c.value), c.kind + (c.hessianVanishes ? ' (H = 0)' : '') + (c.descentOrder ? ` (order ${c.descentOrder})` : ''), String(c.count)]);
  const head = ['S', 'ranks', 'value', 'kind', 'count'];
  const width = head.map((h, j) => Math.max(h.length, ...rows.map((r) => r[j].length)));
  for (const r of [head, ...rows]) io.out(r.map((x, j) => x.padEnd(width[j])).join('  ').trimEnd());
  io.out(`kinds found: ${kinds.join(', ')}`);
  return cp.classes.some((c) => c.kind === 'undetermined') ? 3 : 0;
}

function profile(c: CriticalPointClass, N: number): string {
  const parts: string[] = [];
  let o = 0;
  for (let a = 1; a <= N; a++) {
    parts.push(c.ranks.slice(o, o + N - a + 1).join(''));
    o += N - a + 1;
  }
  return parts.join('|');
}

function readData(file: string): { X: Rational[][]; Y: Rational[][] } {
  const json = readInputJson('critical-points', file) as { X?: unknown; Y?: unknown };
  const m = (M: unknown, name: string): Rational[][] => {
    if (!Array.isArray(M) || !M.every((r) => Array.isArray(r))) throw new FormatError('deeplin critical-points', `--data ${file}: ${name} must be a matrix of exact rational strings`);
    return matFromStrings(QQ, M as string[][]);
  };
  return { X: m(json.X, 'X'), Y: m(json.Y, 'Y') };
}
