import { describe, expect, it } from 'vitest';
import { matMul, matTranspose } from '../../src/algebra/matrix';
import { QQ } from '../../src/algebra/rationalField';
import { architecture } from '../../src/model/architecture';
import { genericData } from '../../src/model/genericData';
import { streamRng } from '../../src/random';
import { checkWitness } from '../../src/witness/checkWitness';
import { dataDependentOrbits } from '../../src/verify/dataDependentComponents';
import { dataDependentBatch, evaluateDataDependentBatch, evaluateDataDependentOrbit } from '../../src/verify/dataDependentOrbit';
import { dataDependentWitness } from '../../src/verify/dataDependentWitness';
import { stabilizerMinorDegree } from '../../src/verify/stabilizerRank';
import { verifySetup } from '../../src/verify/verifyArchitecture';

const arch = architecture([1, 1, 2, 2, 2, 2]);
const setup = verifySetup(arch, { seed: 4 });
const { X, Y } = genericData(arch, streamRng(4, 'data-dependent'));
const C = matMul(QQ, X, matTranspose(Y));
const orbits = dataDependentOrbits(arch, C).maximal;
const evaluate = (k: number) => evaluateDataDependentOrbit(arch, orbits[k], k, C, setup.seed, setup.primes, setup.G.upperBound);

describe('evaluateDataDependentOrbit', () => {
  it('draws orbit k from its own stream: evaluating the orbits in reverse order gives the same evaluations', () => {
    expect(orbits.length).toBeGreaterThan(8);
    const forward = orbits.map((_, k) => evaluate(k));
    const backward = orbits.map((_, k) => orbits.length - 1 - k).map(evaluate).reverse();
    expect(backward).toEqual(forward);
  });

  it('states the Schwartz–Zippel failure probability Π_p D/p over the primes tried, and stops at the generic dimension', () => {
    const D = stabilizerMinorDegree(arch).degree;
    for (let k = 0; k < orbits.length; k++) {
      const ev = evaluate(k);
      expect(ev.failureProbability).toBeCloseTo(ev.ranks.reduce((q, r) => (q * D) / r.prime, 1), 30);
      expect(ev.ranks.length).toBe(ev.lowerBound === setup.G.upperBound ? 1 : setup.primes.length);
      expect(ev.label).toMatch(/^data-dependent \| \[/);
    }
  });

  it('the verify-data-dependent job gives the same evaluations from its JSON input', () => {
    const batch = JSON.parse(JSON.stringify(dataDependentBatch(arch, orbits.slice(3, 7), 3, C, { seed: setup.seed, primes: setup.primes, stopAt: setup.G.upperBound })));
    expect(evaluateDataDependentBatch(batch)).toEqual([3, 4, 5, 6].map(evaluate));
  });
});

describe('dataDependentWitness', () => {
  it('builds a checked witness at an exact small-integer point of the first orbit reaching the generic dimension', () => {
    const k = orbits.findIndex((_, i) => evaluate(i).lowerBound === setup.G.upperBound);
    expect(k).toBeGreaterThanOrEqual(0);
    const w = dataDependentWitness(arch, orbits[k], k, C, setup.seed, setup.primes, setup.G);
    expect(w?.group).toBe('stabilizer');
    expect(checkWitness(w).ok).toBe(true);
    // W⁰ comes from integers in [−3, 3]: numerators and denominators stay short
    expect(w?.point.flat(2).every((x) => x.length <= 12)).toBe(true);
  });

  it('finds none on an orbit below the generic dimension', () => {
    const k = orbits.findIndex((_, i) => evaluate(i).lowerBound < setup.G.upperBound);
    expect(dataDependentWitness(arch, orbits[k], k, C, setup.seed, setup.primes, setup.G)).toBeNull();
  });
});
