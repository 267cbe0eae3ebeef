import { describe, expect, it } from 'vitest';
import { bufferIO } from '../../src/cli/commandIO';
import { runCli } from '../../src/cli/main';
import { checkFileKind, FILE_KINDS, REPORT_INPUTS, reportKind } from '../../src/report/fileKinds';
import { INPUTS, readJson } from './support';

/** Runs the CLI (commands may be synchronous or asynchronous) and parses its JSON output. */
async function cliJson(args: string[]): Promise<unknown> {
  const io = bufferIO();
  await runCli(args, io);
  return JSON.parse(io.lines.join('\n'));
}

describe('reportKind recognises each deeplin result by its shape', () => {
  for (const { kind, file } of INPUTS) {
    it(`${file} is ${kind}`, () => {
      expect(reportKind(readJson(file))).toBe(kind);
    });
  }

  it('live CLI outputs keep the shapes the report expects', async () => {
    expect(reportKind(await cliJson(['verify', '--depth', '4', '--width', '2', '--json']))).toBe('verify');
    expect(reportKind(await cliJson(['image-dim', '--vars', 'a,b', '--map', 'a^2, a*b, b^2', '--json']))).toBe('image-dim');
    expect(reportKind(await cliJson(['search', '--width', '1', '--max-depth', '4', '--json']))).toBe('search');
    expect(reportKind(await cliJson(['search', '--profiles', '--max-width', '1', '--min-depth', '2', '--max-depth', '3', '--runs', '3', '--json']))).toBe('profile-search');
  });

  it('a deeplin sweep file ({kind: "deeplin/sweep", results: [...]}) is a sweep, as is a bare results or profiles array', () => {
    const entry = { widths: [1, 2, 1], depth: 2, verdict: 'holds', coverage: 'full', restrictedDimension: 0, genericDimension: 3, genericExact: true, components: 0, failureProbability: 0, witness: null };
    expect(reportKind({ kind: 'deeplin/sweep', version: 1, seed: 1, results: [entry] })).toBe('sweep');
    expect(reportKind({ kind: 'deeplin/sweep', results: [] })).toBe('sweep');
    expect(reportKind({ results: [{ widths: [2, 2, 2], verdict: 'fails' }] })).toBe('sweep');
    expect(reportKind({ profiles: [{ widths: [2, 2, 2], verdict: 'fails', restricted: 3, generic: 3 }] })).toBe('sweep');
  });

  it('refuses other values', () => {
    for (const bad of [null, 3, 'x', [], {}, { results: [] }, { results: [{ widths: [1, 2], verdict: 3 }] }, { results: [{ widths: [1.5], verdict: 'holds' }] },
      { depths: [] }, { depths: [{ depth: 2 }] }, { status: 'found', tried: 3, method: 'm' }, { verdict: 'holds', widths: [1, 1, 1] },
      { kind: 'deeplin/verify-evidence' }, { singularValues: ['1'], dimension: 1, lowerBound: 1, upperBound: 1, failureProbability: 0, floatRank: 1 }]) {
      expect(reportKind(bad), JSON.stringify(bad)).toBeNull();
    }
  });
});

describe('FILE_KINDS: one registry for deeplin check and deeplin report', () => {
  it('names each kind once, and every kind is checked, reported or both', () => {
    const names = FILE_KINDS.map((k) => k.name);
    expect(new Set(names).size).toBe(names.length);
    expect(FILE_KINDS.filter((k) => k.check === undefined && k.reportPage === undefined)).toEqual([]);
    expect(FILE_KINDS.filter((k) => k.check !== undefined).map((k) => k.name)).toEqual(['witness', 'conservation-sweep', 'relation-certificate', 'verify-evidence', 'upper-bound-certificate', 'landscape-evidence']);
    expect(FILE_KINDS.filter((k) => k.reportPage !== undefined).map((k) => k.name)).toEqual(['witness', 'flow', 'sweep', 'search', 'profile-search', 'verify', 'image-dim']);
  });

  it('deeplin check picks the checker by the file\'s kind, and the witness checker for anything else', () => {
    const kindOf = (json: unknown): string => checkFileKind(json).name;
    expect(kindOf({ kind: 'deeplin/conservation-sweep' })).toBe('conservation-sweep');
    expect(kindOf({ kind: 'deeplin/relation-certificate' })).toBe('relation-certificate');
    expect(kindOf({ kind: 'deeplin/verify-evidence' })).toBe('verify-evidence');
    expect(kindOf({ kind: 'deeplin/upper-bound-certificate' })).toBe('upper-bound-certificate');
    expect(kindOf({ kind: 'deeplin/landscape-evidence' })).toBe('landscape-evidence');
    expect(kindOf(readJson('proofs/depth16-width2.witness.json'))).toBe('witness');
    expect(kindOf(readJson('test/report/fixtures/verify-depth7-width2.json'))).toBe('witness'); // not checkable: the witness checker says why
    expect(kindOf([1, 2])).toBe('witness');
  });

  it('lists the accepted report inputs in one line, in the order of the help text', () => {
    expect(REPORT_INPUTS).toBe(
      'deeplin verify --json, deeplin image-dim --json, deeplin search --json (per depth or --profiles), deeplin flow --json, ' +
        'a sweep ({"results" or "profiles": [{"widths": [...], "verdict": "..."}, ...]}, e.g. proofs/minimal-counterexamples.json), ' +
        'or a counterexample witness (kind deeplin/counterexample-witness)',
    );
  });
});
