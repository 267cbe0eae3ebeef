/**
 * proveRelation / checkRelationCertificate: exact cofactor identities
 * ℓ∘δ = Σ h_k f_k, written to a file format and re-verified from the file.
 */
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rational, type Rational } from '../../src/algebra/rational';
import { QQ } from '../../src/algebra/rationalField';
import { bufferIO } from '../../src/cli/commandIO';
import { runCli } from '../../src/cli/main';
import { ArgumentError, FormatError } from '../../src/errors';
import { architecture, uniformArchitecture } from '../../src/model/architecture';
import { intervalDecomposition } from '../../src/quiver/intervalDecomposition';
import { orbitPoint } from '../../src/quiver/orbitPoint';
import {
  checkRelationCertificate, proveRelation, RELATION_CERTIFICATE_KIND, type RelationCertificate,
} from '../../src/verify/relationCertificate';
import { relationUpperBound } from '../../src/verify/upperBoundByRelations';
import { arbArchitecture, type Rng } from '../support/network';
import { codomain, expectedRelations, traceRelation } from './support/relationFamily';

const LEAD_WINDOWS = [[1, 1], [4, 4], [2, 3]];

function roundTrip(cert: RelationCertificate): Record<string, unknown> {
  return JSON.parse(JSON.stringify(cert)) as Record<string, unknown>;
}

function leadCertificate(): RelationCertificate {
  const cert = proveRelation(uniformArchitecture(4, 2), LEAD_WINDOWS, traceRelation(uniformArchitecture(4, 2), 1, 4));
  if (cert === null) throw new Error('expected a certificate');
  return cert;
}

describe('proveRelation', () => {
  it('proves the trace lemma on the lead\'s depth-4 component W_1 = W_4 = 0, W_3 W_2 = 0, with linear cofactors', () => {
    const cert = leadCertificate();
    expect(cert.kind).toBe(RELATION_CERTIFICATE_KIND);
    expect(cert.relation.coefficients).toEqual(['1', '0', '1', '1', '0', '1', '1', '0', '1']);
    expect(cert.relation.coordinates.slice(0, 3)).toEqual(['Delta1[1,1]', 'Delta1[1,2]', 'Delta1[2,2]']);
    // tr Δ_1 + tr Δ_2 + tr Δ_3 = ‖W_4‖² − ‖W_1‖²
    expect(cert.cofactors).toEqual([
      { window: [1, 1], entry: [1, 1], cofactor: '-w1_1_1' },
      { window: [1, 1], entry: [1, 2], cofactor: '-w1_1_2' },
      { window: [1, 1], entry: [2, 1], cofactor: '-w1_2_1' },
      { window: [1, 1], entry: [2, 2], cofactor: '-w1_2_2' },
      { window: [4, 4], entry: [1, 1], cofactor: 'w4_1_1' },
      { window: [4, 4], entry: [1, 2], cofactor: 'w4_1_2' },
      { window: [4, 4], entry: [2, 1], cofactor: 'w4_2_1' },
      { window: [4, 4], entry: [2, 2], cofactor: 'w4_2_2' },
    ]);
    expect(cert.statement).toContain('dim cl delta(C) <= G - 1');
    const report = checkRelationCertificate(roundTrip(cert));
    expect(report.ok).toBe(true);
    expect(report.checks.map((c) => [c.name, c.ok])).toEqual([['relation', true], ['nonzero', true], ['windows', true], ['identity', true]]);
    expect(report.conclusion).toMatch(/^PROVED/);
  });

  it('uniform width 1, every pair i > j: Σ_{k=j}^{i-1} Δ_k = w_i² − w_j² is proved and re-checked', () => {
    for (let N = 2; N <= 6; N++) {
      const arch = uniformArchitecture(N, 1);
      for (let j = 1; j <= N; j++) {
        for (let i = j + 1; i <= N; i++) {
          const cert = proveRelation(arch, [[i, i], [j, j]], traceRelation(arch, j, i));
          expect(cert, `N=${N} i=${i} j=${j}`).not.toBeNull();
          expect(cert?.cofactors).toEqual([
            { window: [j, j], entry: [1, 1], cofactor: `-w${j}_1_1` },
            { window: [i, i], entry: [1, 1], cofactor: `w${i}_1_1` },
          ]);
          expect(checkRelationCertificate(roundTrip(cert as RelationCertificate)).ok).toBe(true);
        }
      }
    }
  });

  it('returns null for a functional that is not in the ideal', () => {
    const arch = uniformArchitecture(4, 2);
    const trDelta1 = traceRelation(arch, 1, 2);
    expect(proveRelation(arch, [[1, 1], [4, 4]], trDelta1)).toBeNull(); // tr Δ_1 = ‖W_2‖² − ‖W_1‖², W_2 ≠ 0
    expect(proveRelation(arch, [[4, 4], [2, 3]], traceRelation(arch, 1, 4))).toBeNull(); // the other case: no linear relation
    expect(proveRelation(arch, [[1, 3]], traceRelation(arch, 1, 4))).toBeNull(); // a long window cannot help in degree 2
  });

  it('agrees with the closed form: on {W_z = 0, z in Z} (plus any two-layer windows) exactly the trace-lemma family is provable, with linear cofactors only', () => {
    // Two-layer windows can never contribute: their entries are bilinear across two layers, while every
    // monomial of ℓ∘δ lies within one layer. So the provable ℓ are those with ℓ∘δ = 0 on {W_Z = 0}.
    const arbCase = arbArchitecture(2, 5, 3).chain((arch) =>
      fc
        .tuple(
          fc.subarray(Array.from({ length: arch.depth }, (_, i) => i + 1)),
          fc.subarray(Array.from({ length: arch.depth - 1 }, (_, i) => i + 1)),
        )
        .map(([zero, pairs]) => ({ arch, zero, windows: [...zero.map((z) => [z, z]), ...pairs.map((a) => [a, a + 1])] })),
    );
    fc.assert(
      fc.property(arbCase, ({ arch, zero, windows }) => {
        const m = codomain(arch);
        const expected = expectedRelations(arch, zero);
        for (const ell of expected) {
          const cert = proveRelation(arch, windows, ell);
          expect(cert).not.toBeNull();
          expect(cert?.cofactors.every((h) => h.window[0] === h.window[1])).toBe(true);
          expect(checkRelationCertificate(roundTrip(cert as RelationCertificate)).ok).toBe(true);
        }
        // a unit vector on a coordinate outside the family is not provable
        for (let t = 0; t < m; t++) {
          const e = new Array<Rational>(m).fill(QQ.zero);
          e[t] = QQ.one;
          const inFamily = expected.some((v) => v.filter((x) => !QQ.isZero(x)).length === 1 && !QQ.isZero(v[t]));
          expect(proveRelation(arch, windows, e) !== null).toBe(inFamily);
        }
      }),
      { seed: 5501, numRuns: 40 },
    );
  });

  it('depth 16, widths 2: proves the full trace relation for W_1 = W_16 = 0 in milliseconds; none from the witness windows', () => {
    const arch = uniformArchitecture(16, 2);
    const ell = traceRelation(arch, 1, 16);
    let start = Date.now();
    const cert = proveRelation(arch, [[1, 1], [16, 16]], ell);
    const proveMs = Date.now() - start;
    expect(cert).not.toBeNull();
    start = Date.now();
    expect(checkRelationCertificate(roundTrip(cert as RelationCertificate)).ok).toBe(true);
    const checkMs = Date.now() - start;
    expect(proveMs + checkMs).toBeLessThan(3000);
    // with extra two-layer windows the same certificate (linear cofactors only)
    expect(proveRelation(arch, [[1, 1], [3, 4], [6, 7], [9, 10], [12, 13], [16, 16]], ell)?.cofactors).toEqual(cert?.cofactors);
    // the talk's counterexample windows W_i W_{i-1} W_{i-2} = 0 have degree 3: no degree-2 identity
    expect(proveRelation(arch, [[2, 4], [6, 8], [10, 12], [14, 16]], ell)).toBeNull();
  });

  it('refuses misuse with ArgumentError naming proveRelation', () => {
    const arch = uniformArchitecture(3, 1);
    const ell = [rational(1), rational(1)];
    const bad: [string, () => unknown][] = [
      ['window out of range', () => proveRelation(arch, [[0, 1]], ell)],
      ['window reversed', () => proveRelation(arch, [[3, 2]], ell)],
      ['window not a pair', () => proveRelation(arch, [[1, 2, 3]], ell)],
      ['ell length', () => proveRelation(arch, [[1, 1], [3, 3]], [rational(1)])],
      ['ell zero', () => proveRelation(arch, [[1, 1], [3, 3]], [QQ.zero, QQ.zero])],
      ['ell entries', () => proveRelation(arch, [[1, 1], [3, 3]], [1, 1] as unknown as Rational[])],
    ];
    for (const [name, f] of bad) {
      expect(f, name).toThrow(ArgumentError);
      expect(f, name).toThrow(/^proveRelation: /);
    }
  });
});

describe('checkRelationCertificate: tampering and malformed files', () => {
  it('a changed coefficient fails the identity', () => {
    const json = roundTrip(leadCertificate());
    const relation = json.relation as { coefficients: string[] };
    relation.coefficients[3] = '2';
    const report = checkRelationCertificate(json);
    expect(report.ok).toBe(false);
    expect(report.checks.find((c) => c.name === 'identity')?.ok).toBe(false);
    expect(report.conclusion).toMatch(/^NOT PROVED: identity failed/);
  });

  it('a changed or dropped cofactor fails the identity', () => {
    const changed = roundTrip(leadCertificate());
    (changed.cofactors as { cofactor: string }[])[0].cofactor = '-w1_1_1 + 1/2*w2_1_1';
    expect(checkRelationCertificate(changed).checks.find((c) => c.name === 'identity')?.ok).toBe(false);
    const dropped = roundTrip(leadCertificate());
    (dropped.cofactors as unknown[]).pop();
    expect(checkRelationCertificate(dropped).ok).toBe(false);
  });

  it('a cofactor on an unlisted window fails the windows check', () => {
    const json = roundTrip(leadCertificate());
    json.windows = [[1, 1], [2, 3]];
    const report = checkRelationCertificate(json);
    expect(report.ok).toBe(false);
    expect(report.checks.find((c) => c.name === 'windows')?.detail).toContain('[4,4]');
  });

  it('the zero functional fails (it proves nothing)', () => {
    const json = roundTrip(leadCertificate());
    (json.relation as { coefficients: string[] }).coefficients = new Array(9).fill('0');
    json.cofactors = [];
    const report = checkRelationCertificate(json);
    expect(report.checks.map((c) => [c.name, c.ok])).toEqual([['relation', false], ['nonzero', false], ['windows', true], ['identity', true]]);
    expect(report.ok).toBe(false);
  });

  it('floats and other malformed input throw FormatError naming the field', () => {
    const cases: [string, (j: Record<string, unknown>) => void, RegExp][] = [
      ['float number', (j) => ((j.relation as { coefficients: unknown[] }).coefficients[0] = 1.5), /relation\.coefficients\[0\]/],
      ['JSON number', (j) => ((j.relation as { coefficients: unknown[] }).coefficients[0] = 1), /relation\.coefficients\[0\]/],
      ['float string', (j) => ((j.relation as { coefficients: unknown[] }).coefficients[0] = '1.0'), /not an exact rational/],
      ['float cofactor', (j) => ((j.cofactors as { cofactor: string }[])[0].cofactor = '-1.0*w1_1_1'), /unexpected '\.' at position 2/],
      ['unknown variable', (j) => ((j.cofactors as { cofactor: string }[])[0].cofactor = 'w9_1_1'), /unknown variable "w9_1_1" at position 0/],
      ['parenthesis', (j) => ((j.cofactors as { cofactor: string }[])[0].cofactor = '-(w1_1_1)'), /position 1/],
      ['entry out of range', (j) => ((j.cofactors as { entry: number[] }[])[0].entry = [3, 1]), /cofactors\[0\]\.entry/],
      ['window out of range', (j) => (j.windows = [[0, 1]]), /windows\[0\]/],
      ['coordinates', (j) => ((j.relation as { coordinates: string[] }).coordinates[0] = 'Delta1[2,2]'), /relation\.coordinates/],
      ['kind', (j) => (j.kind = 'deeplin/counterexample-witness'), /kind must be/],
      ['version', (j) => (j.version = 2), /version must be 1/],
      ['unknown field', (j) => (j.extra = true), /unknown field "extra"/],
      ['missing field', (j) => delete j.statement, /missing the field "statement"/],
      ['widths', (j) => (j.widths = [2, 2]), /widths/],
      ['repeated generator', (j) => (j.cofactors as unknown[]).push((j.cofactors as unknown[])[0]), /repeats the generator/],
    ];
    for (const [name, tamper, message] of cases) {
      const json = roundTrip(leadCertificate());
      tamper(json);
      expect(() => checkRelationCertificate(json), name).toThrow(FormatError);
      expect(() => checkRelationCertificate(json), name).toThrow(message);
      expect(() => checkRelationCertificate(json), name).toThrow(/^checkRelationCertificate: /);
    }
    expect(() => checkRelationCertificate(null)).toThrow(FormatError);
    expect(() => checkRelationCertificate([])).toThrow(FormatError);
  });
});

describe('relationUpperBound', () => {
  it('proves the lead\'s depth-4 component (one relation: the trace lemma); none for the other case', () => {
    const arch = uniformArchitecture(4, 2);
    const lead = intervalDecomposition(4, [[0, 0], [0, 0], [1, 1], [1, 2], [2, 3], [3, 3], [4, 4], [4, 4]]);
    const r = relationUpperBound(arch, LEAD_WINDOWS, (rng) => orbitPoint(lead, rng, 1000).point, { seed: 1 });
    expect(r.status).toBe('proved');
    if (r.status !== 'proved') return;
    expect(r.certificates.map((c) => c.relation.coefficients.join(' '))).toEqual(['1 0 1 1 0 1 1 0 1']);
    expect(r.spanBound).toBe(8);
    expect(r.bound).toContain('G - 1');
    const other = intervalDecomposition(4, [[0, 1], [0, 2], [2, 3], [3, 3], [4, 4], [4, 4]]);
    expect(relationUpperBound(arch, [[4, 4], [2, 3]], (rng) => orbitPoint(other, rng, 1000).point, { seed: 1 })).toEqual({ status: 'none', candidates: 0 });
  });

  it('finds provable combinations when the sampled component is larger than the provable part', () => {
    // sample W_1 = W_2 = W_4 = 0 but claim only W_1 = W_4 = 0: candidates are Δ_1's entries and tr Δ_2 + tr Δ_3,
    // of which only the combination tr Δ_1 + tr Δ_2 + tr Δ_3 vanishes on all of {W_1 = W_4 = 0}
    const arch = uniformArchitecture(4, 2);
    const sample = (rng: Rng): Rational[][][] =>
      [1, 2, 3, 4].map((layer) => [0, 1].map(() => [0, 1].map(() => (layer === 3 ? rational(rng.int(-9, 9)) : QQ.zero))));
    const r = relationUpperBound(arch, [[1, 1], [4, 4]], sample, { seed: 3 });
    expect(r.status).toBe('proved');
    if (r.status !== 'proved') return;
    expect(r.candidates).toBe(4);
    expect(r.certificates.map((c) => c.relation.coefficients.join(' '))).toEqual(['1 0 1 1 0 1 1 0 1']);
  });

  it('depth 16, widths 2: the witness orbit has no relation; W_1 = W_16 = 0 gets the full trace relation', () => {
    const arch = uniformArchitecture(16, 2);
    const witness = intervalDecomposition(16, [[0, 1], [0, 3], [2, 7], [4, 5], [6, 11], [8, 9], [10, 15], [12, 15], [16, 16], [16, 16]]);
    expect(relationUpperBound(arch, [[2, 4], [6, 8], [10, 12], [14, 16]], (rng) => orbitPoint(witness, rng, 1000).point)).toEqual({ status: 'none', candidates: 0 });
    const ends = intervalDecomposition(16, [[0, 0], [0, 0], [1, 15], [1, 15], [16, 16], [16, 16]]);
    const r = relationUpperBound(arch, [[1, 1], [16, 16]], (rng) => orbitPoint(ends, rng, 1000).point);
    expect(r.status === 'proved' && r.certificates.length).toBe(1);
  });

  it('refuses bad windows with ArgumentError naming relationUpperBound', () => {
    const arch = architecture([1, 1, 1]);
    expect(() => relationUpperBound(arch, [[1, 3]], () => [[[QQ.zero]], [[QQ.zero]]])).toThrow(/^relationUpperBound: windows\[0\]/);
  });
});

describe('deeplin check on a relation certificate (formerly scripts/check-certificate.ts)', () => {
  it('exits 0 on a valid certificate, 1 on a tampered one, 2 on a malformed or missing one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deeplin-cert-'));
    const good = join(dir, 'good.json');
    const bad = join(dir, 'bad.json');
    const broken = join(dir, 'broken.json');
    writeFileSync(good, JSON.stringify(leadCertificate(), null, 2));
    const tampered = roundTrip(leadCertificate());
    (tampered.relation as { coefficients: string[] }).coefficients[0] = '3';
    writeFileSync(bad, JSON.stringify(tampered));
    const malformed = roundTrip(leadCertificate());
    (malformed.relation as { coefficients: unknown[] }).coefficients[0] = 0.5;
    writeFileSync(broken, JSON.stringify(malformed));
    const run = async (file: string): Promise<{ status: number; out: string }> => {
      const io = bufferIO();
      const status = await runCli(['check', file], io);
      return { status, out: [...io.lines, ...io.errors].join('\n') };
    };
    const ok = await run(good);
    expect(ok.out).toContain('PASS identity');
    expect(ok.status).toBe(0);
    const failed = await run(bad);
    expect(failed.out).toContain('FAIL identity');
    expect(failed.status).toBe(1);
    const malformedRun = await run(broken);
    expect(malformedRun.out).toMatch(/^deeplin check: relation.coefficients\[0\]/m);
    expect(malformedRun.status).toBe(2);
    expect((await run(join(dir, 'missing.json'))).status).toBe(2);
  });
  it('checks every certificate of the committed verify-evidence bundle', async () => {
    const io = bufferIO();
    expect(await runCli(['check', 'proofs/certificates/depth4-width2.evidence.json'], io)).toBe(0);
    expect(io.lines).toContain('27 relation certificates checked: all pass');
  });
});
