/**
 * `npm test` prints no messages of its own: an example or a test that wants
 * to show an error message asserts it (`expect(...).toThrow(message)`, or
 * `EXPR; // "message"` in a TSDoc example) instead of printing it with
 * console.log, which ends up on the real stdout among the test results.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

describe('the default test suite and the TSDoc examples print nothing to the real console', () => {
  it('no console.log / console.error in src/ or in test/ (outside the oracle suite)', () => {
    const files = [...sources('src'), ...sources('test').filter((f) => !f.includes('oracle'))];
    expect(files.length).toBeGreaterThan(100);
    const printing = files.filter((f) => /console\.(log|error|warn|info)\(/.test(readFileSync(f, 'utf8')));
    expect(printing).toEqual([]);
  });
});
