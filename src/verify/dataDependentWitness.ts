/**
 * An exact witness on a data-dependent orbit that reached the generic
 * dimension: built at an EXACT rational point of the orbit closure — the
 * orbit's base point W⁰ (small integers, {@link orbitFamilyAt}), else ψ̃ at
 * small integer parameters drawn from the stream ('data-dependent-witness', k)
 * — whose rank mod p reaches G, and kept only when {@link checkWitness}
 * accepts it (the witness claims are re-derived exactly over Q).
 */
import type { Matrix } from '../algebra/matrix';
import { ratToString, type Rational } from '../algebra/rational';
import { type Architecture, deltaCodomainDimension } from '../model/architecture';
import type { CyclePoint } from '../quiver/cyclePoint';
import type { CycleStringDecomposition } from '../quiver/cycleString';
import { streamRng } from '../random';
import { checkWitness } from '../witness/checkWitness';
import { WITNESS_KIND, type WitnessJson } from '../witness/witnessFormat';
import { dataDependentLabel, orbitFamilyAt } from './dataDependentOrbit';
import type { GenericDimension } from './genericDimension';
import { exactStabilizerRank, sampleStabilizerFamilyExact } from './stabilizerRank';

/** Exact points tried for a witness: W⁰, then ψ̃ at integer parameters of growing size. */
const WITNESS_ATTEMPTS: readonly number[] = [...Array(10).fill(3), ...Array(10).fill(20), ...Array(5).fill(1000)];

/**
 * A checked witness on orbit `index` reaching the generic dimension G (call
 * when its evaluation did): the first exact point among W⁰ and ψ̃ at seeded
 * small integer parameters whose rank mod primes[0] reaches G and whose
 * witness checks; null when none does.
 */
export function dataDependentWitness(
  arch: Architecture,
  orbit: CycleStringDecomposition,
  index: number,
  C: Matrix<Rational>,
  seed: number,
  primes: readonly number[],
  G: GenericDimension,
): WitnessJson | null {
  const { f } = orbitFamilyAt(arch, orbit, index, C, seed);
  const rng = streamRng(seed, 'data-dependent-witness', index);
  const label = dataDependentLabel(orbit);
  const tryPoint = (point: readonly Matrix<Rational>[]): WitnessJson | null =>
    exactStabilizerRank(f, point, primes[0]) >= G.upperBound ? stabilizerWitness(arch, { ...f.base, point: point.map((M) => M.map((row) => [...row])) }, G, seed, label) : null;
  const first = tryPoint(f.base.point);
  if (first) return first;
  for (const bound of WITNESS_ATTEMPTS) {
    const w = tryPoint(sampleStabilizerFamilyExact(f, bound, rng));
    if (w) return w;
  }
  return null;
}

/** An exact witness from a data-dependent point (group: stabiliser of C); null unless it checks. */
export function stabilizerWitness(arch: Architecture, at: CyclePoint, G: GenericDimension, seed: number, label: string): WitnessJson | null {
  const str = (m: Matrix<Rational>): string[][] => m.map((row) => row.map(ratToString));
  const witness: WitnessJson = {
    kind: WITNESS_KIND,
    version: 1,
    group: 'stabilizer',
    statement:
      `Counterexample to the main conjecture for widths (${arch.widths.join(', ')}), depth ${arch.depth}, from the data-dependent part of A_H: ` +
      `the point lies in A_H for the data X, Y (gradient and full Hessian of L vanish exactly); A_H is invariant under the stabiliser H of ` +
      `C = X Y^T, so the whole H-orbit lies in A_H; rank(d delta o T_H) at the point equals the generic dimension ${G.value} (${G.method}).`,
    widths: [...arch.widths],
    data: { X: str(at.X), Y: str(at.Y) },
    point: at.point.map(str),
    conditions: [],
    claims: { genericDimension: G.value, restrictedDimension: G.value, codomainDimension: deltaCodomainDimension(arch) },
    evidence: { coverage: 'data-dependent part of A_H (an orbit of the stabiliser of C)', orbit: label, seed },
    recheck: 'npx deeplin check FILE',
  };
  return checkWitness(witness).ok ? witness : null;
}
