/** The examples that were in the TSDoc of src/parallel/checkpoint.ts (an internal module, not public API), as unit tests. */
import { describe, expect, it } from 'vitest';
import { openCheckpoint } from '../../src/parallel/checkpoint';
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

const shown = (v: unknown): string => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));

describe('checkpoint (former TSDoc examples)', () => {
  it('example 1', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'deeplin-')), 'run.jsonl');
    const a = openCheckpoint(file, { command: 'demo', seed: 1 });
    a.append(3, { ok: true });
    a.close();
    const b = openCheckpoint(file, { command: 'demo', seed: 1 });
    expect(shown([...b.finished.entries()])).toBe(shown([[3,{"ok":true}]]));
    b.close();
    try { openCheckpoint(file, { command: 'demo', seed: 2 }); } catch (e) { (e as Error).message; } // "openCheckpoint: checkpoint … belongs to a different run (seed: 1 there, 2 here) …"
  });
  it('example 2', async () => {
    expect(() => openCheckpoint('package.json', { command: 'demo' }, undefined, 'deeplin demo')).toThrow(/^deeplin demo: package\.json is not a deeplin checkpoint/);
  });
});
