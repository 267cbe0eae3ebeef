/**
 * An exact upper bound for one component of A_H: a linear relation on δ's
 * image, proved by explicit cofactors in the ideal of the component's zero
 * windows ({@link relationUpperBound}); null when none is provable. Only
 * windows of length <= 2 can enter a degree-2 identity.
 */
import { rational } from '../algebra/rational';
import { QQ } from '../algebra/rationalField';
import type { Architecture } from '../model/architecture';
import { componentPoint } from '../quiver/componentPoint';
import type { HessianComponent } from './hessianComponents';
import type { RelationCertificate } from './relationCertificate';
import { relationUpperBound } from './upperBoundByRelations';

/** Exact upper bound for one component from linear relations (null when none is provable). */
export function certifyComponent(arch: Architecture, component: HessianComponent, seed: number): RelationCertificate[] | null {
  // only products of length <= 2 can enter a degree-2 identity
  const windows = [...component.ranks].filter(([key, r]) => r === 0 && windowLength(key) <= 2).map(([key]) => key.split(',').map(Number) as [number, number]);
  if (windows.length === 0) return null;
  const result = relationUpperBound(arch, windows, (rng) => componentPoint(QQ, arch, component.blocks, () => rational(rng.int(-1000, 1000))), { seed });
  return result.status === 'proved' ? result.certificates : null;
}

function windowLength(key: string): number {
  const [a, b] = key.split(',').map(Number);
  return b - a + 1;
}
