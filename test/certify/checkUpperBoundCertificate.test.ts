import { mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { beforeAll, describe, expect, it } from 'vitest';
import { certifyVerification } from '../../src/verify/certifyVerification';
import { checkUpperBoundCertificate } from '../../src/certify/checkUpperBoundCertificate';
import { bufferIO } from '../../src/cli/commandIO';
import { runCli } from '../../src/cli/main';
import { uniformArchitecture } from '../../src/model/architecture';
import { verifyArchitecture } from '../../src/verify/verifyArchitecture';
import { kernelFieldBound } from '../../src/certify/kernelFields';
import { componentTasks, certifyComponentTask, type ComponentTask } from '../../src/verify/componentCertification';
import { orbitFamily } from '../../src/certify/orbitFamily';
import { matMul, matTranspose } from '../../src/algebra/matrix';
import { parseRational, ratToString } from '../../src/algebra/rational';
import { QQ } from '../../src/algebra/rationalField';

type Field = [string, number[][]][][];
type Cert = {
  version: number;
  claims: { restrictedDimension: number; genericDimension: number };
  components: {
    label: string;
    group: string;
    upperBound: number;
    relations: { terms: [string, number[][]][]; slice?: { free: number[][]; boundary?: { x0: string[][]; xN: string[][] }[]; orthogonal?: number[] } }[];
    kernelFields?: { parameters: string[]; at: string[]; fields: Field[]; basis?: { x0: string[][]; xN: string[][] }[] };
  }[];
};

describe('upper-bound certificates (width 2, depth 4: 7 orbit closures of G, 1 maximal data-dependent orbit)', () => {
  let cert: Cert;
  beforeAll(() => {
    const arch = uniformArchitecture(4, 2);
    const c = certifyVerification(arch, verifyArchitecture(arch, { seed: 1 }), { seed: 1 });
    expect([c.proved, c.exactComponents, c.components.length, c.restricted]).toEqual([true, 8, 8, { lowerBound: 5, upperBound: 5, exact: true }]);
    cert = JSON.parse(JSON.stringify(c.certificate));
  });
  const copy = (): Cert => JSON.parse(JSON.stringify(cert));

  it('is accepted, with a stabiliser component among the G components', () => {
    const r = checkUpperBoundCertificate(cert);
    expect(r.ok).toBe(true);
    expect(r.conclusion).toMatch(/= 5 exactly < 9/);
    expect(cert.components.map((c) => c.group).sort()).toEqual(['G', 'G', 'G', 'G', 'G', 'G', 'G', 'stabilizer']);
  });

  it('proves the stabiliser family dense in T.H.W (one check line per stabiliser component)', () => {
    const lines = checkUpperBoundCertificate(cert).checks.filter((c) => c.name.endsWith('family dense in T.H.W'));
    expect(lines.length).toBe(cert.components.filter((c) => c.group === 'stabilizer').length);
    expect(lines.every((c) => c.ok && /rank d psi\(g0\) = (\d+) = dim T\.H\.W/.test(c.detail))).toBe(true);
  });

  it('rejects a changed coefficient', () => {
    const bad = copy();
    // a relation with several terms (a one-term relation Δ = 0 survives any nonzero coefficient)
    const rel = bad.components.flatMap((c) => c.relations).find((x) => x.terms.length > 1)!;
    const term = rel.terms[0];
    term[0] = term[0] === '1' ? '2' : '1';
    const r = checkUpperBoundCertificate(bad);
    expect(r.ok).toBe(false);
    expect(r.checks.some((c) => !c.ok && /NOT the zero polynomial/.test(c.detail))).toBe(true);
  });

  it('rejects a removed relation (the upper bound no longer follows)', () => {
    const bad = copy();
    const c = bad.components.find((x) => x.relations.length > 0 && x.kernelFields === undefined)!;
    c.relations.pop();
    const r = checkUpperBoundCertificate(bad);
    expect(r.ok).toBe(false);
    expect(r.checks.filter((x) => !x.ok).map((x) => x.name)).toEqual([`${c.label}: upper bound`]);
  });

  it('carries kernel fields (version 2 and later) on the G components and accepts them', () => {
    expect(cert.version).toBe(6);
    const g = cert.components.filter((c) => c.group === 'G');
    expect(g.every((c) => c.kernelFields !== undefined && c.relations.length === 0)).toBe(true);
    const r = checkUpperBoundCertificate(cert);
    expect(r.checks.filter((c) => c.name.endsWith('kernel fields')).every((c) => c.ok && /expands to 0 over Q/.test(c.detail))).toBe(true);
  });

  it('checks kernel fields on a stabiliser component against the listed boundary basis, which must be a basis of {x0 C = C xN}', () => {
    const withStab = copy() as Cert & { widths: number[] };
    const c = withStab.components.find((x) => x.group === 'stabilizer')! as Cert['components'][number] & { point: string[][][]; data: { X: string[][]; Y: string[][] } };
    const C = matMul(QQ, c.data.X.map((r) => r.map((x) => parseRational(x))), matTranspose(c.data.Y.map((r) => r.map((x) => parseRational(x)))));
    const family = orbitFamily(uniformArchitecture(4, 2), c.point.map((M) => M.map((r) => r.map((x) => parseRational(x)))), 'stabilizer', C);
    const k = kernelFieldBound(family, { seed: 1 });
    expect(k.upperBound).toBe(5); // one above the relations' bound 4: the component's bound stays min(4, 5) = 4
    const basis = family.boundaryBasis.map((b) => ({ x0: b.x0.map((r) => r.map(ratToString)), xN: b.xN.map((r) => r.map(ratToString)) }));
    c.kernelFields = { parameters: [...k.parameters], basis, at: k.at.map(ratToString), fields: k.fields };
    const r = checkUpperBoundCertificate(withStab);
    expect([r.ok, r.checks.find((x) => x.name === `${c.label}: kernel fields`)?.ok]).toEqual([true, true]);
    c.kernelFields.basis![0].x0[0][0] = c.kernelFields.basis![0].x0[0][0] === '1' ? '2' : '1';
    expect(checkUpperBoundCertificate(withStab).conclusion).toMatch(/basis: not a basis/);
  });

  it('rejects a tampered kernel field: a changed coefficient, a removed field, a moved point g0, a version-1 file', () => {
    const withFields = (c: Cert) => c.components.find((x) => x.kernelFields && x.kernelFields.fields.some((f) => f.some((e) => e.length > 1)))!;
    const bad = copy();
    const field = withFields(bad).kernelFields!.fields.find((f) => f.some((e) => e.length > 1))!;
    const entry = field.find((e) => e.length > 1)!;
    entry[0][0] = entry[0][0] === '1' ? '2' : '1';
    const r = checkUpperBoundCertificate(bad);
    expect(r.ok).toBe(false);
    expect(r.checks.filter((x) => !x.ok).map((x) => x.name)).toContain(`${withFields(bad).label}: kernel fields`);

    const removed = copy();
    const c = withFields(removed);
    c.kernelFields!.fields.pop();
    expect(checkUpperBoundCertificate(removed).checks.filter((x) => !x.ok).map((x) => x.name)).toEqual([`${c.label}: upper bound`]);

    const moved = copy();
    const m = withFields(moved);
    m.kernelFields!.at = m.kernelFields!.at.map(() => '0'); // degree-1 fields without constant terms all vanish at g0 = 0
    expect(checkUpperBoundCertificate(moved).ok).toBe(false);

    const old = copy();
    old.version = 1;
    expect(checkUpperBoundCertificate(old).conclusion).toMatch(/unknown field "kernelFields"/);
  });

  it('proves relations on slices of the family (version 3): each slice is checked dense in the orbit projected to the relation\'s layers', () => {
    const sliced = cert.components.flatMap((c) => c.relations).filter((x) => x.slice !== undefined);
    expect(cert.version).toBe(6);
    expect(sliced.length).toBeGreaterThan(0);
    const lines = checkUpperBoundCertificate(cert).checks.filter((c) => c.name.endsWith('slice dense'));
    expect(lines.length).toBe(sliced.length);
    expect(lines.every((c) => c.ok && /exact rank (\d+) = dim of the orbit projected/.test(c.detail))).toBe(true);
  });

  it('rejects a slice with a direction removed (not dense), a boundary pair off {x0 C = C xN}, a slice in a version-2 file and unknown slice fields', () => {
    const withSlice = (bad: Cert) => bad.components.flatMap((c) => c.relations).find((x) => (x.slice?.free.length ?? 0) > 0)!;
    const thin = copy();
    withSlice(thin).slice!.free.pop();
    const r = checkUpperBoundCertificate(thin);
    expect(r.ok).toBe(false);
    expect(r.checks.filter((x) => !x.ok).some((x) => x.name.endsWith('slice dense') && /rank \d+ < \d+/.test(x.detail))).toBe(true);
    const stab = copy();
    const s = stab.components.find((c) => c.group === 'stabilizer')!;
    const rel = s.relations.find((x) => x.slice !== undefined);
    if (rel) {
      rel.slice!.boundary = [{ x0: [['1', '0'], ['0', '0']], xN: [['0', '0'], ['0', '0']] }];
      const rb = checkUpperBoundCertificate(stab);
      expect(rb.checks.some((x) => !x.ok && /does not satisfy x0 C = C xN/.test(x.detail))).toBe(true);
    }
    const v2 = copy();
    v2.version = 2;
    for (const c of v2.components) delete (c as { densityPoint?: string[]; eigenvalueRelations?: unknown }).densityPoint, delete (c as { eigenvalueRelations?: unknown }).eigenvalueRelations;
    expect(checkUpperBoundCertificate(v2).conclusion).toMatch(/unknown field "slice"/);
    const unknown = copy();
    (withSlice(unknown).slice as Record<string, unknown>).window = [1, 2];
    expect(checkUpperBoundCertificate(unknown).conclusion).toMatch(/unknown field "window"/);
  });

  it('names the point where the stabiliser family reaches dim T.H.W (version 4): recomputed, refused with a wrong length or in a version-3 file', () => {
    const stab = (c: Cert) => c.components.find((x) => x.group === 'stabilizer')! as Cert['components'][number] & { densityPoint?: string[] };
    expect(stab(cert).densityPoint?.length).toBeGreaterThan(0);
    const short = copy();
    stab(short).densityPoint!.pop();
    expect(checkUpperBoundCertificate(short).conclusion).toMatch(/densityPoint: malformed|densityPoint.*expected/);
    const v3 = copy();
    v3.version = 3;
    for (const c of v3.components) for (const r of c.relations) delete r.slice?.orthogonal;
    for (const c of v3.components) delete (c as { eigenvalueRelations?: unknown }).eigenvalueRelations;
    expect(checkUpperBoundCertificate(v3).conclusion).toMatch(/unknown field "densityPoint"/);
  });

  it('accepts O(d_0) or O(d_N) on a stabiliser slice only when the window leaves out the other boundary layer', () => {
    const N = 4;
    const rels = (c: Cert) => c.components.filter((x) => x.group === 'stabilizer').flatMap((x) => x.relations).filter((x) => x.slice);
    const layersOf = (r: Cert['components'][number]['relations'][number]) => r.terms.flatMap((t) => t[1].map((f) => f[0]));
    const bad = copy();
    // a relation whose layers include layer 1 cannot use O(d_N): an element of H with g_N orthogonal moves layer 1 too
    const first = rels(bad).find((r) => Math.min(...layersOf(r)) === 1);
    expect(first).toBeDefined();
    first!.slice!.orthogonal = [N];
    expect(checkUpperBoundCertificate(bad).checks.some((x) => !x.ok && /O\(d_v\) is not in the stabiliser's projection/.test(x.detail))).toBe(true);
    expect(checkUpperBoundCertificate(cert).checks.filter((x) => x.name.endsWith('slice dense')).every((x) => x.ok)).toBe(true);
  });

  it('carries eigenvalue relations (version 6): a changed shift, a removed one or a version-5 file is rejected', () => {
    type Eigen = { eigenvalueRelations?: { shift: [string, number][]; sign: number }[] };
    const withEigen = (c: Cert) => c.components.find((x) => (x as Eigen).eigenvalueRelations?.length && x.kernelFields === undefined)! as Cert['components'][number] & Eigen;
    const target = withEigen(cert);
    expect(target).toBeDefined();
    expect(checkUpperBoundCertificate(cert).checks.filter((x) => x.name.startsWith(`${target.label}: eigenvalue relation`)).every((x) => x.ok)).toBe(true);
    const shifted = copy();
    withEigen(shifted).eigenvalueRelations![0].shift.push(['1', 1]);
    expect(checkUpperBoundCertificate(shifted).checks.filter((x) => !x.ok).map((x) => x.name)).toEqual([`${target.label}: eigenvalue relation 1`, `${target.label}: upper bound`]);
    const removed = copy();
    withEigen(removed).eigenvalueRelations!.pop();
    expect(checkUpperBoundCertificate(removed).checks.filter((x) => !x.ok).map((x) => x.name)).toEqual([`${target.label}: upper bound`]);
    const v5 = copy();
    v5.version = 5;
    expect(checkUpperBoundCertificate(v5).conclusion).toMatch(/unknown field "eigenvalueRelations"/);
  });

  it('rejects a changed claim', () => {
    const bad = copy();
    bad.claims.restrictedDimension = 4;
    expect(checkUpperBoundCertificate(bad).ok).toBe(false);
    const worse = copy();
    worse.claims.genericDimension = 10; // above the number of delta coordinates
    expect(checkUpperBoundCertificate(worse).conclusion).toMatch(/malformed/);
  });

  it('refuses unknown fields and malformed numbers with the path', () => {
    const extra = { ...copy(), extra: 1 };
    expect(checkUpperBoundCertificate(extra).conclusion).toMatch(/unknown field "extra"/);
    const bad = copy() as unknown as { components: { point: string[][][] }[] };
    bad.components[0].point[0][0][0] = '1/0';
    expect(checkUpperBoundCertificate(bad).conclusion).toMatch(/components\[0\]\.point\[0\]\[0\]\[0\]: malformed rational/);
  });
});

describe('deeplin verify --certify and deeplin check', () => {
  it('writes a certificate that deeplin check accepts; JSON says proved', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'certify-')), 'c4.json');
    const io = bufferIO();
    expect(await runCli(['verify', '--depth', '4', '--width', '2', '--certify', file, '--json', '--jobs', '1'], io)).toBe(0);
    const out = JSON.parse(io.lines.join('\n'));
    expect([out.verdict, out.proved, out.exactComponents, out.restrictedDimensionExact]).toEqual(['holds', true, 8, true]);
    expect(JSON.parse(readFileSync(file, 'utf8')).kind).toBe('deeplin/upper-bound-certificate');
    const io2 = bufferIO();
    expect(await runCli(['check', file], io2)).toBe(0);
    expect(io2.lines.join('\n')).toMatch(/CERTIFICATE VALID/);
  });
});

describe('a stabiliser family that is not dense in T.H.W', () => {
  // widths (2, 2, 1), C = X Y^T = (1, 0)^T: psi misses one layer-scaling direction of T.H.W (rank d psi = 2 < 3);
  // the relation holds on psi, so it "proves" dim <= 2 although d delta o T already has rank 3 at W
  const cert = {
    kind: 'deeplin/upper-bound-certificate', version: 2, widths: [2, 2, 1],
    claims: { restrictedDimension: 3, genericDimension: 3 }, genericPoint: [[['1', '2'], ['-1', '3']], [['2', '-1']]],
    components: [{
      label: 'thin', group: 'stabilizer', data: { X: [['1', '0'], ['0', '1']], Y: [['1', '0']] }, point: [[['0', '-1'], ['0', '0']], [['0', '2']]],
      lowerBound: 3, upperBound: 2,
      relations: [{ terms: [['1', [[1, 0, 0, 2]]], ['-9/4', [[1, 0, 1, 2]]], ['17/4', [[1, 0, 0, 1], [1, 1, 1, 1]]], ['1', [[1, 1, 1, 2]]]] }],
    }],
  };

  it('is rejected by the density check line, although its relation holds on psi', () => {
    const r = checkUpperBoundCertificate(cert);
    expect(r.ok).toBe(false);
    const line = (name: string) => r.checks.find((c) => c.name === `thin: ${name}`);
    expect([line('relation 1')?.ok, line('upper bound')?.ok, line('lower bound')?.ok]).toEqual([true, true, true]);
    expect(line('family dense in T.H.W')).toMatchObject({ ok: false, detail: expect.stringMatching(/rank d psi\(g0\) = 2 < 3 = dim T\.H\.W/) });
    // (depth 2 has no point of A_H besides 0, so the membership line fails too: the point is crafted for the density check)
    expect(r.checks.filter((c) => !c.ok).map((c) => c.name).sort()).toEqual(['thin: family dense in T.H.W', 'thin: in A_H']);
  });

  it('needs no density when it claims no bound below m (what the prover writes for such a family)', () => {
    const none = { ...cert, components: [{ ...cert.components[0], upperBound: 3, relations: [] }] };
    const line = checkUpperBoundCertificate(none).checks.find((c) => c.name === 'thin: family dense in T.H.W');
    expect(line).toMatchObject({ ok: true, detail: expect.stringMatching(/no bound below 3 claimed/) });
  });
});

describe('an upper-bound certificate with no components (A_H empty, width 2 depth 2)', () => {
  const arch = uniformArchitecture(2, 2);
  const c = certifyVerification(arch, verifyArchitecture(arch, { seed: 1 }), { seed: 1 });
  const cert = JSON.parse(JSON.stringify(c.certificate));

  it('is written by verify --certify and accepted with restricted dimension 0', () => {
    expect([c.proved, c.components.length, cert.claims.restrictedDimension]).toEqual([true, 0, 0]);
    expect(checkUpperBoundCertificate(cert).ok).toBe(true);
  });

  it('is rejected when it claims a positive restricted dimension', () => {
    expect(checkUpperBoundCertificate({ ...cert, claims: { ...cert.claims, restrictedDimension: 1 } }).ok).toBe(false);
  });
});

describe('a certificate whose bounds do not meet claims the restricted dimension as a range', () => {
  // widths (1,1,1,1), the component W = 0: with only the relation Δ_1 = 0 the proved bound is 1, the exact rank 0
  const zero = [['0']];
  const cert = (restrictedDimension: unknown) => ({
    kind: 'deeplin/upper-bound-certificate', version: 1, widths: [1, 1, 1, 1],
    claims: { restrictedDimension, genericDimension: 2 }, genericPoint: [[['-3']], [['-2']], [['4']]],
    components: [{ label: 'W = 0', group: 'G', point: [zero, zero, zero], conditions: [[1, 1], [2, 2], [3, 3]],
      lowerBound: 0, upperBound: 1, relations: [{ terms: [['1', [[1, 0, 0, 1]]]] }] }],
  });

  it('accepts { atLeast, atMost } equal to the largest lower and proved upper bounds', () => {
    expect(checkUpperBoundCertificate(cert({ atLeast: 0, atMost: 1 })).ok).toBe(true);
  });

  it('rejects an exact claim the bounds do not prove, a wrong range, and an unknown field in the range', () => {
    expect(checkUpperBoundCertificate(cert(0)).ok).toBe(false);
    expect(checkUpperBoundCertificate(cert(1)).ok).toBe(false);
    expect(checkUpperBoundCertificate(cert({ atLeast: 0, atMost: 2 })).ok).toBe(false);
    expect(checkUpperBoundCertificate(cert({ atLeast: 0, atMost: 1, exact: false })).ok).toBe(false);
  });
});

describe('slices saturated by orthogonal groups (version 4: at the window\'s ends; version 5: also inside, for an invariant relation)', () => {
  // width 2 depth 5, the G component n=1,l=3 | [0,0]+[0,0]+[1,1]+[1,1] | … : its relations are proved on slices that O(2) saturates,
  // at end vertices (which fix the window's Δ) and at inner vertices v where the relation is SO(2)-invariant on Δ_v
  let task: ComponentTask;
  type Rel = { terms: [string, number[][]][]; slice?: { free: number[][]; orthogonal?: number[] } };
  let relations: Rel[] = [];
  beforeAll(() => {
    const arch = uniformArchitecture(5, 2);
    task = componentTasks(arch, verifyArchitecture(arch, { seed: 1 }), 1, {})[1];
    relations = JSON.parse(JSON.stringify(certifyComponentTask(task).relations));
  });
  const certificateOf = (rels: unknown[], version = 5) => ({
    kind: 'deeplin/upper-bound-certificate', version, widths: [...task.widths],
    claims: { restrictedDimension: 9, genericDimension: 12 },
    genericPoint: [[['1', '2'], ['3', '5']], [['2', '-1'], ['1', '4']], [['1', '1'], ['-2', '3']], [['1', '0'], ['2', '1']], [['3', '1'], ['1', '1']]],
    components: [{ label: task.label, group: 'G', point: task.point, conditions: task.conditions, lowerBound: 0, upperBound: 12, relations: rels }],
  });
  const sliceLines = (cert: unknown) => checkUpperBoundCertificate(cert).checks.filter((x) => x.name.endsWith('slice dense'));
  const layersOf = (r: Rel): number[] => r.terms.flatMap((t) => t[1].map((f) => f[0]));
  const innerOf = (r: Rel): number[] => (r.slice?.orthogonal ?? []).filter((v) => v >= Math.min(...layersOf(r)) && v <= Math.max(...layersOf(r)));

  it('accepts the saturated slices, saying which groups they use and where the relation was proved invariant', () => {
    expect(relations.filter((r) => (r.slice?.orthogonal?.length ?? 0) > 0).length).toBeGreaterThan(0);
    expect(relations.filter((r) => innerOf(r).length > 0).length).toBeGreaterThan(0);
    const lines = sliceLines(certificateOf(relations));
    expect(lines.length).toBe(relations.filter((r) => r.slice).length);
    expect(lines.every((x) => x.ok)).toBe(true);
    expect(lines.some((x) => /with the tangents of the orthogonal groups at vertices/.test(x.detail))).toBe(true);
    expect(lines.some((x) => /on which F is proved SO-invariant/.test(x.detail))).toBe(true);
  });

  it('rejects the slices without the groups (rank short), an inner group in a version-4 file or for a relation not invariant there, and the field in a version-3 file', () => {
    const bare = JSON.parse(JSON.stringify(relations));
    for (const r of bare) delete r.slice?.orthogonal;
    expect(sliceLines(certificateOf(bare)).some((x) => !x.ok && /rank \d+ < \d+/.test(x.detail))).toBe(true);
    expect(sliceLines(certificateOf(relations, 4)).some((x) => !x.ok && /inside layers/.test(x.detail))).toBe(true);
    // Δ_a[0][0] is not SO(2)-invariant: name vertex a for the relation Δ_a[0][0] − c (a tampered relation)
    const tampered: Rel[] = JSON.parse(JSON.stringify(relations));
    const r = tampered.find((x) => innerOf(x).length > 0) as Rel;
    const v = innerOf(r)[0];
    r.terms = [['1', [[v, 0, 0, 1]]]];
    expect(sliceLines(certificateOf(tampered)).some((x) => !x.ok && new RegExp(`F is NOT invariant under SO\\(d_${v}\\)`).test(x.detail))).toBe(true);
    expect(checkUpperBoundCertificate(certificateOf(relations, 3)).conclusion).toMatch(/unknown field "orthogonal"/);
  });
});
