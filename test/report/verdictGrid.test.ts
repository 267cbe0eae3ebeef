import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { verdictGrid } from '../../src/report/verdictGrid';
import { elements, readJson } from './support';

describe('verdictGrid', () => {
  it('has exactly one cell per profile of proofs/minimal-counterexamples.json, with its verdict', () => {
    const profiles = (readJson('proofs/minimal-counterexamples.json') as { profiles: { widths: number[]; verdict: string }[] }).profiles;
    const cells = elements(verdictGrid(profiles), 'cell');
    expect(cells.length).toBe(profiles.length);
    const byWidths = new Map(cells.map((c) => [c['data-widths'], c['data-verdict']]));
    for (const p of profiles) expect(byWidths.get(p.widths.join(','))).toBe(p.verdict);
    expect(cells.filter((c) => c['data-verdict'] === 'fails').length).toBe(profiles.filter((p) => p.verdict === 'fails').length);
  });

  it('one cell per entry for any list, dense, sparse or with repeats (property)', () => {
    const entry = fc.record({
      widths: fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 2, maxLength: 9 }),
      verdict: fc.constantFrom('holds', 'fails', 'undetermined', '<odd>'),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 120 }), (entries) => {
        const svg = verdictGrid(entries);
        expect(elements(svg, 'cell').length).toBe(entries.length);
        expect(svg).not.toContain('<odd>');
      }),
      { seed: 7031 },
    );
  });

  it('marks verdicts by glyph as well as colour', () => {
    const svg = verdictGrid([{ widths: [1, 1, 1], verdict: 'holds' }, { widths: [1, 2, 1], verdict: 'fails' }, { widths: [2, 2, 1], verdict: 'undetermined' }]);
    for (const glyph of ['✓', '✗', '?']) expect(svg).toContain(`>${glyph}</text></g>`);
  });
});

describe('verdictGrid layouts', () => {
  it('uniform profiles: one block, a row per depth, a column per width', () => {
    const entries = [2, 3, 4].flatMap((N) => [1, 2, 3].map((w) => ({ widths: new Array<number>(N + 1).fill(w), verdict: N === 4 && w > 1 ? 'fails' : 'holds' })));
    const svg = verdictGrid(entries);
    const cells = elements(svg, 'cell');
    expect(cells.length).toBe(9);
    expect(svg).toContain('rows: depth N · columns: uniform width w');
    // cells of the same width share a column, cells of the same depth share a row
    const at = (w: string) => cells.find((c) => c['data-widths'] === w) as Record<string, string>;
    const x = (w: string) => Number(/x="([\d.]+)"/.exec(svg.slice(svg.indexOf(`data-widths="${w}"`)))?.[1]);
    expect(x('2,2,2')).toBe(x('2,2,2,2,2'));
    expect(x('1,1,1')).toBeLessThan(x('3,3,3'));
    expect(at('3,3,3,3,3')['data-verdict']).toBe('fails');
  });

  it('a full sweep of one depth is a complete rectangle: rows d_0..d_(k-1), columns d_k..d_N', () => {
    let all: number[][] = [[]];
    for (let v = 0; v <= 3; v++) all = all.flatMap((p) => [1, 2, 3].map((x) => [...p, x]));
    const svg = verdictGrid(all.map((widths) => ({ widths, verdict: 'holds' })));
    expect(elements(svg, 'cell').length).toBe(81);
    expect((svg.match(/class="row-label"/g) ?? []).length).toBe(9);
    expect((svg.match(/class="col-label"/g) ?? []).length).toBe(9);
  });
});
