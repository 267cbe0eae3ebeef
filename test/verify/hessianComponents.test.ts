import { describe, expect, it } from 'vitest';
import { primeField } from '../../src/algebra/primeField';
import { rank } from '../../src/algebra/rank';
import { QQ } from '../../src/algebra/rationalField';
import { rational } from '../../src/algebra/rational';
import { inHessianVariety } from '../../src/hessianVariety/inHessianVariety';
import { architecture, uniformArchitecture } from '../../src/model/architecture';
import { layerProduct } from '../../src/model/layerProduct';
import { Rng } from '../../src/random';
import { componentPoint } from '../../src/quiver/componentPoint';
import { hessianComponents } from '../../src/verify/hessianComponents';
import { genericData } from '../../src/model/genericData';

describe('hessianComponents', () => {
  it('predicted generic ranks of all products equal the exact ranks at random component points', () => {
    const p = 2147483647;
    const F = primeField(p);
    const rng = new Rng(4);
    let checked = 0;
    for (const arch of [uniformArchitecture(5, 2), architecture([2, 1, 3, 2, 2, 1]), uniformArchitecture(6, 1)]) {
      for (const c of hessianComponents(arch)) {
        const W = componentPoint(F, arch, c.blocks, () => rng.int(0, p - 1));
        for (const [key, r] of c.ranks) {
          const [a, b] = key.split(',').map(Number);
          expect(rank(F, layerProduct(F, W, a, b)), `${c.label} W_${b}..W_${a}`).toBe(r);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('every component point is in A_H for generic data (theorem conditions at the exact point)', () => {
    const rng = new Rng(5);
    for (const arch of [uniformArchitecture(4, 2), architecture([1, 2, 2, 1, 2])]) {
      let n = 0;
      for (const c of hessianComponents(arch)) {
        const W = componentPoint(QQ, arch, c.blocks, () => rational(rng.int(-5, 5)));
        const { X, Y } = genericData(arch, rng);
        expect(inHessianVariety(QQ, W, X, Y).holds, c.label).toBe(true);
        n++;
      }
      expect(n).toBeGreaterThan(0);
    }
  });

  it('depth 2 has no components; depth 3 has only W = 0', () => {
    expect([...hessianComponents(uniformArchitecture(2, 3))]).toHaveLength(0);
    const three = [...hessianComponents(uniformArchitecture(3, 2))];
    expect(three).toHaveLength(1);
    expect([...three[0].ranks.values()].every((r) => r === 0)).toBe(true);
  });
});
