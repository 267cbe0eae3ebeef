/**
 * A polynomial parametrisation ψ of the orbit closure of an exact point W
 * under G = Π GL(d_v) or under the stabiliser H of C = X Yᵀ (g_0 C = C g_N):
 *
 *   ψ(g) = (g_i W_i adj(g_{i−1}))_i = (det(g_{i−1}) · g_i W_i g_{i−1}^{-1})_i.
 *
 * Layerwise scalings preserve every "product vanishes" condition, so ψ stays
 * in A_H. For G, image ψ ⊇ G·W (so its closure is the component through W
 * when W lies in its dense orbit): given h in G, put g_0 = h_0 and
 * g_i = λ_i h_i with λ_i = λ_{i−1} / det(g_{i−1}) for i = 1..N (recursively;
 * λ_0 = 1, every det(g_{i−1}) ≠ 0). Then det(g_{i−1}) g_i W_i g_{i−1}^{-1}
 * = det(g_{i−1}) (λ_i / λ_{i−1}) h_i W_i h_{i−1}^{-1} = h_i W_i h_{i−1}^{-1}:
 * image ψ = G·W. For the stabiliser H, g_0 and g_N are tied (g_0 C = C g_N),
 * so these scalars cannot all be chosen: image ψ lies in the orbit T×H·W
 * of H and the layer scalings T but need not be dense in it, and bounds
 * proved on ψ bound the component only after {@link familyDensity}. The
 * parameters are the entries of g_v (G; and the middle vertices of H) and,
 * for H, the coordinates t_k of (g_0, g_N) = Σ t_k (x0_k, xN_k) in a basis of
 * the linear space {(x0, xN) : x0 C = C xN}. Everything is polynomial, so
 * uniformly random parameters mod p give Schwartz–Zippel bounds with the
 * degree of ψ, and F∘δ∘ψ ≡ 0 is a finite polynomial identity.
 *
 * @example
 * ```ts
 * import { orbitFamily, architecture, rational } from 'deeplin';
 * const one = [[rational(1)]];
 * const f = orbitFamily(architecture([1, 1, 1]), [one, one], 'G');
 * f.parameters; // ["g0_0_0","g1_0_0","g2_0_0"]
 * ```
 */
import type { Field } from '../algebra/field';
import type { Matrix } from '../algebra/matrix';
import { type Polynomial, polyAdd, polyConstant, polyMul, polyScale, polySub, polyVariable, polyZero } from '../algebra/polynomial';
import { polynomialRing, type PolynomialRing } from '../algebra/polynomialRing';
import { primeField } from '../algebra/primeField';
import { ratIsZero, type Rational } from '../algebra/rational';
import { QQ } from '../algebra/rationalField';
import type { Architecture } from '../model/architecture';
import { intertwinerBasis } from '../quiver/intertwinerBasis';
import type { Rng } from '../random';

/** Addition and multiplication: enough for determinants and adjugates over any commutative ring. */
export interface RingOps<T> {
  readonly zero: T;
  readonly one: T;
  add(a: T, b: T): T;
  sub(a: T, b: T): T;
  mul(a: T, b: T): T;
}

function determinant<T>(R: RingOps<T>, M: readonly (readonly T[])[]): T {
  const n = M.length;
  if (n === 0) return R.one;
  if (n === 1) return M[0][0];
  let acc = R.zero;
  for (let j = 0; j < n; j++) {
    const minor = M.slice(1).map((row) => row.filter((_, c) => c !== j));
    const term = R.mul(M[0][j], determinant(R, minor));
    acc = j % 2 === 0 ? R.add(acc, term) : R.sub(acc, term);
  }
  return acc;
}

/** adj(M)[i][j] = (−1)^{i+j} det(M without row j, column i): M adj(M) = det(M) I. */
export function adjugate<T>(R: RingOps<T>, M: readonly (readonly T[])[]): T[][] {
  const n = M.length;
  if (n === 1) return [[R.one]];
  return Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => {
      const minor = M.filter((_, r) => r !== j).map((row) => row.filter((_, c) => c !== i));
      const d = determinant(R, minor);
      return (i + j) % 2 === 0 ? d : R.sub(R.zero, d);
    }),
  );
}

export function ringMatMul<T>(R: RingOps<T>, A: readonly (readonly T[])[], B: readonly (readonly T[])[]): T[][] {
  return A.map((row) => B[0].map((_, c) => row.reduce((s, a, k) => R.add(s, R.mul(a, B[k][c])), R.zero)));
}

interface Constants<T> {
  readonly W: T[][][];
  readonly x0: T[][][];
  readonly xN: T[][][];
}

export interface OrbitFamily {
  readonly arch: Architecture;
  readonly point: readonly Matrix<Rational>[];
  readonly group: 'G' | 'stabilizer';
  readonly C?: Matrix<Rational>;
  /** For the stabiliser: the basis (x0_k, xN_k) of {(x0, xN) : x0 C = C xN} with (g_0, g_N) = Σ t_k (x0_k, xN_k); empty for G. */
  readonly boundaryBasis: readonly { readonly x0: Matrix<Rational>; readonly xN: Matrix<Rational> }[];
  /** Names of ψ's parameters. */
  readonly parameters: readonly string[];
  /** Degree of each entry of ψ in the parameters: max over layers of 1 + (d_{i−1} − 1). */
  readonly degree: number;
  /** ψ's layer i (1-based), g_i W_i adj(g_{i−1}), as polynomials over Q in the parameters. */
  layerPolynomials(i: number): Polynomial<Rational>[][];
  /** Exact δ coordinates Δ_i[r][c] (i 1-based, r ≤ c) of ψ for i in [first, last], as polynomials over Q in the parameters. */
  deltaPolynomials(first: number, last: number): Map<string, Polynomial<Rational>>;
  /** ψ at uniformly random parameters mod p (a point of the orbit closure over F_p). */
  sampleModP(p: number, rng: Rng): number[][][];
  /** ψ at random integer parameters in [−bound, bound], exactly over Q. */
  sampleExact(bound: number, rng: Rng): Matrix<Rational>[];
  /**
   * The Jacobian of δ∘ψ (coordinates Δ_1 … Δ_{N−1} in {@link deltaOfLayers}'
   * order, by parameter) at parameters g mod p, by forward differentiation
   * over F_p[ε]/(ε²): the same numbers as evaluating the partial derivatives
   * of {@link deltaPolynomials}, without expanding them (n cheap evaluations
   * of ψ and δ instead of m · n polynomials with hundreds of terms).
   */
  jacobianModP(p: number, g: readonly number[]): number[][];
}

/** Δ_i[r][c] = (W_{i+1}ᵀW_{i+1} − W_i W_iᵀ)[r][c] for i in [first, last], r ≤ c, from layers given over a ring (layer(i) = W_i). */
export function deltaOfLayers<T>(R: RingOps<T>, widths: readonly number[], layer: (i: number) => readonly (readonly T[])[], first: number, last: number): Map<string, T> {
  const out = new Map<string, T>();
  for (let i = first; i <= last; i++) {
    const A = layer(i + 1);
    const B = layer(i);
    for (let r = 0; r < widths[i]; r++) {
      for (let c = r; c < widths[i]; c++) {
        let s = R.zero;
        for (let k = 0; k < widths[i + 1]; k++) s = R.add(s, R.mul(A[k][r], A[k][c]));
        for (let k = 0; k < widths[i - 1]; k++) s = R.sub(s, R.mul(B[r][k], B[c][k]));
        out.set(deltaKey(i, r, c), s);
      }
    }
  }
  return out;
}

/** Key of the coordinate Δ_i[r][c]. */
export function deltaKey(i: number, r: number, c: number): string {
  return `${i},${r},${c}`;
}

export function orbitFamily(arch: Architecture, point: readonly Matrix<Rational>[], group: 'G' | 'stabilizer', C?: Matrix<Rational>): OrbitFamily {
  const d = arch.widths;
  const N = arch.depth;
  const basis = group === 'stabilizer' ? intertwinerBasis(QQ, C as Matrix<Rational>, C as Matrix<Rational>) : [];
  const names: string[] = [];
  const gaugeVars: (number[][] | null)[] = d.map((n, v) => {
    if (group === 'stabilizer' && (v === 0 || v === N)) return null;
    return Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => names.push(`g${v}_${r}_${c}`) - 1));
  });
  const tVars = basis.map((_, k) => names.push(`t${k}`) - 1);
  const ring = polynomialRing(QQ, names);
  const ops = (R: PolynomialRing<Rational>): RingOps<Polynomial<Rational>> => ({
    zero: polyZero(R), one: polyConstant(R, { num: 1n, den: 1n }), add: polyAdd, sub: polySub, mul: polyMul,
  });
  const P = ops(ring);
  const gaugePoly = (v: number): Polynomial<Rational>[][] => {
    const vars = gaugeVars[v];
    if (vars) return vars.map((row) => row.map((x) => polyVariable(ring, x)));
    const pick = (k: number): Matrix<Rational> => (v === 0 ? basis[k].x0 : basis[k].xN);
    return Array.from({ length: d[v] }, (_, r) =>
      Array.from({ length: d[v] }, (_, c) =>
        basis.reduce((s, _b, k) => (ratIsZero(pick(k)[r][c]) ? s : polyAdd(s, polyScale(pick(k)[r][c], polyVariable(ring, tVars[k])))), polyZero(ring)),
      ),
    );
  };
  const layers = new Map<number, Polynomial<Rational>[][]>();
  const W = (i: number): Polynomial<Rational>[][] => {
    if (!layers.has(i)) {
      const Wi = point[i - 1].map((row) => row.map((x) => (ratIsZero(x) ? P.zero : polyConstant(ring, x))));
      layers.set(i, ringMatMul(P, ringMatMul(P, gaugePoly(i), Wi), adjugate(P, gaugePoly(i - 1))));
    }
    return layers.get(i) as Polynomial<Rational>[][];
  };
  return {
    arch,
    point,
    group,
    C,
    boundaryBasis: basis,
    parameters: names,
    degree: Math.max(...d.slice(0, N).map((n) => n)),
    layerPolynomials: W,
    deltaPolynomials(first, last) {
      return deltaOfLayers(P, d, W, first, last);
    },
    sampleModP(p, rng) {
      return sampleOver(primeField(p), () => rng.int(0, p - 1));
    },
    sampleExact(bound, rng) {
      return sampleOver(QQ, () => ({ num: BigInt(rng.int(-bound, bound)), den: 1n }));
    },
    jacobianModP(p, g) {
      const F = primeField(p);
      // dual numbers a + bε over F_p: b carries the derivative along one parameter
      type Dual = readonly [number, number];
      const D: RingOps<Dual> = {
        zero: [0, 0], one: [1, 0],
        add: (x, y) => [F.add(x[0], y[0]), F.add(x[1], y[1])],
        sub: (x, y) => [F.sub(x[0], y[0]), F.sub(x[1], y[1])],
        mul: (x, y) => [F.mul(x[0], y[0]), F.add(F.mul(x[0], y[1]), F.mul(x[1], y[0]))],
      };
      const constants = constantsOver<Dual>(D, (x) => [F.fromRational(x), 0]);
      const columns = names.map((_, j) => {
        const layers = psiOver<Dual>(D, constants, g.map((x, k): Dual => [x, k === j ? 1 : 0]));
        return [...deltaOfLayers(D, d, (i) => layers[i - 1], 1, N - 1).values()].map((x) => x[1]);
      });
      return columns.length === 0 ? [] : columns[0].map((_, i) => columns.map((col) => col[i]));
    },
  };
  /** The point's layers and the boundary basis over a ring containing Q's image (converted once, not per evaluation). */
  function constantsOver<T>(R: RingOps<T>, fromQ: (x: Rational) => T): Constants<T> {
    const over = (M: Matrix<Rational>): T[][] => M.map((row) => row.map((x) => (ratIsZero(x) ? R.zero : fromQ(x))));
    return { W: point.map(over), x0: basis.map((b) => over(b.x0)), xN: basis.map((b) => over(b.xN)) };
  }
  /** ψ at the parameter values (in {@link OrbitFamily.parameters}' order) over a commutative ring containing Q's image. */
  function psiOver<T>(R: RingOps<T>, k: Constants<T>, values: readonly T[]): T[][][] {
    const g = d.map((n, v) => {
      const vars = gaugeVars[v];
      if (vars) return vars.map((row) => row.map((x) => values[x]));
      const pick = v === 0 ? k.x0 : k.xN;
      return Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => tVars.reduce((s, x, b) => R.add(s, R.mul(values[x], pick[b][r][c])), R.zero)));
    });
    return k.W.map((Wi, j) => ringMatMul(R, ringMatMul(R, g[j + 1], Wi), adjugate(R, g[j])));
  }
  /** ψ at random parameters: the boundary coordinates t are drawn first, then the gauge entries vertex by vertex (the order every seed relies on). */
  function sampleOver<T>(F: Field<T>, rand: () => T): T[][][] {
    const values = new Array<T>(names.length);
    for (const x of tVars) values[x] = rand();
    for (const vars of gaugeVars) if (vars) for (const row of vars) for (const x of row) values[x] = rand();
    return psiOver(F, constantsOver(F, (x) => F.fromRational(x)), values);
  }
}

/** Exact δ coordinates of a point over a field, keyed like {@link OrbitFamily.deltaPolynomials}. */
export function deltaAt<T>(field: Field<T>, point: readonly Matrix<T>[]): Map<string, T> {
  const out = new Map<string, T>();
  for (let i = 1; i < point.length; i++) {
    const A = point[i];
    const B = point[i - 1];
    for (let r = 0; r < B.length; r++) {
      for (let c = r; c < B.length; c++) {
        let s = field.zero;
        for (let k = 0; k < A.length; k++) s = field.add(s, field.mul(A[k][r], A[k][c]));
        for (let k = 0; k < B[0].length; k++) s = field.sub(s, field.mul(B[r][k], B[c][k]));
        out.set(deltaKey(i, r, c), s);
      }
    }
  }
  return out;
}

