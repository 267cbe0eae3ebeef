/**
 * The README's Slurm array job is the script CI runs on a real cluster
 * (scripts/slurm/run-array-test.sh submits scripts/slurm/sweep-array.sh):
 * its #SBATCH lines and its sweep command, with the script's defaults
 * substituted, are the README's block line for line — so the README cannot
 * drift from what was tested.
 */
import { readFileSync } from 'fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync('README.md', 'utf8');
const script = readFileSync('scripts/slurm/sweep-array.sh', 'utf8');

function readmeBlock(): string[] {
  const m = /```slurm\n([\s\S]*?)```/.exec(readme);
  if (!m) throw new Error('README has no ```slurm block');
  return m[1].trim().split('\n');
}

function defaultOf(name: string): string {
  const m = new RegExp(`^${name}=\\$\\{${name}:-(.*)\\}$`, 'm').exec(script);
  if (!m) throw new Error(`sweep-array.sh sets no default for ${name}`);
  return m[1];
}

describe("the README's Slurm job", () => {
  it('has the script’s #SBATCH directives', () => {
    const directives = (lines: string[]): string[] => lines.filter((l) => l.startsWith('#SBATCH'));
    expect(directives(readmeBlock())).toEqual(directives(script.split('\n')));
    expect(directives(readmeBlock())).toContain('#SBATCH --requeue');
  });

  it('runs the script’s sweep command with its default shards and sweep', () => {
    const command = (lines: string[]): string => lines.slice(lines.findIndex((l) => /npx deeplin sweep/.test(l))).join(' ').replace(/\\\s+/g, ' ').replace(/\s+/g, ' ').trim();
    const fromScript = command(script.split('\n'))
      .replace('$SWEEP_ARGS', defaultOf('SWEEP_ARGS'))
      .replace(/"\$i\/\$SHARDS"/, `$SLURM_ARRAY_TASK_ID/${defaultOf('SHARDS')}`)
      .replace(/"\$OUT_DIR\/(\w+)-\$i\.(\w+)"/g, '$1-$$SLURM_ARRAY_TASK_ID.$2');
    expect(command(readmeBlock())).toBe(fromScript);
    expect(defaultOf('SHARDS')).toBe('16');
  });
});
