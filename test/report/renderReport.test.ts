import { describe, expect, it } from 'vitest';
import { FormatError } from '../../src/errors';
import { renderReport } from '../../src/report/renderReport';
import { elements, INPUTS, readJson } from './support';

const render = (file: string): string => renderReport(readJson(file), { file });

/** URLs other than SVG namespace declarations. */
const urls = (html: string): string[] => [...html.matchAll(/\b(?:https?|ftp|file):\/\/[^\s"'<>)]*|\bdata:[a-z]+\/[^\s"'<>)]*/g)].map((m) => m[0]).filter((u) => u !== 'http://www.w3.org/2000/svg');

describe('renderReport', () => {
  for (const { kind, file, plots } of INPUTS) {
    it(`${kind}: a complete, self-contained, deterministic page for ${file}`, () => {
      const html = render(file);
      const svgs = [...html.matchAll(/<svg class="plot ([\w-]+)"/g)].map((m) => `svg.${m[1]}`);
      expect(svgs.length).toBe(Object.values(plots).reduce((a, b) => a + b, 0));
      for (const [selector, count] of Object.entries(plots)) expect(svgs.filter((x) => x === selector).length, selector).toBe(count);
      expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
      expect(html.trimEnd().endsWith('</html>')).toBe(true);
      expect(html).toContain(`<dd>${file}</dd>`); // the input file is named
      expect(html).toContain('id="verdict-badge"');
      expect(html).toContain('<h2>How this was certified</h2>');
      expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
      expect(urls(html)).toEqual([]);
      expect(html).not.toMatch(/20\d\d-\d\d-\d\dT/); // no timestamps
      expect(render(file)).toBe(html);
    });
  }

  it('verify: verdict in words, the orbit table from evidence.maximalComponents, the witness re-check', () => {
    const json = readJson('test/report/fixtures/verify-depth7-width2.json') as { evidence: { maximalComponents: { label: string }[] } };
    const html = renderReport(json, { file: 'v.json' });
    expect(html).toMatch(/The main conjecture <b>fails<\/b> for widths <b>\(2,2,2,2,2,2,2,2\)<\/b>/);
    expect(html).toContain('Orbits achieving the maximal restricted dimension');
    expect(html.match(/<tr><td class="num">\d+<\/td>/g)?.length).toBe(json.evidence.maximalComponents.length);
    expect(html).toContain('npx deeplin check out/widths-2-2-2-2-2-2-2-2.witness.json');
    // the picture: one bar per listed component at its restricted dimension, against the generic dimension
    expect(html.match(/<svg class="plot bar-chart"/g)).toHaveLength(1);
    expect(html.match(/<rect class="bar" /g)).toHaveLength(json.evidence.maximalComponents.length);
    expect(html).toContain('data-label="1" data-value="18"');
    expect(html).toContain('generic dimension G = 18');
  });

  it('image-dim: the log-scale singular-value plot with one point per value and the gap marked', () => {
    const json = readJson('test/report/fixtures/image-dim-segre-2x3.json') as { singularValues: number[]; floatRank: number };
    const html = renderReport(json, { file: 'i.json' });
    expect(elements(html, 'sv-point').length).toBe(json.singularValues.length);
    expect(html).toContain('class="gap-marker"');
    expect(html).toContain(`float rank r = ${json.floatRank}`);
    expect(html).toContain('exact mod p');
    expect(html).toContain('Monte-Carlo');
    expect(html).toContain('float SVD');
  });

  it('image-dim at full float rank: the threshold line follows from the gap ratio', () => {
    const html = renderReport({ dimension: 2, lowerBound: 2, upperBound: 2, failureProbability: 0, floatRank: 2, gapRatio: 1e15, singularValues: [4, 2], status: 'ok', seed: 1 }, { file: 'f.json' });
    expect(html).toContain('class="threshold"');
    expect(html).toContain('2.00e-15');
  });

  it('search: the restricted-vs-generic chart with the failing depth marked, and a row per depth', () => {
    const json = readJson('test/report/fixtures/search-width2.json') as { depths: unknown[]; minimalDepth: number };
    const html = renderReport(json, { file: 's.json' });
    expect(elements(html, 'series-point').length).toBe(2 * json.depths.length);
    expect(html).toContain(`fails at depth ${json.minimalDepth}`);
    expect(html).toContain('class="x-marker"');
  });

  it('sweep: the verdict grid has one cell per profile; uniform widths get charts', () => {
    const json = readJson('proofs/minimal-counterexamples.json') as { profiles: unknown[]; uniform: unknown[] };
    const html = renderReport(json, { file: 'proofs/minimal-counterexamples.json' });
    expect(elements(html, 'cell').length).toBe(json.profiles.length);
    expect(html.match(/class="plot line-chart"/g)?.length).toBe(json.uniform.length);
    expect(html).toMatch(/1227 of 3267 fail/); // 136 at depth 5, 1091 at depth 6
  });

  it('sweep in the deeplin sweep format: {kind: "deeplin/sweep", results: [...]} with restrictedDimension/genericDimension', () => {
    const results = [
      { widths: [1, 1, 1], depth: 2, verdict: 'holds', coverage: 'full', restrictedDimension: 0, genericDimension: 1, genericExact: true, components: 0, failureProbability: 0, witness: null },
      { widths: [2, 2, 2, 2, 2, 2, 2, 2], depth: 7, verdict: 'fails', coverage: 'full', restrictedDimension: 18, genericDimension: 18, genericExact: true, components: 273, failureProbability: 3.6e-5, witness: 'out/w.json' },
      { widths: [1, 2, 2, 1], depth: 3, verdict: 'undetermined', coverage: 'full', restrictedDimension: 4, genericDimension: 5, genericExact: false, components: 3, failureProbability: 0.5, witness: null },
    ];
    const html = renderReport({ kind: 'deeplin/sweep', version: 1, seed: 7, results }, { file: 'sweep.json' });
    expect(elements(html, 'cell').length).toBe(3);
    expect(html).toContain('field &quot;results&quot;');
    expect(html).toContain('restricted 18, generic 18');
    expect(html).toContain('<dt>seed</dt><dd>7</dd>');
  });

  it('a real deeplin sweep file (uniform widths): a row per depth in the grid and a chart per width, derived from the results', () => {
    const json = readJson('test/report/fixtures/sweep-uniform-1-2.json') as { results: { widths: number[]; verdict: string }[] };
    const html = renderReport(json, { file: 'sweep-uniform.json' });
    expect(elements(html, 'cell').length).toBe(json.results.length);
    expect(html).toContain('rows: depth N · columns: uniform width w');
    expect(html).toContain('<h3>Uniform width 2</h3><p class="small">Width 2 first fails at <b>depth 7</b>, every smaller depth in this sweep holding');
    expect(html).toContain('<b>Parameters:</b> family <code>uniform</code>');
  });

  it('witness: statement, claims, point size and the re-check command for this file', () => {
    const html = render('proofs/depth16-width2.witness.json');
    expect(html).toContain('Counterexample to the main conjecture for widths');
    expect(html).toContain('npx deeplin check proofs/depth16-width2.witness.json');
    expect(html).toContain('M2 --script proofs/check-witness.m2 proofs/depth16-width2.witness.json');
    expect(html).toMatch(/<div class="label">point size<\/div><div class="value">64<\/div>/);
    expect(html).toContain('W<sub>4</sub>⋯W<sub>2</sub> = 0');
  });

  it('witness: the headline says the claims were not re-checked (issue #9 item 3)', () => {
    const html = render('proofs/depth16-width2.witness.json');
    expect(html).toMatch(/<h1>Claimed counterexample witness for [^<]* \(claims not re-checked\)<\/h1>/);
    expect(html).toMatch(/id="verdict-badge">.*claimed, not re-checked<\/span>/);
    expect(html).toContain('The file\'s own statement (informational; not a checked claim)');
  });

  it('is safe against HTML injection from any string field', () => {
    const evil = '<script>alert(1)</script><img src=x onerror=alert(2)>"\'&';
    const inputs: unknown[] = [
      { dimension: 1, lowerBound: 1, upperBound: 1, failureProbability: 0, floatRank: 1, gapRatio: 1e9, singularValues: [1], status: evil, seed: 1, method: evil, ranks: [{ prime: evil, rank: evil }] },
      { verdict: evil, coverage: evil, coverageNote: evil, widths: [1, 2, 1], seed: 1, genericDimension: 3, restrictedDimension: 1, witness: evil, evidence: { explanation: evil, genericDimension: { method: evil }, restrictedDimension: { method: evil }, maximalComponents: [{ label: evil, ranks: [{ prime: evil, rank: 1 }], conditions: [] }] } },
      { width: 2, minimalDepth: null, method: evil, witness: evil, depths: [{ depth: 2, verdict: evil, coverage: evil, restrictedDimension: 0, genericDimension: 3 }] },
      { status: 'none-found', tried: 3, method: evil, witness: evil },
      { kind: evil, coverage: evil, generatedBy: evil, results: [{ widths: [1, 1, 1], verdict: evil, coverage: evil, witness: evil }], propertySearch: { status: 'none-found', tried: 1, method: evil } },
      { kind: 'deeplin/counterexample-witness', widths: [1, 1, 1], statement: evil, recheck: evil, claims: { genericDimension: evil }, evidence: { [evil]: evil, fooMethod: evil }, point: [[[evil]]], conditions: [] },
    ];
    for (const json of inputs) {
      const html = renderReport(json, { file: evil });
      expect(html).not.toContain('<script');
      expect(html).not.toContain('<img');
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    }
  });

  it('refuses anything else with one FormatError line naming the file and the accepted kinds', () => {
    for (const bad of [null, [], {}, { verdict: 'holds' }, { kind: 'deeplin/verify-evidence', components: [] }, 'text']) {
      let error: unknown;
      try {
        renderReport(bad, { file: 'proofs/x.json' });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(FormatError);
      const message = (error as Error).message;
      expect(message).toMatch(/^renderReport: proofs\/x\.json is not a deeplin result this report understands \(accepted: deeplin verify --json, deeplin image-dim --json, deeplin search --json/);
      expect(message).toContain('counterexample witness');
      expect(message).not.toContain('\n');
    }
  });
});
