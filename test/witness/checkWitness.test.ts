import { readdirSync, readFileSync } from 'fs';
import { describe, expect, it } from 'vitest';
import { FormatError } from '../../src/errors';
import { checkWitness } from '../../src/witness/checkWitness';

const committed = JSON.parse(readFileSync('proofs/depth16-width2.witness.json', 'utf8'));
const clone = (): any => JSON.parse(JSON.stringify(committed));
const failed = (json: unknown): string[] => checkWitness(json).checks.filter((c) => !c.ok).map((c) => c.name);

describe('checkWitness on the committed depth-16 width-2 witness', () => {
  it('proves the counterexample: every check passes', () => {
    const report = checkWitness(committed);
    expect(report.checks.map((c) => c.name)).toEqual([
      'conditions', 'orbit in A_H', 'gradient', 'hessian', 'data', 'codomainDimension', 'restrictedDimension', 'genericDimension', 'orbit', 'orbit dimension',
    ]);
    expect(report.informational).toEqual(['statement', 'evidence', 'recheck']);
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.conclusion).toMatch(/^PROVED: .* = 45; the main conjecture fails/);
  });

  it('pins the claims of MATH §3.2: 45 = 45 = 45', () => {
    expect(committed.claims).toEqual({ genericDimension: 45, restrictedDimension: 45, codomainDimension: 45 });
    expect(committed.conditions).toEqual([[2, 4], [6, 8], [10, 12], [14, 16]]);
  });
});

describe('checkWitness on the committed depth-11 width-2 witness (the conjecture fails before depth 16)', () => {
  it('proves dim cl δ(A_H) = 30 = generic dimension', () => {
    const w = JSON.parse(readFileSync('proofs/depth11-width2.witness.json', 'utf8'));
    const report = checkWitness(w);
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
    expect(w.claims).toEqual({ genericDimension: 30, restrictedDimension: 30, codomainDimension: 30 });
    expect(w.conditions).toEqual([[2, 4], [6, 8], [9, 11]]);
  });
});

describe('every committed witness checks', () => {
  it('proofs/*.witness.json and proofs/witnesses/*.witness.json', () => {
    const files = ['proofs', 'proofs/witnesses'].flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.witness.json')).map((f) => `${dir}/${f}`));
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const f of files) expect(checkWitness(JSON.parse(readFileSync(f, 'utf8'))).checks.filter((c) => !c.ok), f).toEqual([]);
  });
});

describe('stabiliser-orbit witnesses (data-dependent part of A_H)', () => {
  const fixtures = ['test/fixtures/stabilizer-depth7-width2.witness.json', 'test/fixtures/stabilizer-widths-1-1-2-2-1-2.witness.json'];
  it('prove the counterexamples at depth 7 (width 2) and depth 5 (widths 1,1,2,2,1,2) with the stabiliser tangent', () => {
    for (const f of fixtures) {
      const w = JSON.parse(readFileSync(f, 'utf8'));
      const r = checkWitness(w);
      expect(r.checks.filter((c) => !c.ok), f).toEqual([]);
      expect(r.checks.find((c) => c.name === 'restrictedDimension')?.detail).toMatch(/T_H \(H = stabiliser of C\)/);
    }
  });
  it('fail when the data change (the point leaves A_H or C changes the stabiliser)', () => {
    const w = JSON.parse(readFileSync(fixtures[0], 'utf8'));
    w.data.Y[0][0] = w.data.Y[0][0] === '1' ? '2' : '1';
    const failedNames = checkWitness(w).checks.filter((c) => !c.ok).map((c) => c.name);
    expect(failedNames.length).toBeGreaterThan(0);
  });
  it('fail when read as a G-orbit witness (no vanishing conditions imply A_H for all data)', () => {
    const w = JSON.parse(readFileSync(fixtures[0], 'utf8'));
    delete w.group;
    expect(checkWitness(w).checks.filter((c) => !c.ok).map((c) => c.name)).toContain('orbit in A_H');
  });
  it('refuse an unknown group', () => {
    const w = JSON.parse(readFileSync(fixtures[0], 'utf8'));
    w.group = 'SL';
    expect(() => checkWitness(w)).toThrow(/group must be "G" or "stabilizer"/);
  });
});

describe('checkWitness rejects tampered witnesses', () => {
  it('a changed matrix entry breaks a vanishing condition', () => {
    const w = clone();
    w.point[3][0][0] = '17'; // W_4
    expect(failed(w)).toContain('conditions');
    expect(checkWitness(w).ok).toBe(false);
  });

  it('a changed entry in a free layer changes the claimed orbit type or keeps the proof honest', () => {
    const w = clone();
    w.point[0] = [['0', '0'], ['0', '0']]; // W_1 = 0: ranks drop
    const report = checkWitness(w);
    expect(report.ok).toBe(false);
    expect(failed(w)).toEqual(expect.arrayContaining(['restrictedDimension']));
  });

  it('a changed claimed restricted dimension fails', () => {
    const w = clone();
    w.claims.restrictedDimension = 44;
    expect(failed(w)).toEqual(['restrictedDimension']);
  });

  it('a changed claimed generic dimension fails', () => {
    const w = clone();
    w.claims.genericDimension = 44;
    expect(failed(w)).toEqual(['genericDimension']);
  });

  it('a wrong codomain claim fails', () => {
    const w = clone();
    w.claims.codomainDimension = 46;
    expect(failed(w)).toContain('codomainDimension');
  });

  it('degenerate data (X without full row rank) fails', () => {
    const w = clone();
    w.data.X[1] = [...w.data.X[0]];
    expect(failed(w)).toContain('data');
  });

  it('conditions that do not imply A_H fail', () => {
    const w = clone();
    w.conditions = [[2, 4]];
    expect(failed(w)).toContain('orbit in A_H');
  });

  it('a false orbit type fails', () => {
    const w = clone();
    w.orbit.intervals = [[0, 16], [0, 16]];
    expect(failed(w)).toContain('orbit');
  });
});

describe('checkWitness refuses malformed files with a FormatError naming the field', () => {
  const cases: [string, (w: any) => void, RegExp][] = [
    ['a float entry', (w) => (w.point[2][1][0] = '0.5'), /point\[2\].*"0\.5" is not an exact rational/],
    ['a JSON number', (w) => (w.data.X[0][0] = 3), /data\.X\[0\]\[0\].*expected an exact rational/],
    ['a short row', (w) => (w.point[0][0] = ['1']), /point\[0\].*row 0 must have 2 entries/],
    ['a missing layer', (w) => w.point.pop(), /point must be an array of N = 16 matrices/],
    ['Y with the wrong number of columns', (w) => w.data.Y[0].push('1'), /data\.Y row 0 must have 3 entries/],
    ['a wrong kind', (w) => (w.kind = 'other'), /kind must be/],
    ['depth 1', (w) => (w.widths = [2, 2]), /widths: architecture: depth = 1/],
    ['a bad condition', (w) => (w.conditions = [[0, 3]]), /conditions\[0\] must be \[a, b\]/],
    ['a negative claim', (w) => (w.claims.genericDimension = -1), /claims\.genericDimension/],
  ];
  for (const [name, mutate, message] of cases) {
    it(name, () => {
      const w = clone();
      mutate(w);
      expect(() => checkWitness(w)).toThrow(FormatError);
      expect(() => checkWitness(w)).toThrow(message);
    });
  }
  it('a non-object', () => {
    expect(() => checkWitness([1, 2])).toThrow(/^parseWitness: the witness must be a JSON object/);
  });
});

describe('checkWitness refuses what it does not prove (issue #9 item 3)', () => {
  it('a changed orbit.dimension fails the recomputed orbit dimension', () => {
    const w = clone();
    expect(w.orbit.dimension).toBeTypeOf('number');
    w.orbit.dimension += 1;
    expect(failed(w)).toEqual(['orbit dimension']);
  });
  it('an unknown field anywhere is refused, naming its path', () => {
    for (const [mutate, path] of [
      [(w: any) => (w.extra = 1), '$.extra'],
      [(w: any) => (w.claims.orbitDimension = 3), '$.claims.orbitDimension'],
      [(w: any) => (w.orbit.dim = 3), '$.orbit.dim'],
      [(w: any) => (w.data.Z = []), '$.data.Z'],
    ] as const) {
      const w = clone();
      mutate(w);
      expect(() => checkWitness(w)).toThrow(new RegExp(`unknown field ${path.replace(/[$.]/g, '\\$&')} `));
    }
  });
  it('lists the informational fields, which are not claims', () => {
    const w = clone();
    delete w.statement;
    expect(checkWitness(w).informational).toEqual(['evidence', 'recheck']);
  });
});
