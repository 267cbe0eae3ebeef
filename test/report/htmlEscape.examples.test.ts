/** The examples that were in the TSDoc of src/report/htmlEscape.ts (an internal module, not public API), as unit tests. */
import { describe, expect, it } from 'vitest';
import { htmlEscape } from '../../src/report/htmlEscape';

const shown = (v: unknown): string => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));

describe('htmlEscape (former TSDoc examples)', () => {
  it('example 1', async () => {
    expect(shown(htmlEscape('<b title="x">A & B</b>'))).toBe(shown("&lt;b title=&quot;x&quot;&gt;A &amp; B&lt;/b&gt;"));
    expect(shown(htmlEscape("it's δ"))).toBe(shown("it&#39;s δ"));
  });
});
