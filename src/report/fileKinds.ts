/**
 * Every kind of deeplin result file, listed once: how it is recognised, how
 * `deeplin check` re-proves it, how `deeplin report` draws it, and what it is
 * called. A new kind is added here and both commands know it.
 *
 * | kind | recognised by | check | report |
 * | --- | --- | --- | --- |
 * | `witness` | `kind: "deeplin/counterexample-witness"` | checkWitness (also every file no other kind claims) | witness page |
 * | `flow` | `kind: "deeplin/flow"` with an array `runs` | — | flowReportPage |
 * | `sweep` | a non-empty array `results` or `profiles` of `{widths: int[], verdict: string, …}` (`proofs/minimal-counterexamples.json`, `deeplin sweep`); an empty one only with `kind` `deeplin/sweep` or `deeplin/minimal-counterexamples` | — | sweep page |
 * | `search` | `deeplin search --json`: a non-empty `depths` array of `{depth, verdict, restrictedDimension, genericDimension}` | — | search page |
 * | `profile-search` | `deeplin search --profiles --json`: `status` `found` (with `widths`) or `none-found`, `tried`, `method` | — | profile-search page |
 * | `verify` | `deeplin verify --json`: `verdict`, `widths`, `genericDimension`, `restrictedDimension`, `evidence.maximalComponents` | — | verify page |
 * | `image-dim` | `deeplin image-dim --json`: `singularValues`, `dimension`, `lowerBound`, `upperBound`, `failureProbability`, `floatRank` | — | image-dim page |
 * | `conservation-sweep` | `kind: "deeplin/conservation-sweep"` | checkConservationSweep | — |
 * | `relation-certificate` | `kind: "deeplin/relation-certificate"` | checkRelationCertificate | — |
 * | `verify-evidence` | `kind: "deeplin/verify-evidence"` | checkRelationCertificate on each component's certificates | — |
 * | `upper-bound-certificate` | `kind: "deeplin/upper-bound-certificate"` | checkUpperBoundCertificate | — |
 * | `landscape-evidence` | `kind: "deeplin/landscape-evidence"` | checkLandscapeEvidence | — |
 *
 * Kinds are tried in this order; the first that recognises a file is its kind.
 */
import type { OnProgress } from '../parallel/progress';
import { ArgumentError } from '../errors';
import { checkUpperBoundCertificate, UPPER_BOUND_CERTIFICATE_KIND } from '../certify/checkUpperBoundCertificate';
import { checkConservationSweep } from '../conservation/checkConservationSweep';
import { checkLandscapeEvidence } from '../critical/checkLandscapeEvidence';
import { LANDSCAPE_EVIDENCE_KIND } from '../critical/landscapeEvidence';
import { FLOW_KIND } from '../flow/runFlow';
import { checkRelationCertificate, RELATION_CERTIFICATE_KIND } from '../verify/relationCertificate';
import { checkWitness } from '../witness/checkWitness';
import { WITNESS_KIND } from '../witness/witnessFormat';
import { flowReportPage } from './flowReport';
import { imageDimPage, profileSearchPage, type ResultPage, searchPage, sweepPage, verifyPage, witnessPage } from './resultPages';
import { isImageDimResult, isObject, isProfileSearchResult, isSearchResult, isVerifyResult, sweepEntries } from './resultShapes';

type Obj = Record<string, unknown>;

/** What `deeplin check` prints for one file. */
export interface CheckOutcome {
  readonly ok: boolean;
  /** The fields of `deeplin check --json`, between `file` and `seconds`. */
  readonly fields: object;
  /** The text output, given the seconds the check took. */
  readonly lines: (seconds: number) => readonly string[];
}

export interface CheckContext {
  /** The file as the user named it. */
  readonly file: string;
  /** Who refuses a malformed file, first in the message (e.g. `deeplin check`). */
  readonly name: string;
  /** Progress of a long check (rendered by the caller, e.g. the CLI's ticker). */
  readonly progress: OnProgress;
}

export interface FileKind {
  readonly name: string;
  /** What the file is, in a few words (the report page's "kind" fact). */
  readonly description: string;
  readonly recognise: (json: Obj) => boolean;
  /** How `deeplin check` re-proves it (none: the file holds no claims to re-prove). */
  readonly check?: (json: unknown, context: CheckContext) => CheckOutcome;
  /** Its `deeplin report` page (none: no report for this kind). */
  readonly reportPage?: (json: Obj, file: string) => ResultPage;
  /** Its place and words in the list of inputs `deeplin report` accepts. */
  readonly accepted?: { readonly position: number; readonly text: string };
}

interface CheckedItem { readonly ok: boolean; readonly name: string; readonly detail: string }
interface CheckReport { readonly ok: boolean; readonly checks: readonly CheckedItem[]; readonly conclusion: string }

const passLine = (c: CheckedItem): string => `${c.ok ? 'PASS' : 'FAIL'} ${c.name}: ${c.detail}`;
const checkedLine = (file: string, seconds: number): string => `(checked ${file} in ${seconds.toFixed(2)} s, exact arithmetic over Q)`;

/** The checks, the conclusion, the informational fields and the time, of one report. */
function reportOutcome(report: CheckReport & { readonly informational?: readonly string[] }, file: string): CheckOutcome {
  const informational = report.informational ?? [];
  return {
    ok: report.ok,
    fields: report,
    lines: (seconds) => [
      ...report.checks.map(passLine),
      report.conclusion,
      ...(informational.length > 0 ? [`informational, not re-checked: ${informational.join(', ')}`] : []),
      checkedLine(file, seconds),
    ],
  };
}

/**
 * A deeplin/relation-certificate, or every certificate of a
 * deeplin/verify-evidence bundle (each component's `certificates`), checked
 * by checkRelationCertificate (exact polynomial identity from the file alone).
 */
function relationCertificatesOutcome(json: unknown, { file, name }: CheckContext): CheckOutcome {
  const bundle = json as { kind?: string; components?: unknown };
  const certificates: [string, unknown][] = [];
  if (bundle.kind === RELATION_CERTIFICATE_KIND) certificates.push(['certificate', json]);
  else {
    if (!Array.isArray(bundle.components)) throw new ArgumentError(name, `${file}: components`, bundle.components, 'an array of components, each with label and certificates');
    bundle.components.forEach((c: { label?: unknown; certificates?: unknown }, i: number) => {
      const list = c?.certificates ?? [];
      if (!Array.isArray(list)) throw new ArgumentError(name, `${file}: components[${i}].certificates`, list, 'an array of deeplin/relation-certificate objects');
      list.forEach((cert, j) => certificates.push([`${String(c.label ?? i)} #${j + 1}`, cert]));
    });
  }
  const reports = certificates.map(([label, cert]) => ({ label, ...checkRelationCertificate(cert) }));
  const ok = reports.every((r) => r.ok);
  const conclusion = `${reports.length} relation certificate${reports.length === 1 ? '' : 's'} checked: ${ok ? 'all pass' : 'SOME FAIL'}`;
  return {
    ok,
    fields: { ok, conclusion, certificates: reports },
    lines: (seconds) => [
      ...reports.flatMap((r) => [...(reports.length > 1 ? [`== ${r.label}`] : []), ...r.checks.map(passLine), r.conclusion]),
      conclusion,
      checkedLine(file, seconds),
    ],
  };
}

const tagged = (kind: string) => (json: Obj): boolean => json.kind === kind;

/** The witness kind; `deeplin check` also gives it every file that no other kind recognises (its checker says why it is not a witness). */
const WITNESS_FILE: FileKind & Required<Pick<FileKind, 'check'>> = {
  name: 'witness',
  description: 'counterexample witness',
  recognise: tagged(WITNESS_KIND),
  check: (json, { file, name }) => reportOutcome(checkWitness(json, `${name}: ${file}`), file),
  reportPage: witnessPage,
  accepted: { position: 6, text: `or a counterexample witness (kind ${WITNESS_KIND})` },
};

export const FILE_KINDS: readonly FileKind[] = [
  WITNESS_FILE,
  { name: 'flow', description: 'deeplin flow --json', recognise: (j) => j.kind === FLOW_KIND && Array.isArray(j.runs), reportPage: flowReportPage, accepted: { position: 3, text: 'deeplin flow --json' } },
  {
    name: 'sweep',
    description: 'sweep over width profiles',
    recognise: (j) => sweepEntries(j) !== null,
    reportPage: sweepPage,
    accepted: { position: 4, text: 'a sweep ({"results" or "profiles": [{"widths": [...], "verdict": "..."}, ...]}, e.g. proofs/minimal-counterexamples.json)' },
  },
  { name: 'search', description: 'deeplin search --json', recognise: isSearchResult, reportPage: searchPage, accepted: { position: 2, text: 'deeplin search --json (per depth or --profiles)' } },
  { name: 'profile-search', description: 'deeplin search --profiles --json', recognise: isProfileSearchResult, reportPage: profileSearchPage },
  { name: 'verify', description: 'deeplin verify --json', recognise: isVerifyResult, reportPage: verifyPage, accepted: { position: 0, text: 'deeplin verify --json' } },
  { name: 'image-dim', description: 'deeplin image-dim --json', recognise: isImageDimResult, reportPage: imageDimPage, accepted: { position: 1, text: 'deeplin image-dim --json' } },
  {
    name: 'conservation-sweep',
    description: 'conservation-law sweep (deeplin conservation)',
    recognise: tagged('deeplin/conservation-sweep'),
    check: (json, { progress }) => {
      const c = checkConservationSweep(json, { onRow: (done, total) => progress({ phase: 'rows re-checked', done, total }) });
      return { ok: c.ok, fields: c, lines: () => [...c.rows.map((r) => `${r.ok ? 'PASS' : 'FAIL'} ${r.detail}`), c.conclusion] };
    },
  },
  { name: 'relation-certificate', description: 'a proved linear relation on δ\'s image over a window', recognise: tagged(RELATION_CERTIFICATE_KIND), check: relationCertificatesOutcome },
  { name: 'verify-evidence', description: 'relation certificates of every component (deeplin verify)', recognise: tagged('deeplin/verify-evidence'), check: relationCertificatesOutcome },
  {
    name: 'upper-bound-certificate',
    description: 'upper-bound certificate (deeplin verify --certify)',
    recognise: tagged(UPPER_BOUND_CERTIFICATE_KIND),
    check: (json, { file }) => reportOutcome(checkUpperBoundCertificate(json), file),
  },
  {
    name: 'landscape-evidence',
    description: 'critical points and their classification (deeplin classify --out)',
    recognise: tagged(LANDSCAPE_EVIDENCE_KIND),
    check: (json, { file }) => reportOutcome(checkLandscapeEvidence(json), file),
  },
];

/** The kind `deeplin report` draws `json` as, or null (no kind with a report page recognises it). */
export function reportFileKind(json: unknown): FileKind | null {
  if (!isObject(json)) return null;
  return FILE_KINDS.find((k) => k.reportPage !== undefined && k.recognise(json)) ?? null;
}

/** The kind `deeplin check` re-proves `json` as: the first checkable kind that recognises it, else the witness (whose checker explains what is wrong). */
export function checkFileKind(json: unknown): FileKind {
  return (isObject(json) ? FILE_KINDS.find((k) => k.check !== undefined && k.recognise(json)) : undefined) ?? WITNESS_FILE;
}

/** Re-proves a result file by the checker of its kind ({@link checkFileKind}). */
export function checkResultFile(json: unknown, context: CheckContext): CheckOutcome {
  return (checkFileKind(json).check ?? WITNESS_FILE.check)(json, context);
}

/** One-line description of every input `deeplin report` accepts, for error messages and help. */
export const REPORT_INPUTS = FILE_KINDS.flatMap((k) => (k.accepted ? [k.accepted] : []))
  .sort((a, b) => a.position - b.position)
  .map((a) => a.text)
  .join(', ');

/** The name of the kind `deeplin report` draws `json` as (`verify`, `sweep`, `witness`, …), or null. */
export function reportKind(json: unknown): string | null {
  return reportFileKind(json)?.name ?? null;
}
