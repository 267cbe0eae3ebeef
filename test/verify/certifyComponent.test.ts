import { describe, expect, it } from 'vitest';
import { architecture } from '../../src/model/architecture';
import { checkRelationCertificate } from '../../src/verify/relationCertificate';
import { certifyComponent } from '../../src/verify/certifyComponent';
import { hessianComponents } from '../../src/verify/hessianComponents';

describe('certifyComponent', () => {
  it('proves an exact relation for the components of widths (1,1,1,1) that have short zero windows, and every certificate re-checks', () => {
    const arch = architecture([1, 1, 1, 1]);
    const results = [...hessianComponents(arch)].map((c) => certifyComponent(arch, c, 1));
    expect(results.some((r) => r !== null)).toBe(true);
    for (const r of results) for (const cert of r ?? []) expect(checkRelationCertificate(JSON.parse(JSON.stringify(cert))).ok).toBe(true);
  });
});
