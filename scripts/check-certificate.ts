/**
 * Re-checks a relation certificate from the file alone.
 *   npx ts-node scripts/check-certificate.ts FILE
 * Prints one line per check and the conclusion; exit code 0 when every check
 * passes, 1 when a check fails, 2 when the file is missing or malformed.
 */
import { readFileSync } from 'fs';
import { FormatError } from '../src/errors';
import { checkRelationCertificate } from '../src/verify/relationCertificate';

const [file, ...extra] = process.argv.slice(2);
if (file === undefined || extra.length > 0) {
  console.error('usage: npx ts-node scripts/check-certificate.ts FILE');
  process.exit(2);
}
let json: unknown;
try {
  json = JSON.parse(readFileSync(file, 'utf8'));
} catch (e) {
  console.error(`check-certificate: cannot read ${file} as JSON: ${(e as Error).message}`);
  process.exit(2);
}
try {
  // a single certificate, or a bundle written by `deeplin verify --certify` (every certificate in it is checked)
  const bundle = json as { kind?: string; components?: { label: string; certificates?: unknown[] }[] };
  const certificates: [string, unknown][] =
    bundle.kind === 'deeplin/verify-evidence' && Array.isArray(bundle.components)
      ? bundle.components.flatMap((c) => (c.certificates ?? []).map((cert, i) => [`${c.label} #${i + 1}`, cert] as [string, unknown]))
      : [['certificate', json]];
  let ok = true;
  for (const [label, cert] of certificates) {
    const report = checkRelationCertificate(cert);
    if (certificates.length > 1) console.log(`== ${label}`);
    for (const c of report.checks) console.log(`${c.ok ? 'PASS' : 'FAIL'} ${c.name}: ${c.detail}`);
    console.log(report.conclusion);
    ok &&= report.ok;
  }
  if (certificates.length > 1) console.log(`${certificates.length} certificates checked: ${ok ? 'all pass' : 'SOME FAIL'}`);
  process.exitCode = ok ? 0 : 1;
} catch (e) {
  console.error((e as Error).message);
  process.exitCode = e instanceof FormatError ? 2 : 1;
}
