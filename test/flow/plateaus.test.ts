import { describe, expect, it } from 'vitest';
import { matchPlateaus, plateauThresholds } from '../../src/flow/plateaus';

const levels = [
  { value: 0, label: 'min', kinds: ['global-minimum'] },
  { value: 5, label: 'a', kinds: ['saddle'] },
  { value: 14, label: 'zero', kinds: ['saddle'] },
];

/** A staircase loss: 14 on [0, 10), 5 on [12, 30), 0 from 35 on (linear in between). */
function staircase(x: number): number | null {
  if (x >= 14) return 0;
  if (x >= 5) return 10 + ((14 - x) / 9) * 2;
  if (x >= 0) return 30 + ((5 - x) / 5) * 5;
  return null;
}

describe('matchPlateaus', () => {
  it('finds the staircase: entry, exit and dwell of each level, in decreasing order', () => {
    const p = matchPlateaus(levels, staircase, { startLoss: 14, endLoss: 0, endTime: 60, band: 0.01, minDwell: 3 });
    expect(p.map((x) => x.label)).toEqual(['zero', 'a', 'min']);
    expect(p[0].exit).toBeCloseTo(10 + (0.01 / 9) * 2, 12);
    expect(p[1].dwell).toBeCloseTo(30.01 - (10 + (8.99 / 9) * 2), 9);
    expect(p[2].exit).toBeNull();
    expect(p[2].dwell).toBeCloseTo(60 - 34.99, 9);
  });

  it('a level crossed quickly is not a plateau; the final level always is', () => {
    const p = matchPlateaus(levels, staircase, { startLoss: 14, endLoss: 0, endTime: 35.5, band: 0.01, minDwell: 15 });
    expect(p.map((x) => x.label)).toEqual(['a', 'min']);
  });

  it('levels the loss never reached are not reported', () => {
    const p = matchPlateaus(levels, (x) => (x >= 5 ? staircase(x) : null), { startLoss: 14, endLoss: 5, endTime: 40, band: 0.01, minDwell: 1 });
    expect(p.map((x) => x.label)).toEqual(['zero', 'a']);
  });

  it('plateauThresholds: every level ± band, decreasing, no duplicates', () => {
    expect(plateauThresholds(levels, 1)).toEqual([15, 13, 6, 4, 1, -1]);
    expect(plateauThresholds([{ value: 1, label: 'x', kinds: [] }, { value: 3, label: 'y', kinds: [] }], 1)).toEqual([4, 2, 0]);
  });
});
