import { describe, expect, it } from 'vitest';
import { flowReportPage } from '../../src/report/flowReport';
import { renderReport } from '../../src/report/renderReport';
import { reportKind } from '../../src/report/fileKinds';
import { svgLossCurves } from '../../src/report/svgLossCurves';
import { FIXTURES, readJson } from './support';
import { join } from 'path';

const levels = [
  { value: 14, label: 'S = {}', kinds: ['saddle'] },
  { value: 1, label: 'S = {1,2}', kinds: ['saddle'] },
  { value: 0, label: 'S = {1,2,3}', kinds: ['global-minimum'] },
];

describe('svgLossCurves', () => {
  it('one polyline per run, one labelled line per critical value, higher gaps drawn higher, gap 0 on the floor', () => {
    const svg = svgLossCurves({ title: 't', curves: [{ t: [0, 5, 10], loss: [14, 1, 0] }, { t: [0, 2], loss: [14, 0] }], levels, minimum: 0 });
    expect((svg.match(/class="loss-curve"/g) ?? []).length).toBe(2);
    const ys = [...svg.matchAll(/<g class="critical-level" data-value="([^"]+)">[\s\S]*?<line x1="[^"]+" x2="[^"]+" y1="([^"]+)"/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(ys.map((v) => v[0])).toEqual([14, 1, 0]);
    expect(ys[0][1]).toBeLessThan(ys[1][1]);
    expect(ys[1][1]).toBeLessThan(ys[2][1]);
    const first = /class="loss-curve" data-run="0" points="([^"]+)"/.exec(svg)![1].split(' ').map((p) => Number(p.split(',')[1]));
    expect(first).toEqual([ys[0][1], ys[1][1], ys[2][1]]); // the curve passes exactly through the level lines
    expect(svg).toContain('global-minimum');
  });

  it('escapes labels', () => {
    const svg = svgLossCurves({ title: '<x>', curves: [], levels: [{ value: 1, label: '<b>', kinds: ['<i>'] }], minimum: 0 });
    expect(svg).not.toContain('<b>');
    expect(svg).not.toContain('<i>');
    expect(svg).toContain('&lt;x&gt;');
  });
});

describe('flow report', () => {
  it('recognises a deeplin flow result and draws its curves with the critical values', () => {
    const json = readJson(join(FIXTURES, 'flow-3333.json')) as { runs: unknown[]; levels: unknown[] };
    expect(reportKind(json)).toBe('flow');
    const html = renderReport(json, { file: 'flow-3333.json' });
    expect((html.match(/class="loss-curve"/g) ?? []).length).toBe(json.runs.length);
    expect((html.match(/class="critical-level"/g) ?? []).length).toBe(json.levels.length);
    expect(html).toContain(`${json.runs.length} of ${json.runs.length} runs reach a global minimum`);
  });

  it('a run that misses the global minimum turns the badge from good to warn', () => {
    const run = (reached: boolean) => ({ index: 0, seed: 1, status: 'converged', finalLoss: reached ? 0 : 1, gap: reached ? 0 : 1, reachedGlobalMinimum: reached, deltaDrift: 0, plateaus: [], curve: { t: [0], loss: [1] } });
    const page = flowReportPage({ kind: 'deeplin/flow', levels, globalMinimum: 0, runs: [run(true), run(false)] });
    expect(page.badge).toEqual({ text: '1 of 2 runs reach a global minimum', tone: 'warn' });
  });
});
