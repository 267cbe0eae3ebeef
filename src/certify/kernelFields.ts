/**
 * An exact upper bound for dim cl δ(orbit family) from the source side:
 * kernel vector fields (issue #11, the dual of {@link certifyOrbit}'s
 * relations).
 *
 * Let P(g) = δ(ψ(g)) for the polynomial orbit family ψ ({@link orbitFamily},
 * n parameters g) and J(g) = dP(g), an m × n matrix of polynomials. Polynomial
 * vectors v_1(g) … v_k(g) with J(g)·v_j(g) ≡ 0 (an identity of polynomials)
 * that are linearly independent at one exact parameter point g⁰ stay
 * independent on a dense open set, so the generic rank of J — which is
 * dim cl δ(ψ(parameters)) in characteristic 0 — is at most n − k.
 *
 * The fields are found by interpolation mod p, first with the block ansatz
 * (the entry at a parameter of vertex v linear in v's own parameters:
 * n · (d_v² + 1) unknowns; it holds ψ's fibres g_v ↦ g_v ξ_v, the boundary
 * orthogonal groups and the scalings, and already reaches the lower bound on
 * width-3 orbits of G, 37 fields in 5 s where relations took 280 s), then,
 * where that stops short, with all fields of degree ≤ 1: n · (n + 1) unknown
 * coefficients; every random parameter point g_s gives
 * r = rank J linear equations (random combinations of the rows of J(g_s),
 * computed by dual numbers ({@link OrbitFamily.jacobianModP}), times the
 * monomials at g_s), points are drawn until three in a row add no equation
 * ({@link modularEchelon}; a fixed count of unknowns + 8 rows left the rank
 * short and the kernel with spurious vectors that reconstruct over no number
 * of primes: 20 fields instead of 23 on a width-3 depth-5 stabiliser orbit),
 * and the canonical kernel of the system lists candidate fields. Those that raise the rank of
 * the chosen fields at g⁰ mod p are reconstructed over Q
 * ({@link rationalKernel}), PROVED by expanding Σ_j ∂_j P_i · v_j exactly for
 * every coordinate i, and kept when they raise the exact rank at g⁰. Fields
 * of degree 1 contain the fibres of ψ (right multiplication by the
 * stabiliser of W up to layer scalings) and the boundary orthogonal groups
 * (δ is invariant under W_1 ↦ W_1 Q_0, W_N ↦ Q_N W_N with Q orthogonal).
 * A field along ψ's fibres (dψ·v ≡ 0) is proved on ψ's entries, of half
 * the degree (d(δ∘ψ) = dδ(ψ)·dψ); the others on δ∘ψ itself.
 * Measured: on width-3 depth-5 orbits of the stabiliser H of C they give
 * exactly ψ's fibres (23 fields of 45 parameters), 3 short of the rank; the
 * full degree-1 ansatz (2070 unknowns, 17 s) adds none, so the rest of δ's
 * fibre is not linear in g and those components rely on relations.
 */
import { type Polynomial, polyAdd, polyEvaluate, polyFromTerms, polyIsZero, polyMul, polyPartial, polyZero } from '../algebra/polynomial';
import { polynomialRing } from '../algebra/polynomialRing';
import { primeField } from '../algebra/primeField';
import { rank } from '../algebra/rank';
import { rankOverQ } from '../algebra/rankOverQ';
import { rational, ratToString, type Rational } from '../algebra/rational';
import { Rng } from '../random';
import { gradedMonomials } from './imageRelations';
import { KERNEL_PRIMES, type KernelVector, modularEchelon, rationalKernel } from './modularKernel';
import type { OrbitFamily } from './orbitFamily';
import { rationalReconstruction } from './rationalReconstruction';

/** A polynomial in ψ's parameters: terms [coefficient "p/q", [[parameter index (0-based), exponent], …]]. */
export type ParameterPolynomial = [string, [number, number][]][];

export interface KernelFieldBound {
  /** ψ's parameters, in order (g{v}_{r}_{c} row-major per vertex, then t{k} for the stabiliser's boundary). */
  readonly parameters: readonly string[];
  /** The exact parameter point g⁰ where the fields are linearly independent. */
  readonly at: readonly Rational[];
  /** Each field: one polynomial per parameter. */
  readonly fields: ParameterPolynomial[][];
  /** Proved: n − (number of fields). */
  readonly upperBound: number;
  /** Why the bound does not reach the target, when it does not. */
  readonly reason: string;
}

export interface KernelFieldOptions {
  readonly seed?: number;
  /** Stop once n − (fields) ≤ target (default 0). */
  readonly target?: number;
  /** Largest number of unknown coefficients n · (n + 1) tried (default 1200). */
  readonly maxUnknowns?: number;
}

export function kernelFieldBound(family: OrbitFamily, options: KernelFieldOptions = {}): KernelFieldBound {
  const rng = new Rng(options.seed ?? 1);
  const names = family.parameters;
  const n = names.length;
  const target = options.target ?? 0;
  const maxUnknowns = options.maxUnknowns ?? 1200;
  const P = [...family.deltaPolynomials(1, family.arch.depth - 1).values()];
  const m = P.length;
  let deltaPartials: Polynomial<Rational>[][] | undefined;
  const partials = (): Polynomial<Rational>[][] => (deltaPartials ??= P.map((Pi) => names.map((_, j) => polyPartial(Pi, j))));
  const psiPartials = family.point.flatMap((_, i) => family.layerPolynomials(i + 1).flat()).map((e) => names.map((_, j) => polyPartial(e, j)));
  const at = names.map(() => rational(rng.int(-3, 3)));
  const fields: ParameterPolynomial[][] = [];
  const values: Rational[][] = [];
  const result = (reason: string): KernelFieldBound => ({ parameters: names, at, fields, upperBound: n - fields.length, reason: n - fields.length <= target ? '' : reason });
  if (n <= target || m === 0) return result('');
  const p0 = KERNEL_PRIMES[0];
  const F0 = primeField(p0);
  const ring = polynomialRing(P[0].ring.field, [...names]);
  const modValues: number[][] = [];
  /**
   * Fields supported on the parameters `support` whose entry at parameter j is
   * a polynomial of degree ≤ `degree` in the parameters `argsOf(j)` (all of
   * them: the full linear ansatz; those of j's own vertex: the block ansatz).
   */
  const search = (support: readonly number[], argsOf: (j: number) => readonly number[], degree: number): void => {
    const blocks = support.map((j) => {
      const args = argsOf(j);
      return { args, mons: gradedMonomials(args.length, degree) };
    });
    const offsets: number[] = [];
    let unknowns = 0;
    for (const b of blocks) (offsets.push(unknowns), (unknowns += b.mons.exps.length));
    const monomialsAt = (g: readonly number[], p: number): number[][] =>
      blocks.map(({ args, mons }) => {
        const out = new Array<number>(mons.exps.length);
        out[0] = 1;
        for (let c = 1; c < out.length; c++) out[c] = (out[mons.parent[c]] * g[args[mons.variable[c]]]) % p;
        return out;
      });
    const kernelFor = (p: number): KernelVector[] => {
      const F = primeField(p);
      const sample = (): { g: number[]; Jg: number[][] } => {
        const g = names.map(() => rng.int(0, p - 1));
        return { g, Jg: family.jacobianModP(p, g).map((row) => support.map((j) => row[j])) };
      };
      const r = Math.max(rank(F, sample().Jg), rank(F, sample().Jg));
      if (r === 0) return modularEchelon(unknowns, p).kernel();
      // sample points until three in a row add no equation: the rows of one point are correlated, and a
      // fixed count (unknowns + 8 rows) left the rank short and the kernel with spurious vectors that
      // reconstruct over no number of primes (width 3, depth 5: 20 fields found instead of 23)
      const system = modularEchelon(unknowns, p);
      let offered = 0;
      for (let idle = 0; idle < 3 && system.rank < unknowns && offered < 4 * unknowns + 64; ) {
        const { g, Jg } = sample();
        const mon = monomialsAt(g, p);
        let raised = false;
        for (let q = 0; q < r; q++) {
          const c = P.map(() => rng.int(1, p - 1));
          const row = new Array<number>(unknowns);
          support.forEach((_, s) => {
            let cs = 0;
            for (let i = 0; i < m; i++) if (Jg[i][s] !== 0) cs = (cs + ((c[i] * Jg[i][s]) % p)) % p;
            mon[s].forEach((x, k) => (row[offsets[s] + k] = (cs * x) % p));
          });
          raised = system.add(row) || raised;
          offered++;
        }
        idle = raised ? 0 : idle + 1;
      }
      return system.kernel();
    };
    const kernel = rationalKernel(kernelFor, rationalReconstruction);
    const mon0 = monomialsAt(at.map((x) => F0.fromRational(x)), p0);
    const position = new Map(support.map((j, s) => [j, s]));
    const slice = <T>(vector: readonly T[], s: number): readonly T[] => vector.slice(offsets[s], offsets[s] + blocks[s].mons.exps.length);
    for (const { free, vector } of kernel.first) {
      if (n - fields.length <= target) break;
      const valueModP = names.map((_, j) => {
        const s = position.get(j);
        return s === undefined ? 0 : slice(vector, s).reduce((acc, x, k) => (acc + ((x * mon0[s][k]) % p0)) % p0, 0);
      });
      if (rank(F0, [...modValues, valueModP]) <= modValues.length) continue;
      const coefficients = kernel.vector(free);
      if (coefficients === undefined) continue;
      const v = names.map((_, j) => {
        const s = position.get(j);
        if (s === undefined) return polyZero(ring);
        const { args, mons } = blocks[s];
        return polyFromTerms(ring, slice(coefficients, s).flatMap((x, k) => {
          if (x.num === 0n) return [];
          const e = new Array<number>(n).fill(0);
          mons.exps[k].forEach((ek, a) => (e[args[a]] = ek));
          return [[e, x] as const];
        }));
      });
      if (!isKernelField(psiPartials, partials, v)) continue;
      const value = v.map((q) => polyEvaluate(q, at));
      if (rankOverQ([...values, value]) <= values.length) continue;
      values.push(value);
      modValues.push(valueModP);
      fields.push(v.map(toParameterPolynomial));
    }
  };
  const all = names.map((_, j) => j);
  // the block ansatz first: each entry linear in its own vertex's parameters (ψ's fibres g_v ↦ g_v ξ_v, the
  // boundary orthogonal groups g_0 ↦ Q g_0, the scalings) — n · (block size + 1) unknowns instead of n · (n + 1)
  const blockOf = names.map((name) => (name.startsWith('t') ? 't' : name.slice(0, name.indexOf('_'))));
  const sameBlock = names.map((_, j) => all.filter((k) => blockOf[k] === blockOf[j]));
  const blockUnknowns = sameBlock.reduce((s, b) => s + b.length + 1, 0);
  if (blockUnknowns <= maxUnknowns) search(all, (j) => sameBlock[j], 1);
  if (n - fields.length <= target) return result('');
  if (n * (n + 1) > maxUnknowns) return result(`kernel fields of degree 1: ${fields.length} proved (each linear in its vertex's parameters), ${n - target} needed; all of degree 1 need ${n * (n + 1)} unknowns > ${maxUnknowns}`);
  search(all, () => all, 1);
  return result(`kernel fields of degree 1: ${fields.length} proved, ${n - target} needed`);
}

/**
 * Σ_j ∂_j P_i · v_j ≡ 0 for every coordinate i, by exact expansion over Q —
 * first on ψ's entries (chain rule: d(δ∘ψ)·v = dδ(ψ)·(dψ·v), so a field along
 * ψ's fibres is a kernel field; ψ has half δ∘ψ's degree), then on δ∘ψ itself.
 */
function isKernelField(psiPartials: readonly Polynomial<Rational>[][], partials: () => readonly Polynomial<Rational>[][], v: readonly Polynomial<Rational>[]): boolean {
  if (v.every(polyIsZero)) return false;
  const annihilates = (rows: readonly Polynomial<Rational>[][]): boolean =>
    rows.every((row) => polyIsZero(row.reduce((s, q, j) => (polyIsZero(q) || polyIsZero(v[j]) ? s : polyAdd(s, polyMul(q, v[j]))), polyZero(row[0].ring))));
  return annihilates(psiPartials) || annihilates(partials());
}

function toParameterPolynomial(q: Polynomial<Rational>): ParameterPolynomial {
  return [...q.terms.entries()].map(([key, c]) => {
    const factors: [number, number][] = [];
    for (let j = 0; j < key.length; j++) if (key.charCodeAt(j) !== 0) factors.push([j, key.charCodeAt(j)]);
    return [ratToString(c), factors];
  });
}
