/**
 * Fundamental circuits of the rows of a Jacobian mod p: where to look for
 * relations with few coordinates.
 *
 * For the image V of a polynomial map, a set S of coordinates is
 * algebraically dependent on V iff the rows of the Jacobian indexed by S are
 * linearly dependent at a generic point (the Jacobian criterion, char 0);
 * a minimal dependent set (a circuit) carries an irreducible relation in
 * exactly its coordinates. Taking a greedy basis B of the rows, every other
 * row j lies in a unique circuit {j} ∪ supp(c), r_j = Σ_{b ∈ B} c_b r_b.
 * Searching relations in a circuit's coordinates instead of a whole window
 * keeps the interpolation small (12 coordinates at degree 4 are 1820
 * monomials; a circuit of 8 is 495). This only guides the search — every
 * relation found is still proved exactly — so the point need not be generic.
 *
 * Internal (certifyOrbit uses it); see test/certify/jacobianCircuits.test.ts.
 */
import { primeField } from '../algebra/primeField';
import { nullspace } from '../algebra/nullspace';
import { rank } from '../algebra/rank';

/** The fundamental circuits (row indices, ascending) of `rows` (entries mod p) for the greedy basis in row order, smallest first. */
export function fundamentalCircuits(rows: readonly (readonly number[])[], p: number): number[][] {
  const F = primeField(p);
  const basis: number[] = [];
  const others: number[] = [];
  rows.forEach((_, j) => {
    if (rank(F, [...basis, j].map((k) => [...rows[k]])) > basis.length) basis.push(j);
    else others.push(j);
  });
  const circuits = others.map((j) => {
    // a left-kernel vector of [B; r_j]: its last entry is nonzero (B is independent)
    const M = [...basis, j].map((k) => rows[k]);
    const cols = M.length;
    const transposed = (rows[0] ?? []).map((_, c) => M.map((row) => row[c]));
    const kernel = nullspace(F, transposed, cols)[0];
    return [...basis.filter((_, q) => kernel[q] !== F.zero), j].sort((x, y) => x - y);
  });
  return circuits.sort((x, y) => x.length - y.length || x[0] - y[0]);
}
