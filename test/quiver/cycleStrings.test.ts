/**
 * String decompositions of the cyclic quiver 0 → 1 → ⋯ → N →C→ 0 (MATH §4,
 * data-dependent conditions): path ranks by string containment against the
 * matrices of the normal form and of random points with a prescribed C;
 * the enumerator against an independent brute force and against the
 * interval enumerator (C = 0); the sound degeneration moves against the
 * equioriented-quiver degeneration order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Matrix, matEq, matFromStrings, matMul, matTranspose } from '../../src/algebra/matrix';
import { rankOverQ } from '../../src/algebra/rankOverQ';
import type { Rational } from '../../src/algebra/rational';
import { QQ } from '../../src/algebra/rationalField';
import { ArgumentError } from '../../src/errors';
import { cycleDegenerates, cycleRankDominated, maximalCycleDecompositions } from '../../src/quiver/cycleDegeneration';
import { cycleNormalForm } from '../../src/quiver/cycleNormalForm';
import { cyclePoint } from '../../src/quiver/cyclePoint';
import {
  cycleDimensionVector, cyclePathRank, cycleProductRank, cycleRankOfC, cycleReach, cycleStringDecomposition, cycleStringsToString,
  type CycleStringDecomposition,
} from '../../src/quiver/cycleString';
import { degenerates } from '../../src/quiver/degenerationOrder';
import { enumerateCycleStrings } from '../../src/quiver/enumerateCycleStrings';
import { enumerateDecompositions } from '../../src/quiver/enumerateDecompositions';
import { decompositionToString, intervalDecomposition } from '../../src/quiver/intervalDecomposition';
import { arbSeed, Rng } from '../support/network';

/** The arrows of the cycle as matrices: arrows[v] maps vertex v to v+1 (W_{v+1}), arrows[N] is C. */
function arrowsOf(point: readonly Matrix<Rational>[], C: Matrix<Rational>): Matrix<Rational>[] {
  return [...point, C];
}

/** Rank over Q of the composite of `arrows` consecutive arrows from vertex `from`. */
function pathRankAt(arrows: readonly Matrix<Rational>[], from: number, length: number): number {
  const n = arrows.length;
  const dim = arrows[from][0].length;
  let P: Matrix<Rational> = Array.from({ length: dim }, (_, i) => Array.from({ length: dim }, (_, j) => (i === j ? QQ.one : QQ.zero)));
  for (let t = 0; t < length; t++) P = matMul(QQ, arrows[(from + t) % n], P);
  return rankOverQ(P);
}

/** Independent brute force: all multisets of strings (s, L), L ≤ Σd, with dimension vector d and rank C = r. */
function bruteForce(widths: readonly number[], r: number): string[] {
  const N = widths.length - 1;
  const total = widths.reduce((a, b) => a + b, 0);
  const types: [number, number][] = [];
  for (let s = 0; s <= N; s++) for (let L = 1; L <= total; L++) types.push([s, L]);
  const out: string[] = [];
  const chosen: [number, number][] = [];
  const rec = (i: number, size: number): void => {
    if (size > total) return;
    if (i === types.length) {
      const dec = cycleStringDecomposition(N, chosen);
      if (cycleDimensionVector(dec).join(',') === widths.join(',') && cycleRankOfC(dec) === r) out.push(cycleStringsToString(dec));
      return;
    }
    for (let m = 0; size + m * types[i][1] <= total; m++) {
      for (let c = 0; c < m; c++) chosen.push(types[i]);
      rec(i + 1, size + m * types[i][1]);
      for (let c = 0; c < m; c++) chosen.pop();
    }
  };
  rec(0, 0);
  return out.sort();
}

const arbSmallWidths = fc.array(fc.integer({ min: 1, max: 2 }), { minLength: 2, maxLength: 4 });

describe('cycle strings: path ranks by containment', () => {
  it('pins the depth-3 example: W_1 = W_2 = 0, rank W_3 = rank C = 1, C W_3 = 0', () => {
    const dec = cycleStringDecomposition(3, [[3, 2], [2, 2], [1, 1], [1, 1], [2, 1]]);
    expect(cycleDimensionVector(dec)).toEqual([1, 2, 2, 2]);
    expect([1, 2, 3].map((i) => cycleProductRank(dec, i, i))).toEqual([0, 0, 1]);
    expect(cycleRankOfC(dec)).toBe(1);
    expect(cyclePathRank(dec, 2, 2)).toBe(0);
    expect(cyclePathRank(dec, 2, 0)).toBe(2);
    // a long string visits a vertex several times and contributes to the rank once per visit
    const long = cycleStringDecomposition(1, [[1, 5]]); // walk 1,0,1,0,1
    expect(cycleDimensionVector(long)).toEqual([2, 3]);
    expect(cyclePathRank(long, 1, 1)).toBe(2);
    expect(cyclePathRank(long, 1, 3)).toBe(1);
    expect(cyclePathRank(long, 0, 3)).toBe(1);
    expect(cyclePathRank(long, 0, 4)).toBe(0);
  });

  it('equal the ranks of the path products of the normal form and of a random point with a prescribed C (both orders of the arrows)', () => {
    fc.assert(
      fc.property(arbSmallWidths, arbSeed, (ws, seed) => {
        const N = ws.length - 1;
        const all = [...enumerateCycleStrings(ws)];
        const rng = new Rng(seed);
        const dec = all[rng.int(0, all.length - 1)];
        const nf = cycleNormalForm(QQ, dec);
        const { point, C, X, Y } = cyclePoint(dec, rng);
        expect(matEq(QQ, matMul(QQ, X, matTranspose(Y)), C)).toBe(true);
        expect(rankOverQ(X)).toBe(ws[0]);
        for (const arrows of [arrowsOf(nf.point, nf.C), arrowsOf(point, C)]) {
          for (let from = 0; from <= N; from++) {
            for (let len = 0; len <= 2 * (N + 1) + 1; len++) expect(pathRankAt(arrows, from, len)).toBe(cyclePathRank(dec, from, len));
          }
        }
      }),
      { seed: 4101, numRuns: 60 },
    );
  });

  it('cycleReach: a path [u, a] has nonzero rank iff a <= reach[u] (long wrapping strings included)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 12 })), { minLength: 1, maxLength: 4 }), (N, raw) => {
        const dec = cycleStringDecomposition(N, raw.map(([s, L]) => [s % (N + 1), L]));
        const reach = cycleReach(dec);
        for (let u = 0; u <= N; u++) for (let a = 0; a <= 14; a++) expect(cyclePathRank(dec, u, a) > 0).toBe(a <= reach[u]);
      }),
      { seed: 4102, numRuns: 200 },
    );
  });

  it('refuses malformed input with the function name first', () => {
    expect(() => cycleStringDecomposition(0, [])).toThrow(/^cycleStringDecomposition: depth/);
    expect(() => cycleStringDecomposition(2, [[3, 1]])).toThrow(/^cycleStringDecomposition: strings\[0\]/);
    expect(() => cycleStringDecomposition(2, [[0, 0]])).toThrow(ArgumentError);
    const dec = cycleStringDecomposition(2, [[0, 3]]);
    expect(() => cyclePathRank(dec, 3, 1)).toThrow(/^cyclePathRank: from/);
    expect(() => cyclePathRank(dec, 0, -1)).toThrow(/^cyclePathRank: arrows/);
    expect(() => cycleProductRank(dec, 0, 1)).toThrow(/^cycleProductRank: a/);
  });
});

describe('enumerateCycleStrings', () => {
  it('equals an independent brute force over all multisets of strings (every C rank)', () => {
    for (const ws of [[1, 1], [2, 2], [1, 2], [2, 1], [2, 1, 2], [1, 2, 2], [2, 2, 1], [1, 1, 1, 1], [2, 1, 1, 2], [3, 2]]) {
      for (let r = 0; r <= Math.min(ws[0], ws[ws.length - 1]); r++) {
        const names = [...enumerateCycleStrings(ws, { cRank: r })].map(cycleStringsToString);
        expect(new Set(names).size, `${ws} r=${r}`).toBe(names.length);
        expect([...names].sort(), `${ws} r=${r}`).toEqual(bruteForce(ws, r));
      }
    }
  });

  it('with C = 0 lists exactly the interval decompositions of the line (enumerateDecompositions)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 2, maxLength: 5 }), (ws) => {
        const N = ws.length - 1;
        const strings = [...enumerateCycleStrings(ws, { cRank: 0 })].map((dec) => {
          const iv = intervalDecomposition(N, dec.strings.map((s) => [s.start, s.start + s.length - 1]));
          return decompositionToString(iv);
        });
        expect(strings.sort()).toEqual([...enumerateDecompositions(ws, [])].map(decompositionToString).sort());
      }),
      { seed: 4102, numRuns: 40 },
    );
  });

  it('respects forbidden paths and maxLength, and every result has the dimension vector and C rank asked for', () => {
    fc.assert(
      fc.property(arbSmallWidths, fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 6 }), (ws, from, arrows, maxLength) => {
        const N = ws.length - 1;
        const f = Math.min(from, N);
        const all = [...enumerateCycleStrings(ws)];
        const some = [...enumerateCycleStrings(ws, { forbidden: [[f, arrows]], maxLength })];
        const expected = all.filter((d) => cyclePathRank(d, f, arrows) === 0 && d.strings.every((s) => s.length <= maxLength));
        expect(some.map(cycleStringsToString).sort()).toEqual(expected.map(cycleStringsToString).sort());
        for (const d of all) {
          expect(cycleDimensionVector(d)).toEqual(ws);
          expect(cycleRankOfC(d)).toBe(Math.min(ws[0], ws[N]));
        }
      }),
      { seed: 4103, numRuns: 80 },
    );
  });

  it('refuses sizes that would explode, stating the estimate, and bad options', () => {
    expect(() => [...enumerateCycleStrings(new Array(12).fill(4))]).toThrow(/^enumerateCycleStrings: estimated number of string decompositions = .* is out of range \(allowed: at most options.limit/);
    expect(() => [...enumerateCycleStrings([2, 2, 2], { limit: 1 })]).toThrow(/^enumerateCycleStrings: estimated number/);
    expect(() => [...enumerateCycleStrings([2, 2], { cRank: 3 })]).toThrow(/^enumerateCycleStrings: options.cRank/);
    expect(() => [...enumerateCycleStrings([2, 2], { forbidden: [[5, 1]] })]).toThrow(/^enumerateCycleStrings: options.forbidden\[0\]/);
    expect(() => [...enumerateCycleStrings([2])]).toThrow(/^enumerateCycleStrings: widths/);
  });
});

describe('cycle degenerations (sound moves)', () => {
  const key = (d: CycleStringDecomposition): string => cycleStringsToString(d);

  it('imply rank dominance, and on the line (C = 0) agree with the equioriented degeneration order', () => {
    for (const ws of [[2, 2, 2], [1, 2, 2, 1], [2, 3, 2], [2, 2, 2, 2]]) {
      const N = ws.length - 1;
      const decs = [...enumerateCycleStrings(ws, { cRank: 0 })];
      const iv = decs.map((d) => intervalDecomposition(N, d.strings.map((s) => [s.start, s.start + s.length - 1])));
      decs.forEach((x, i) => decs.forEach((y, j) => {
        expect(cycleDegenerates(x, y), `${key(x)} <= ${key(y)}`).toBe(degenerates(iv[i], iv[j]));
      }));
    }
  });

  it('on nilpotent cycle representations with full-rank C: every rank-dominated pair is reached by moves (so maximal = rank-maximal here)', () => {
    let pairs = 0;
    for (const ws of [[2, 2], [3, 3], [2, 3], [3, 2], [2, 1, 2], [2, 2, 2]]) {
      const decs = [...enumerateCycleStrings(ws)];
      for (const x of decs) {
        for (const y of decs) {
          if (x === y) continue;
          const dom = cycleRankDominated(x, y);
          if (cycleDegenerates(x, y)) expect(dom).toBe(true);
          if (dom) {
            pairs++;
            expect(cycleDegenerates(x, y), `${key(x)} <= ${key(y)}`).toBe(true);
          }
        }
      }
      const max = maximalCycleDecompositions(decs);
      for (const x of decs) expect(max.some((y) => key(y) === key(x) || cycleDegenerates(x, y))).toBe(true);
    }
    expect(pairs).toBeGreaterThan(50);
  });

  it('pins the elementary move [1,0]+[1,0] < [1,0,1,0] (depth 1) and the normal form C of (2,2)', () => {
    const lower = cycleStringDecomposition(1, [[1, 2], [1, 2]]);
    const upper = cycleStringDecomposition(1, [[1, 4]]);
    expect(cycleDegenerates(lower, upper)).toBe(true);
    expect(cycleDegenerates(upper, lower)).toBe(false);
    const { point, C } = cycleNormalForm(QQ, upper);
    expect(point[0]).toEqual(matFromStrings(QQ, [['0', '0'], ['1', '0']]));
    expect(C).toEqual(matFromStrings(QQ, [['1', '0'], ['0', '1']]));
  });
});
