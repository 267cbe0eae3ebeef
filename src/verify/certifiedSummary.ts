/**
 * How `verify --certify` and `search --certify` report a certification: JSON
 * fields (`proved`, `exactComponents`, the restricted dimension and whether it
 * is exact, the components still Monte-Carlo with the reason, those whose bounds do not
 * meet with their bounds and what was tried) and one text
 * paragraph.
 */
import type { CertifiedVerification } from './certifyVerification';

export function certifiedSummary(c: CertifiedVerification, file: string | null): Record<string, unknown> {
  return {
    proved: c.proved,
    exactComponents: c.exactComponents,
    provedComponents: c.provedComponents,
    certifiedComponents: c.components.length,
    restrictedDimensionBounds: c.restricted,
    restrictedDimensionExact: c.restricted.exact,
    stillMonteCarlo: c.unproved,
    // proved below the generic dimension but not to equality: what resisted, and what was tried
    notExact: c.components.filter((x) => !x.exact).map((x) => ({ label: x.label, lowerBound: x.lowerBound, upperBound: x.upperBound, reason: x.reason })),
    certificate: c.certificate ? file : null,
    certifySeconds: c.seconds,
  };
}

export function certifiedText(c: CertifiedVerification, file: string | null): string {
  const head = c.proved
    ? `PROVED: every one of the ${c.components.length} components carries a proved upper bound (${c.exactComponents} with exact dimension); restricted dimension ${c.restricted.exact ? `= ${c.restricted.upperBound} exactly` : `in [${c.restricted.lowerBound}, ${c.restricted.upperBound}]`}`
    : `NOT PROVED: ${c.unproved.length} of ${c.components.length} components still rest on Monte-Carlo`;
  const rest = c.unproved.slice(0, 10).map((u) => `\n  Monte-Carlo only: ${u.label} (${u.reason})`).join('');
  return `${head}${rest}${c.certificate && file ? `\ncertificate written to ${file}; re-check with: npx deeplin check ${file}` : ''} (${c.seconds.toFixed(1)} s)`;
}
