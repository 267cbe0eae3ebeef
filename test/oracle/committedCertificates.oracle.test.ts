import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { describe, expect, it } from 'vitest';
import { checkUpperBoundCertificate } from '../../src/certify/checkUpperBoundCertificate';

// Every committed uniform certificate (proofs/certificates/, written by scripts/certify-uniform.ts)
// re-checked from the file alone, and its claims as proofs/exact-bounds.json states them.
const dir = 'proofs/certificates';
const rows: { width: number; depth: number; proved: boolean; restricted: string; certificate: string | null }[] = JSON.parse(readFileSync('proofs/exact-bounds.json', 'utf8')).rows;
const files = readdirSync(dir).filter((f) => /^uniform-width\d+-depth\d+\.certificate\.json$/.test(f)).sort();

describe('committed upper-bound certificates (proofs/certificates/uniform-*)', () => {
  it('every proved row of exact-bounds.json names a committed certificate, and every certificate has its row', () => {
    expect(rows.filter((r) => r.proved).map((r) => r.certificate).sort()).toEqual(files.map((f) => join(dir, f)));
  });

  for (const file of files) {
    it(`${file}: deeplin's checker accepts it and proves the row's restricted dimension below the generic one`, () => {
      const r = checkUpperBoundCertificate(JSON.parse(readFileSync(join(dir, file), 'utf8')));
      expect(r.checks.filter((c) => !c.ok)).toEqual([]);
      const row = rows.find((x) => x.certificate === join(dir, file));
      const claimed = row?.restricted.replace(' (exact)', '') ?? '';
      // an exact row claims "= k exactly", a row whose bounds do not meet "= a .. b" (proved bounds)
      const range = /^(\d+)\.\.(\d+)$/.exec(claimed);
      const value = range ? `${range[1]} \\.\\. ${range[2]}` : `${claimed} exactly`;
      expect(r.conclusion).toMatch(new RegExp(`^CERTIFICATE VALID: dim cl delta\\(listed components\\) = ${value} < `));
    }, 1_800_000);
  }
});
