/**
 * Polynomial relations on the image of a parametrised map, found mod p and
 * proved exactly (issue #11, step 1).
 *
 * Given image coordinates y_1..y_m (keys), a sampler of image points mod p
 * and the exact images as polynomials over Q in the parameters:
 * 1. sample more image points mod p than there are monomials of degree ≤ D in
 *    y (graded, lowest degree first), and take the canonical kernel of the
 *    evaluation matrix ({@link kernelModP}) — kernel vectors are candidate
 *    relations, each of the degree of its free monomial;
 * 2. reconstruct rational coefficients (CRT over up to three primes, then
 *    rational reconstruction);
 * 3. {@link relationHolds} PROVES a candidate F by exact sparse expansion of
 *    F∘(images) over Q: it holds iff the expansion is the zero polynomial.
 * The affine Hilbert function h(d) = #monomials of degree ≤ d − #independent
 * relations of degree ≤ d is read off the same kernel (mod p: an upper bound
 * for the true value's complement only with the Monte-Carlo caveat; the
 * proved relations are exact).
 *
 * @example
 * ```ts
 * import { imageRelations, relationHolds, QQ, polynomialRing, polyVariable, polyMul, Rng } from 'deeplin';
 * // (s, t) ↦ (s², s t, t²): one quadric y0 y2 = y1²
 * const R = polynomialRing(QQ, ['s', 't']);
 * const [s, t] = [polyVariable(R, 's'), polyVariable(R, 't')];
 * const exact = new Map([['y0', polyMul(s, s)], ['y1', polyMul(s, t)], ['y2', polyMul(t, t)]]);
 * const sample = (p, rng) => { const [a, b] = [rng.int(0, p - 1), rng.int(0, p - 1)]; return new Map([['y0', (a * a) % p], ['y1', (a * b) % p], ['y2', (b * b) % p]]); };
 * const map = { coordinates: ['y0', 'y1', 'y2'], sample, exact: () => exact };
 * const r = imageRelations(map, 2, new Rng(1));
 * [r.hilbert, r.candidates.length, relationHolds(map, r.candidates[0])]; // [[1, 4, 9], 1, true]
 * ```
 */
import { type Polynomial, polyAdd, polyConstant, polyFromTerms, polyIsZero, polyMul, polyTerms } from '../algebra/polynomial';
import { polynomialRing, type PolynomialRing } from '../algebra/polynomialRing';
import { RAT_ZERO, type Rational } from '../algebra/rational';
import { QQ } from '../algebra/rationalField';
import type { Rng } from '../random';
import { type KernelVector, kernelModP, rationalKernel } from './modularKernel';
import { rationalReconstruction } from './rationalReconstruction';
import { spend, type WorkBudget } from './workBudget';

export interface ImageMap {
  /** Keys of the image coordinates (the relation's variables, in this order). */
  readonly coordinates: readonly string[];
  /** An image point mod p (uniformly random parameters), keyed by coordinate. */
  sample(p: number, rng: Rng): ReadonlyMap<string, number>;
  /** The exact images of (at least) the coordinates, as polynomials over Q in the parameters. */
  exact(): ReadonlyMap<string, Polynomial<Rational>>;
}

export interface ImageRelations {
  /** The ring of the relations: one variable per coordinate, named y0, y1, … in order. */
  readonly ring: PolynomialRing<Rational>;
  /** h(d) for d = 0..degree. */
  readonly hilbert: number[];
  /** Reconstructed candidates (lowest degree first), not yet proved. */
  readonly candidates: Polynomial<Rational>[];
}

/** Exponent vectors in m variables of total degree ≤ D, graded (degree 0 first), with a parent link for incremental evaluation. */
export function gradedMonomials(m: number, D: number): { exps: number[][]; parent: number[]; variable: number[]; degree: number[] } {
  const exps: number[][] = [new Array(m).fill(0)];
  const parent = [-1];
  const variable = [-1];
  const degree = [0];
  let layerStart = 0;
  for (let d = 1; d <= D; d++) {
    const layerEnd = exps.length;
    for (let k = layerStart; k < layerEnd; k++) {
      // multiply by variables ≥ the last variable used, so every monomial appears once
      const last = variable[k] < 0 ? 0 : variable[k];
      for (let j = last; j < m; j++) {
        const e = exps[k].slice();
        e[j]++;
        exps.push(e);
        parent.push(k);
        variable.push(j);
        degree.push(d);
      }
    }
    layerStart = layerEnd;
  }
  return { exps, parent, variable, degree };
}

/** Number of monomials of degree ≤ D in m variables: C(m + D, D). */
export function monomialCount(m: number, D: number): number {
  let c = 1;
  for (let k = 1; k <= D; k++) c = (c * (m + k)) / k;
  return Math.round(c);
}

export function imageRelations(
  map: ImageMap,
  degree: number,
  rng: Rng,
): ImageRelations {
  const m = map.coordinates.length;
  const ring = polynomialRing(QQ, map.coordinates.map((_, j) => `y${j}`));
  const mons = gradedMonomials(m, degree);
  const cols = mons.exps.length;
  const kernelFor = (p: number): KernelVector[] => {
    const rows: number[][] = [];
    for (let s = 0; s < cols + 8; s++) {
      const y = map.sample(p, rng);
      const ys = map.coordinates.map((k) => y.get(k) as number);
      const row = new Array<number>(cols);
      row[0] = 1;
      for (let c = 1; c < cols; c++) row[c] = (row[mons.parent[c]] * ys[mons.variable[c]]) % p;
      rows.push(row);
    }
    return kernelModP(rows, cols, p);
  };
  const kernel = rationalKernel(kernelFor, rationalReconstruction);
  const hilbert: number[] = [];
  for (let d = 0; d <= degree; d++) {
    const upTo = mons.degree.filter((x) => x <= d).length;
    hilbert.push(upTo - kernel.first.filter((v) => mons.degree[v.free] <= d).length);
  }
  const candidates: Polynomial<Rational>[] = [];
  for (const { free } of kernel.first) {
    const coefficients = kernel.vector(free);
    if (coefficients === undefined) continue;
    const terms = coefficients.flatMap((c, j) => (c.num === 0n ? [] : [[mons.exps[j], c] as const]));
    candidates.push(polyFromTerms(ring, terms));
  }
  return { ring, hilbert, candidates };
}

/**
 * Proves F∘(images) ≡ 0 exactly: substitutes the exact images of the
 * coordinates (polynomials over Q in the parameters) into F and expands, by
 * Horner's rule in one coordinate after another (F = Σ_e y_1^e F_e(y_2, …),
 * each F_e the same way), so partial sums share their products: a degree-4
 * relation of width 2 depth 6 takes 6e6 term products this way and 4.5e7
 * term by term. With a `budget`, every product a·b is charged |a|·|b| term
 * products first; when the budget is exceeded it gives up — returns false,
 * nothing proved — and {@link budgetExceeded} tells the caller why. The same
 * F, images and budget give the same answer on every machine.
 */
export function relationHolds(map: ImageMap, F: Polynomial<Rational>, budget?: WorkBudget): boolean {
  const ex = map.exact();
  const images = map.coordinates.map((k) => ex.get(k) as Polynomial<Rational>);
  const target = images[0].ring;
  const n = images.length;
  type Term = [number[], Rational];
  const horner = (terms: readonly Term[], j: number): Polynomial<Rational> | undefined => {
    if (j === n) return polyConstant(target, terms.reduce((s, [, c]) => QQ.add(s, c), RAT_ZERO));
    const byExponent = new Map<number, Term[]>();
    for (const t of terms) {
      const group = byExponent.get(t[0][j]);
      if (group) group.push(t);
      else byExponent.set(t[0][j], [t]);
    }
    const top = Math.max(...byExponent.keys());
    let acc = horner(byExponent.get(top) as Term[], j + 1);
    for (let e = top - 1; e >= 0 && acc !== undefined; e--) {
      if (budget !== undefined && !spend(budget, acc.terms.size * images[j].terms.size)) return undefined;
      acc = polyMul(acc, images[j]);
      const lower = byExponent.get(e);
      if (lower === undefined) continue;
      const rest = horner(lower, j + 1);
      acc = rest === undefined ? undefined : polyAdd(acc, rest);
    }
    return acc;
  };
  const terms = polyTerms(F);
  if (terms.length === 0) return true;
  const sum = horner(terms, 0);
  return sum !== undefined && polyIsZero(sum);
}
