/** Inputs shared by the report tests: committed CLI outputs and the proofs/ files. */
import { readFileSync } from 'fs';
import { join } from 'path';

export const FIXTURES = join(__dirname, 'fixtures');

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** One input of each kind, by the path a user would pass (relative to the repository root), with the SVG plots its page must show. */
export const INPUTS: readonly { readonly kind: string; readonly file: string; readonly plots: Readonly<Record<string, number>> }[] = [
  { kind: 'verify', file: 'test/report/fixtures/verify-depth7-width2.json', plots: { 'svg.bar-chart': 1 } },
  { kind: 'image-dim', file: 'test/report/fixtures/image-dim-segre-2x3.json', plots: { 'svg.log-plot': 1 } },
  { kind: 'search', file: 'test/report/fixtures/search-width2.json', plots: { 'svg.line-chart': 1 } },
  { kind: 'profile-search', file: 'test/report/fixtures/search-profiles.json', plots: {} },
  { kind: 'sweep', file: 'proofs/minimal-counterexamples.json', plots: { 'svg.verdict-grid': 1, 'svg.line-chart': 5 } },
  { kind: 'sweep', file: 'test/report/fixtures/sweep-uniform-1-2.json', plots: { 'svg.verdict-grid': 1, 'svg.line-chart': 2 } },
  { kind: 'witness', file: 'proofs/depth16-width2.witness.json', plots: {} },
  { kind: 'witness', file: 'proofs/witnesses/minimal-width2-depth7.witness.json', plots: {} },
  { kind: 'flow', file: 'test/report/fixtures/flow-3333.json', plots: { 'svg.loss-curves': 1 } },
];

/** The attribute values of every element matching `tag.class` (a small, regex-based reader for our own SVG). */
export function elements(svg: string, cls: string): Record<string, string>[] {
  const re = new RegExp(`<(?:circle|rect|polygon|g)\\b([^>]*\\bclass="${cls}(?:\\s[^"]*)?"[^>]*)>`, 'g');
  return [...svg.matchAll(re)].map((m) => Object.fromEntries([...m[1].matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1], a[2]])));
}
