/** The examples that were in the TSDoc of src/report/reportPage.ts (an internal module, not public API), as unit tests. */
import { describe, expect, it } from 'vitest';
import { reportPage } from '../../src/report/reportPage';

const shown = (v: unknown): string => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));

describe('reportPage (former TSDoc examples)', () => {
  it('example 1', async () => {
    const html = reportPage({
      title: 'Main conjecture <test>', subtitle: 'deeplin verify', badge: { text: 'holds', tone: 'good' },
      facts: [['input', 'r.json'], ['seed', '1']],
      sections: [{ id: 'verdict', heading: 'Verdict', body: '<p>It holds.</p>' }],
    });
    expect(shown(html.startsWith('<!DOCTYPE html>'))).toBe(shown(true));
    expect(shown(html.includes('Main conjecture &lt;test&gt;'))).toBe(shown(true));
    expect(shown(/<script|https?:/.test(html))).toBe(shown(false));
  });
});
