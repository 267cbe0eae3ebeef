/**
 * Oracle (slow: starting worker threads under ts-node takes 5–30 s on a loaded
 * machine): `deeplin flow` gives byte-identical JSON for --jobs 1 and --jobs 2.
 */
import { describe, expect, it } from 'vitest';
import { flowToJson, runFlow } from '../../src/flow/runFlow';

describe('runFlow with worker threads', () => {
  it('identical JSON for --jobs 1 and --jobs 2', async () => {
    const params = { widths: [2, 3, 2], inits: 6, seed: 3, scale: 0.05, balanced: false } as const;
    const a = await runFlow(params, { jobs: 1 });
    const b = await runFlow(params, { jobs: 2 });
    expect(a.status).toBe('complete');
    expect(flowToJson(b.result!)).toBe(flowToJson(a.result!));
  }, 120_000);
});
