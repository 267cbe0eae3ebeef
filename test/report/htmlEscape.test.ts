import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlEscape } from '../../src/report/htmlEscape';

const unescape = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

describe('htmlEscape', () => {
  it('escapes the five special characters and keeps the rest', () => {
    expect(htmlEscape(`<script>alert("x")</script> & 'y' δ σ₁`)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39; δ σ₁');
    expect(htmlEscape('&amp;')).toBe('&amp;amp;');
  });

  it('never leaves markup characters and round-trips (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const t = htmlEscape(s);
        expect(/[<>"']/.test(t)).toBe(false);
        expect(t.replace(/&(amp|lt|gt|quot|#39);/g, '')).not.toMatch(/&/);
        expect(unescape(t)).toBe(s);
      }),
      { seed: 7027 },
    );
  });
});
