/**
 * Oracle: per-orbit image dimensions of δ against Macaulay2.
 *
 * For every architecture of depth N ∈ {2, 3, 4} with all widths d_i ∈ {1, 2}
 * (56 profiles) and every G-orbit (interval decomposition) in the
 * data-independent part of A_H, deeplin's `deltaImageDimension(arch, { orbit, seed }).exact.rank`
 * (rank mod p of dδ∘T at a random orbit point) must equal the dimension
 * Macaulay2 computes from the orbit's PARAMETRIZATION g ↦ δ(g_i W⁰_i adj(g_{i−1}))
 * — no tangent map involved — both as the exact rank over QQ of its Jacobian
 * at a random integer point and as `numericalImageDim` (NumericalImplicitization).
 * M2 also checks that deeplin's normal form W⁰ lies in the orbit (product ranks).
 * Likewise the generic rank of δ on the whole space, for every profile.
 * (N = 2 has no orbit in A_H^indep; its profiles enter through the generic rank.)
 *
 * One M2 process evaluates everything. Fails (never skips) when M2 is missing.
 */
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { beforeAll, describe, expect, it } from 'vitest';
import { matToStrings } from '../../src/algebra/matrix';
import { QQ } from '../../src/algebra/rationalField';
import { deltaImageDimension } from '../../src/dimension/deltaImageDimension';
import { architecture } from '../../src/model/architecture';
import { decompositionInHessianVariety } from '../../src/quiver/decompositionInHessianVariety';
import { enumerateDecompositions } from '../../src/quiver/enumerateDecompositions';
import { decompositionToString, intervalDecomposition, type IntervalDecomposition } from '../../src/quiver/intervalDecomposition';
import { normalForm } from '../../src/quiver/normalForm';
import { m2Found, runOrbitBatch, type M2BatchRun, type M2Item } from './support/orbitImageDimensionM2';

/** deeplin's point for item k is drawn with seed DEEPLIN_SEED + k; M2 runs setRandomSeed M2_SEED. */
const DEEPLIN_SEED = 20_250_601;
const M2_SEED = 424_242;
const MAX_DEPTH = 4;
const M2_MISSING = 'Macaulay2 (M2) must be installed for the oracle tests: apt-get install -y macaulay2';

interface Case {
  readonly id: string;
  readonly widths: number[];
  /** null for the whole parameter space */
  readonly orbit: IntervalDecomposition | null;
  readonly seed: number;
  readonly deeplin: number;
  readonly deeplinStatus: string;
}

function label(c: Case): string {
  return `widths (${c.widths.join(',')}) ${c.orbit ? `orbit ${decompositionToString(c.orbit)}` : 'whole parameter space'} [deeplin seed ${c.seed}]`;
}

/** All width profiles in {1,2}^{N+1}, N = 2..MAX_DEPTH; for each the generic case and its A_H^indep orbits. */
function buildCases(): Case[] {
  const cases: Case[] = [];
  let k = 0;
  for (let N = 2; N <= MAX_DEPTH; N++) {
    for (let mask = 0; mask < 2 ** (N + 1); mask++) {
      const widths = Array.from({ length: N + 1 }, (_, i) => ((mask >> i) & 1) + 1);
      const arch = architecture(widths);
      const seed = DEEPLIN_SEED + k;
      const g = deltaImageDimension(arch, { seed });
      cases.push({ id: `g${k++}`, widths, orbit: null, seed, deeplin: g.exact.rank, deeplinStatus: g.status });
      for (const dec of enumerateDecompositions(widths, [])) {
        if (!decompositionInHessianVariety(dec).holds) continue;
        const s = DEEPLIN_SEED + k;
        const r = deltaImageDimension(arch, { orbit: dec, seed: s });
        cases.push({ id: `o${k++}`, widths, orbit: dec, seed: s, deeplin: r.exact.rank, deeplinStatus: r.status });
      }
    }
  }
  return cases;
}

function toItem(c: Case): M2Item {
  if (!c.orbit) return { kind: 'generic', id: c.id, widths: c.widths };
  return {
    kind: 'orbit',
    id: c.id,
    widths: c.widths,
    intervals: c.orbit.intervals,
    normalForm: normalForm(QQ, c.orbit).map((W) => matToStrings(QQ, W)),
  };
}

/** Hand-computed anchors (see macaulay2Witness.oracle.test.ts): depth 4, widths 2, W_1 = W_4 = 0, W_3W_2 = 0 → 5. */
const ANCHOR = intervalDecomposition(4, [[0, 0], [0, 0], [1, 1], [1, 2], [2, 3], [3, 3], [4, 4], [4, 4]]);
/** Negative control: the intervals of ANCHOR with the normal form of a different orbit (W = 0). */
const WRONG_W0 = intervalDecomposition(4, [[0, 0], [0, 0], [1, 1], [1, 1], [2, 2], [2, 2], [3, 3], [3, 3], [4, 4], [4, 4]]);

describe('per-orbit image dimension of δ: deeplin vs Macaulay2 (parametrization, exact and numericalImageDim)', () => {
  let cases: Case[] = [];
  let run: M2BatchRun | null = null;
  let deeplinSeconds = 0;

  beforeAll(() => {
    const t0 = Date.now();
    cases = buildCases();
    deeplinSeconds = (Date.now() - t0) / 1000;
    if (!m2Found()) return;
    const items: M2Item[] = [
      ...cases.map(toItem),
      { kind: 'orbit', id: 'control-wrong-W0', widths: [2, 2, 2, 2, 2], intervals: ANCHOR.intervals, normalForm: normalForm(QQ, WRONG_W0).map((W) => matToStrings(QQ, W)) },
    ];
    run = runOrbitBatch(join(mkdtempSync(join(tmpdir(), 'deeplin-orbit-dim-')), 'batch.m2'), items, 'both', M2_SEED);
    const orbits = cases.filter((c) => c.orbit).length;
    console.log(`orbit image dimensions: ${orbits} orbits + ${cases.length - orbits} profiles; deeplin ${deeplinSeconds.toFixed(2)} s ` +
      `(seeds ${DEEPLIN_SEED}..${DEEPLIN_SEED + cases.length - 1}), one M2 process ${run.wallSeconds.toFixed(2)} s wall ` +
      `(${run.m2Seconds ?? '?'} s inside M2, setRandomSeed ${M2_SEED})`);
  });

  it('Macaulay2 is installed (fails, never skips, without it) and the batch ran to the end', () => {
    expect(m2Found(), M2_MISSING).toBe(true);
    expect(run, M2_MISSING).not.toBeNull();
    const r = run as M2BatchRun;
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(`DONE ${cases.length + 1} `);
  });

  it('covers every A_H^indep orbit of depth ≤ 4, widths in {1,2}: 256 orbits (16 at N = 3, 240 at N = 4) and 56 profiles', () => {
    const orbits = cases.filter((c) => c.orbit);
    expect(orbits.length).toBe(256);
    expect(orbits.filter((c) => c.widths.length === 5).length).toBe(240);
    expect(orbits.filter((c) => c.widths.length === 4).length).toBe(16);
    expect(orbits.filter((c) => c.widths.length === 3).length).toBe(0); // N = 2: A_H^indep is empty
    expect(cases.length - orbits.length).toBe(8 + 16 + 32);
    expect(cases.some((c) => c.orbit && decompositionToString(c.orbit) === decompositionToString(ANCHOR))).toBe(true);
    // not a degenerate comparison: at N = 4 the orbit dimensions take every value 0..5 (N = 3: all orbits are W = 0)
    expect([...new Set(orbits.filter((c) => c.widths.length === 5).map((c) => c.deeplin))].sort()).toEqual([0, 1, 2, 3, 4, 5]);
    expect(orbits.filter((c) => c.widths.length === 4).every((c) => c.deeplin === 0)).toBe(true);
  });

  it('every orbit: deeplin exact rank = M2 exact Jacobian rank = M2 numericalImageDim, and W⁰ lies in the orbit', () => {
    expect(run, M2_MISSING).not.toBeNull();
    const r = run as M2BatchRun;
    const mismatches: string[] = [];
    for (const c of cases.filter((x) => x.orbit)) {
      const m = r.results.get(c.id);
      if (!m) mismatches.push(`${label(c)}: no M2 line`);
      else if (!m.orbitRanksOk) mismatches.push(`${label(c)}: M2 finds deeplin's normal form outside the orbit`);
      else if (m.exact !== c.deeplin || m.numeric !== c.deeplin) {
        mismatches.push(`${label(c)}: deeplin ${c.deeplin} (${c.deeplinStatus}), M2 exact ${m.exact}, M2 numericalImageDim ${m.numeric}`);
      }
    }
    expect(mismatches, mismatches.join('\n')).toEqual([]);
  });

  it('every profile: generic rank of δ, deeplin = M2 exact Jacobian rank = M2 numericalImageDim', () => {
    expect(run, M2_MISSING).not.toBeNull();
    const r = run as M2BatchRun;
    const mismatches: string[] = [];
    for (const c of cases.filter((x) => !x.orbit)) {
      const m = r.results.get(c.id);
      if (!m) mismatches.push(`${label(c)}: no M2 line`);
      else if (m.exact !== c.deeplin || m.numeric !== c.deeplin) {
        mismatches.push(`${label(c)}: deeplin ${c.deeplin} (${c.deeplinStatus}), M2 exact ${m.exact}, M2 numericalImageDim ${m.numeric}`);
      }
    }
    expect(mismatches, mismatches.join('\n')).toEqual([]);
    expect(cases.filter((c) => !c.orbit && c.deeplinStatus === 'disagree').map(label)).toEqual([]);
  });

  it('anchors: the hand-computed depth-4 orbit has dimension 5 and (2,2,2) has generic rank 3 (MATH §2), on both sides', () => {
    const anchor = cases.find((c) => c.orbit && decompositionToString(c.orbit) === decompositionToString(ANCHOR)) as Case;
    const g222 = cases.find((c) => !c.orbit && c.widths.join(',') === '2,2,2') as Case;
    expect([anchor.deeplin, g222.deeplin]).toEqual([5, 3]);
    expect(run, M2_MISSING).not.toBeNull();
    const r = run as M2BatchRun;
    expect([r.results.get(anchor.id)?.exact, r.results.get(anchor.id)?.numeric]).toEqual([5, 5]);
    expect([r.results.get(g222.id)?.exact, r.results.get(g222.id)?.numeric]).toEqual([3, 3]);
  });

  it('negative control: a normal form from another orbit is caught by M2\'s product-rank check', () => {
    expect(run, M2_MISSING).not.toBeNull();
    const m = (run as M2BatchRun).results.get('control-wrong-W0');
    expect(m?.orbitRanksOk).toBe(false);
    expect([m?.exact, m?.numeric]).toEqual([0, 0]); // W⁰ = 0: δ ≡ 0 on its orbit
  });
});
