/**
 * `deeplin classify POINT.json`: the exact kind of a point of the landscape.
 */
import { checkOutputPath, readInputJson, writeOutputFile } from '../fileIO';
import { matFromStrings } from '../../algebra/matrix';
import { type Rational, ratSub, ratToString } from '../../algebra/rational';
import { QQ } from '../../algebra/rationalField';
import { classifyPoint, type PointClassification } from '../../critical/classifyPoint';
import { defaultLandscapeData } from '../../critical/landscapeData';
import { landscapeEvidence } from '../../critical/landscapeEvidence';
import { lineLossPolynomial } from '../../critical/lineLoss';
import { ArgumentError, FormatError } from '../../errors';
import { architecture } from '../../model/architecture';
import type { CommandIO } from '../commandIO';
import { printJson } from '../commonOptions';
import { parseArgs } from '../parseArgs';

export const classifyHelp = `deeplin classify POINT.json [--json] [--out EVIDENCE.json]

Classifies a point of the loss landscape exactly: not-critical, global-minimum,
strict-saddle, non-strict-saddle (flagging a vanishing Hessian: points of A_H) or
undetermined (exit 3, with the reason). Exact over Q: the gradient, the Hessian's
inertia by a congruence C H C^T = D (Sylvester's law), a direction of negative
curvature for a strict saddle, a descent line L(W + tE) - L(W) = c t^k + ... with
c < 0 for a non-strict saddle, and the minimal loss over end-to-end matrices of
rank <= min d_i for a global minimum (Sturm sequences when it is irrational).
POINT.json: { "widths": [...], "data": { "X": [[...]], "Y": [[...]] }, "point": [W_1, ..., W_N] }
with exact rationals as strings ("data" omitted: the default data of critical-points).
--out writes evidence that 'deeplin check' re-verifies from the file alone.

Example:
  npx deeplin classify proofs/landscape/zero-2-2-2-2.point.json`;

export function classifyCommand(argv: readonly string[], io: CommandIO): number {
  const { positional, options } = parseArgs('classify', argv, { json: 'boolean', out: 'string' });
  if (positional.length !== 1) throw new ArgumentError('deeplin classify', 'POINT.json', positional.length === 0 ? 'missing' : positional.join(' '), 'exactly one point file');
  if (typeof options.out === 'string') checkOutputPath('classify', 'out', options.out);
  const { widths, data, point, dataSource } = readPointFile(positional[0]);
  const c = classifyPoint(widths, data, point);
  const evidence = landscapeEvidence(widths, data, point, c);
  if (typeof options.out === 'string') {
    writeOutputFile('classify', 'out', options.out, `${JSON.stringify(evidence, null, 1)}\n`);
  }
  if (options.json) {
    printJson(io, summary(c, evidence));
  } else {
    io.out(`deeplin classify: widths (${widths.join(',')}), data ${dataSource}`);
    for (const line of describe(c, point, data)) io.out(line);
    if (typeof options.out === 'string') io.out(`evidence written to ${options.out}; re-check with: npx deeplin check ${options.out}`);
  }
  return c.kind === 'undetermined' ? 3 : 0;
}

function summary(c: PointClassification, evidence: Record<string, unknown>): Record<string, unknown> {
  return {
    kind: c.kind,
    hessianVanishes: c.hessianVanishes ?? null,
    inertia: c.inertia ?? null,
    loss: ratToString(c.loss),
    gradientVanishes: c.gradient.every((G) => G.every((r) => r.every((x) => x.num === 0n))),
    ...(c.negativeDirection ? { negativeCurvature: ratToString(c.negativeDirection.curvature) } : {}),
    ...(c.descent ? { descentOrder: c.descent.order, descentCoefficients: (evidence.descentCurve as { coefficients: string[] }).coefficients } : {}),
    ...(c.globalMinimum ? { minimalLoss: c.globalMinimum.minimalLoss ? ratToString(c.globalMinimum.minimalLoss) : null, minimalLossMethod: c.globalMinimum.method } : {}),
    ...(c.reason ? { reason: c.reason } : {}),
  };
}

function describe(c: PointClassification, point: Rational[][][], data: { X: Rational[][]; Y: Rational[][] }): string[] {
  const lines: string[] = [];
  const flag = c.hessianVanishes ? ' (the Hessian vanishes: a point of A_H)' : '';
  lines.push(`kind: ${c.kind}${flag}`);
  lines.push(`loss: ${ratToString(c.loss)} (exact over Q)`);
  if (c.kind === 'not-critical') {
    lines.push('gradient: nonzero (exact over Q)');
    return lines;
  }
  lines.push('gradient: exactly zero');
  if (c.inertia) lines.push(`Hessian inertia (n+, n-, n0) = (${c.inertia.join(', ')}): exact over Q (congruence C H C^T = D, Sylvester's law)`);
  if (c.negativeDirection) lines.push(`negative curvature: Hess(E, E) = ${ratToString(c.negativeDirection.curvature)} < 0 along the direction E of the evidence`);
  if (c.descent) {
    const poly = lineLossPolynomial(point, c.descent.direction, data.X, data.Y);
    poly[0] = ratSub(poly[0], c.loss);
    const terms = poly.map((x, k) => [x, k] as const).filter(([x]) => x.num !== 0n).map(([x, k]) => `${ratToString(x)} t^${k}`);
    lines.push(`descent line W + tE (layers ${c.descent.layers.join(', ')}): L(W + tE) - L(W) = ${terms.join(' + ')} (exact; lowest order ${c.descent.order}, negative)`);
  }
  const gm = c.globalMinimum;
  if (gm && c.kind === 'global-minimum') lines.push(`global minimum: L(W) = minimal loss over rank <= min d_i (${gm.method === 'rational' ? 'exact rational' : 'exact, Sturm sequences'})`);
  else if (gm && gm.isGlobal === false) lines.push(`not a global minimum: ${gm.minimalLoss ? `minimal loss ${ratToString(gm.minimalLoss)}` : 'Σ has a larger eigenvalue outside the captured subspace'} (${gm.method === 'rational' ? 'exact rational' : 'exact, Sturm sequences'})`);
  if (c.reason) lines.push(`undetermined: ${c.reason}`);
  return lines;
}

/** Reads { widths, data?, point } with exact rational strings; other fields are ignored (witness files carry more). */
export function readPointFile(file: string): { widths: number[]; data: { X: Rational[][]; Y: Rational[][] }; point: Rational[][][]; dataSource: string } {
  const json = readInputJson('classify', file);
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new FormatError('deeplin classify', `${file} must hold a JSON object { widths, data, point }`);
  const o = json as Record<string, unknown>;
  if (!Array.isArray(o.widths)) throw new FormatError('deeplin classify', `${file}: "widths" must be an array of integers`);
  const widths = architecture(o.widths).widths.slice();
  const parse = (M: unknown, name: string): Rational[][] => {
    if (!Array.isArray(M) || !M.every((r) => Array.isArray(r))) throw new FormatError('deeplin classify', `${file}: ${name} must be a matrix of exact rational strings`);
    return matFromStrings(QQ, M as string[][]);
  };
  if (!Array.isArray(o.point)) throw new FormatError('deeplin classify', `${file}: "point" must be an array of ${widths.length - 1} matrices`);
  const point = o.point.map((W, k) => parse(W, `point[${k}]`));
  if (o.data === undefined) return { widths, data: defaultLandscapeData(widths), point, dataSource: 'default (X = I, Y with distinct rational eigenvalues of Σ)' };
  const data = o.data as Record<string, unknown>;
  if (typeof data !== 'object' || data === null) throw new FormatError('deeplin classify', `${file}: "data" must be an object { X, Y }`);
  return { widths, data: { X: parse(data.X, 'data.X'), Y: parse(data.Y, 'data.Y') }, point, dataSource: `from ${file}` };
}
