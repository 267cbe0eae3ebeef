import { readFileSync } from 'fs';
import { describe, expect, it } from 'vitest';
import { checkRelationCertificate } from '../../src/verify/relationCertificate';
import { architecture, uniformArchitecture } from '../../src/model/architecture';
import { checkWitness } from '../../src/witness/checkWitness';
import { genericDimension, determinantalBound } from '../../src/verify/genericDimension';
import { searchMinimalDepth } from '../../src/sweep/searchMinimalDepth';
import { searchProfiles } from '../../src/verify/searchProfiles';
import { verifyArchitecture } from '../../src/verify/verifyArchitecture';

describe('verifyArchitecture (data-independent part of A_H)', () => {
  it('width 2: depths 4..7 hold with restricted dimensions 5, 9, 13, 17 below G = 9, 12, 15, 18', () => {
    const rows = [4, 5, 6, 7].map((N) => {
      const r = verifyArchitecture(uniformArchitecture(N, 2), { seed: 2, coverage: 'data-independent' });
      expect(r.restrictedDimension.failureProbability).toBeLessThan(1e-9);
      return [N, r.verdict, r.restrictedDimension.upperBound, r.genericDimension.value, r.genericDimension.exact];
    });
    expect(rows).toEqual([[4, 'holds', 5, 9, true], [5, 'holds', 9, 12, true], [6, 'holds', 13, 15, true], [7, 'holds', 17, 18, true]]);
  });

  it('width 2, depth 8 fails, and the witness it returns checks independently', () => {
    const r = verifyArchitecture(uniformArchitecture(8, 2), { seed: 3, coverage: 'data-independent' });
    expect([r.verdict, r.coverage, r.restrictedDimension.lowerBound, r.genericDimension.value]).toEqual(['fails', 'data-independent', 21, 21]);
    expect(r.witness).not.toBeNull();
    expect(checkWitness(r.witness).ok).toBe(true);
  });

  it('depth 2: A_H is empty; depth 3: only W = 0', () => {
    const two = verifyArchitecture(architecture([3, 2, 1]));
    expect([two.verdict, two.hessianVarietyEmpty, two.orbitCount]).toEqual(['holds', true, 0]);
    const three = verifyArchitecture(uniformArchitecture(3, 2));
    expect([three.verdict, three.restrictedDimension.upperBound]).toEqual(['holds', 0]);
  });

  it('genericDimension pins the numbers of MATH §2 exactly, including the bottleneck (1,3,1)', () => {
    const cases: [number[], number][] = [[[2, 2, 2], 3], [[2, 3, 2], 6], [[1, 3, 1], 5], [[2, 3, 3, 2], 12], [[3, 4, 5, 2], 25]];
    for (const [w, G] of cases) expect([w, genericDimension(architecture(w)).value, genericDimension(architecture(w)).exact]).toEqual([w, G, true]);
    expect(determinantalBound(architecture([1, 3, 1]))).toBe(5);
  });

  it('searchMinimalDepth, data-independent part: width 1 never fails (trace lemma), width 2 first fails at depth 8', () => {
    const one = searchMinimalDepth(1, 9, { coverage: 'data-independent' });
    expect([one.minimalDepth, one.smallerDepthsHold]).toEqual([null, true]);
    const two = searchMinimalDepth(2, 10, { seed: 1, coverage: 'data-independent' });
    expect([two.minimalDepth, two.smallerDepthsHold, two.depths.length]).toEqual([8, true, 7]);
    expect(checkWitness(two.witness).ok).toBe(true);
  });

  it('searchMinimalDepth, all of A_H: width 2 first fails at depth 7, through a data-dependent orbit (stabiliser of C)', () => {
    const two = searchMinimalDepth(2, 9, { seed: 1 });
    expect([two.minimalDepth, two.smallerDepthsHold]).toEqual([7, true]);
    expect(two.depths.map((d) => d.coverage)).toEqual(new Array(6).fill('full'));
    expect(two.depths.map((d) => `${d.restrictedDimension}/${d.genericDimension}`)).toEqual(['0/3', '0/6', '5/9', '9/12', '14/15', '18/18']);
    expect(two.witness?.group).toBe('stabilizer');
    expect(checkWitness(two.witness).ok).toBe(true);
  });

  it('all of A_H: widths (1,1,2,2,1,2) fail already at depth 5', () => {
    const r = verifyArchitecture(architecture([1, 1, 2, 2, 1, 2]), { seed: 1 });
    expect([r.verdict, r.coverage, r.restrictedDimension.lowerBound, r.genericDimension.value]).toEqual(['fails', 'full', 8, 8]);
    expect(checkWitness(r.witness).ok).toBe(true);
  });

  it('certify: depth 4, width 2 holds EXACTLY (every component carries a proved trace relation), and the committed bundle checks', () => {
    const r = verifyArchitecture(uniformArchitecture(4, 2), { seed: 1, certify: true, coverage: 'data-independent' });
    expect([r.verdict, r.orbitCount, r.exactComponents]).toEqual(['holds', 7, 7]);
    expect(r.explanation).toMatch(/^EXACT/);
    const bundle = JSON.parse(readFileSync('proofs/certificates/depth4-width2.evidence.json', 'utf8'));
    expect([bundle.kind, bundle.exactComponents, bundle.components.length]).toEqual(['deeplin/verify-evidence', 7, 7]);
    for (const c of bundle.components) for (const cert of c.certificates) expect(checkRelationCertificate(cert).ok).toBe(true);
  });

  it('certify: width 2, depth 5 mixes exact and Monte-Carlo bounds and says so', () => {
    const r = verifyArchitecture(uniformArchitecture(5, 2), { seed: 1, certify: true, coverage: 'data-independent' });
    expect(r.verdict).toBe('holds');
    expect(r.exactComponents).toBeGreaterThan(0);
    expect(r.exactComponents).toBeLessThan(r.orbitCount);
    expect(r.explanation).toMatch(/exact by proved linear relations, \d+ Monte-Carlo/);
  });

  it('searchProfiles: fast-check finds a failing profile of depth 5 or 6 with widths <= 2 and shrinks it; the witness checks', () => {
    const r = searchProfiles({ minDepth: 5, maxDepth: 6, maxWidth: 2, runs: 40, seed: 3 });
    expect(r.status).toBe('found');
    if (r.status !== 'found') return;
    expect(r.widths.length - 1).toBeLessThanOrEqual(6);
    expect(verifyArchitecture(architecture(r.widths)).verdict).toBe('fails');
    expect(checkWitness(r.witness).ok).toBe(true);
  });

  it('data-independent part: non-uniform widths fail one depth earlier: (1,1,2,2,1,2,2,1) at depth 7', () => {
    const r = verifyArchitecture(architecture([1, 1, 2, 2, 1, 2, 2, 1]), { seed: 1, coverage: 'data-independent' });
    expect([r.verdict, r.restrictedDimension.lowerBound, r.genericDimension.value, r.genericDimension.exact]).toEqual(['fails', r.genericDimension.value, r.genericDimension.value, true]);
    expect(checkWitness(r.witness).ok).toBe(true);
  });
});
