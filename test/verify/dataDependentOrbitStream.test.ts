import { describe, expect, it } from 'vitest';
import { architecture, uniformArchitecture } from '../../src/model/architecture';
import { cycleStringsToString, type CycleStringDecomposition } from '../../src/quiver/cycleString';
import { dataDependentOrbits } from '../../src/verify/dataDependentComponents';
import { dataDependentOrbitStream } from '../../src/verify/dataDependentOrbitStream';

const drain = (it: Iterator<CycleStringDecomposition>): CycleStringDecomposition[] => {
  const out: CycleStringDecomposition[] = [];
  for (let n = it.next(); !n.done; n = it.next()) out.push(n.value);
  return out;
};

describe('dataDependentOrbitStream', () => {
  it('hands out exactly dataDependentOrbits(…).evaluate, in the same order, with the same counts and sentence (holding and failing profiles, reversal on and off)', () => {
    let paired = 0;
    for (const ws of [[2, 2, 2, 2, 2, 2, 2], [2, 1, 2, 2, 1, 2], [1, 1, 2, 2, 2, 2], [1, 3, 3, 2, 3], [2, 3, 2, 3, 2], [3, 3, 3, 3, 3]]) {
      for (const reversal of [true, false]) {
        const arch = architecture(ws);
        const dd = dataDependentOrbits(arch, undefined, { reversal });
        const stream = dataDependentOrbitStream(arch, { reversal });
        const handed = drain(stream.orbits);
        expect(handed.map(cycleStringsToString), `${ws} ${reversal}`).toEqual(dd.evaluate.map(cycleStringsToString));
        const c = stream.counts(handed.length);
        expect([c.complete, c.tested, c.maximal, c.handedOut, c.generated, c.explored]).toEqual([true, c.dataDependent, dd.maximal.length, dd.evaluate.length, dd.enumerated, c.choices]);
        expect(c.maximal - c.paired).toBe(c.handedOut);
        expect(stream.method(handed.length)).toBe(`${dd.method}; ${dd.evaluate.length} to evaluate, largest orbit first`);
        paired += c.paired;
      }
    }
    expect(paired).toBeGreaterThan(10); // the reversal symmetry was exercised
  });

  it('generates and closure-tests only as far as it is asked: the counts of a run that stopped after k orbits are those of that moment', () => {
    const arch = uniformArchitecture(6, 2); // 333 decompositions, 36 distinct data-dependent orbits, 34 maximal, 19 to evaluate
    const stream = dataDependentOrbitStream(arch);
    const first = [stream.orbits.next(), stream.orbits.next(), stream.orbits.next()];
    expect(first.every((n) => !n.done)).toBe(true);
    const atThree = stream.counts(3);
    expect(atThree.handedOut).toBe(3);
    expect(atThree.complete).toBe(false);
    expect(atThree.tested).toBeLessThan(36);
    expect(atThree.generated).toBeLessThan(333);
    expect(atThree.explored).toBeLessThan(atThree.choices);
    expect(stream.method(3)).toMatch(
      new RegExp(
        `^\\d+ maximal string orbits among the ${atThree.tested} largest of ${atThree.dataDependent} distinct data-dependent so far \\(generated directly, largest orbit first: ${atThree.generated} decompositions from ${atThree.explored} of ${atThree.choices} choices of strings through C; the rest not needed\\)(, \\d+ of them left out as reversals of others \\(widths reversed, layers transposed\\))?; the first 3 evaluated, largest orbit first$`,
      ),
    );
    // drawing the rest changes neither those counts nor the first ones
    const atOne = stream.counts(1);
    expect(drain(stream.orbits)).toHaveLength(19 - 3);
    expect([stream.counts(3), stream.counts(1)]).toEqual([atThree, atOne]);
    expect(atOne.tested).toBeLessThanOrEqual(atThree.tested);
    expect(stream.counts(19)).toMatchObject({ complete: true, tested: 36, maximal: 34, handedOut: 19 });
  });

  it('refuses beyond the size guard when it is reached (never a silently shorter list)', () => {
    expect(() => drain(dataDependentOrbitStream(uniformArchitecture(5, 2), { limit: 89 }).orbits)).toThrow(/^maximalHessianCycleOrbits: number of decompositions generated = "> 89" is out of range/);
    expect(drain(dataDependentOrbitStream(uniformArchitecture(5, 2), { limit: 90 }).orbits)).toHaveLength(5);
  });
});
