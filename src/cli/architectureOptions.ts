/**
 * Reads an architecture from `--widths d0,d1,…` or `--depth N --width w`,
 * with one-line errors that name the option.
 *
 * @example
 * ```ts
 * import { architectureFromOptions } from 'deeplin';
 * architectureFromOptions('verify', { depth: '16', width: '2' }).widths.length; // 17
 * ```
 */
import { ArgumentError } from '../errors';
import { architecture, MAX_WIDTH, type Architecture } from '../model/architecture';
import { integerOption } from './parseArgs';

export function architectureFromOptions(command: string, options: Record<string, string | boolean>): Architecture {
  const fn = `deeplin ${command}`;
  if (options.widths !== undefined) {
    if (options.depth !== undefined || options.width !== undefined) throw new ArgumentError(fn, '--widths', options.widths, 'either --widths or --depth/--width, not both');
    const parts = String(options.widths).split(',');
    const widths = parts.map((p, i) => integerOption(command, `widths (entry ${i})`, p.trim(), 1, MAX_WIDTH) as number);
    if (widths.length < 3) throw new ArgumentError(fn, '--widths', options.widths, 'at least 3 comma-separated widths d_0,...,d_N (depth >= 2)');
    return architecture(widths);
  }
  const depth = integerOption(command, 'depth', options.depth, 2, 1_000_000);
  const width = integerOption(command, 'width', options.width, 1, MAX_WIDTH);
  if (depth === undefined || width === undefined) throw new ArgumentError(fn, 'architecture', 'missing', '--depth N --width w, or --widths d0,...,dN');
  return architecture(new Array<number>(depth + 1).fill(width));
}
