/**
 * `deeplin export`: δ and the Hessian-variety patterns for an architecture, or
 * a witness's re-check script, in Macaulay2, Singular, LaTeX or JSON.
 */
import { ArgumentError } from '../../errors';
import { symbolicSystem, systemToJson, systemToLatex, systemToMacaulay2, systemToSingular } from '../../export/symbolicSystem';
import { witnessToMacaulay2 } from '../../export/witnessToMacaulay2';
import { parameterCount } from '../../model/architecture';
import { hessianPatterns } from '../../verify/hessianPatterns';
import { architectureFromOptions } from '../architectureOptions';
import type { CommandIO } from '../commandIO';
import { parseArgs } from '../parseArgs';
import { readInputJson, writeOutputFile } from '../fileIO';

export const exportHelp = `deeplin export --widths d0,...,dN | --depth N --width w --format m2|singular|latex|json [--out FILE]
deeplin export --witness FILE --format m2 [--out FILE]

Writes delta (upper triangles of Delta_i) and one ideal per Hessian-variety
pattern (W_n..W_1 = W_(l-1)..W_(n+1) = W_N..W_l = 0; the data-independent part
of A_H is their union) in the chosen syntax; the Macaulay2 and Singular files
run unmodified. With --witness: the independent Macaulay2 re-check script.

Example:
  npx deeplin export --depth 4 --width 2 --format m2 --out out/depth4-width2.m2`;

const FORMATS = ['m2', 'singular', 'latex', 'json'] as const;
/** Refuse symbolic exports beyond this many parameters (the files grow with the pattern count). */
const MAX_EXPORT_PARAMETERS = 2000;

export function exportCommand(argv: readonly string[], io: CommandIO): number {
  const { options } = parseArgs('export', argv, { depth: 'string', width: 'string', widths: 'string', format: 'string', out: 'string', witness: 'string' });
  const format = options.format;
  if (typeof format !== 'string' || !(FORMATS as readonly string[]).includes(format)) {
    throw new ArgumentError('deeplin export', '--format', format, FORMATS.join(' | '));
  }
  let text: string;
  if (typeof options.witness === 'string') {
    if (format !== 'm2') throw new ArgumentError('deeplin export', '--format', format, 'm2 (with --witness)');
    const json = readInputJson('export', options.witness);
    text = witnessToMacaulay2(json, { scriptPath: typeof options.out === 'string' ? options.out : undefined });
  } else {
    const arch = architectureFromOptions('export', options, 'symbolic-delta');
    if (parameterCount(arch) > MAX_EXPORT_PARAMETERS) {
      throw new ArgumentError('deeplin export', 'parameter count', parameterCount(arch), `at most ${MAX_EXPORT_PARAMETERS} for a symbolic export`);
    }
    const patterns = hessianPatterns(arch.depth).map((p) => ({
      name: `P${p[0][1]}x${p[2][0]}`,
      windows: p.map(([a, b]) => [a, b] as [number, number]),
      comment: `pattern n = ${p[0][1]}, l = ${p[2][0]}`,
    }));
    const sys = symbolicSystem(`widths-${arch.widths.join('-')}`, arch, [], patterns);
    text = { m2: systemToMacaulay2, singular: systemToSingular, latex: systemToLatex, json: systemToJson }[format as (typeof FORMATS)[number]](sys);
  }
  if (typeof options.out === 'string') {
    writeOutputFile('export', 'out', options.out, text);
    io.err(`deeplin export: wrote ${options.out}`);
  } else io.out(text.trimEnd());
  return 0;
}
