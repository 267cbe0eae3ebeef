/**
 * {@link certifyVerification} with the components certified by worker
 * threads (`verify --certify --jobs J`): every component is a self-contained
 * task ({@link componentTasks}) with its own seed from the named streams, and
 * every limit inside a certification is a deterministic work budget, so the
 * certifications — collected in index order — and the certificate are
 * byte-identical for every `jobs`. (`search --certify` stays sequential.)
 */
import { ArgumentError } from '../errors';
import type { Architecture } from '../model/architecture';
import { mapInWorkers } from '../parallel/pool';
import type { OrbitCertification } from '../certify/certifyOrbit';
import { assembleCertification, type CertifiedVerification, type CertifyVerificationOptions, uncertifiable } from './certifyVerification';
import { certifyComponentJob, componentTasks } from './componentCertification';
import type { VerifyResult } from './verifyArchitecture';

export async function certifyVerificationInParallel(
  arch: Architecture,
  result: VerifyResult,
  options: CertifyVerificationOptions & { readonly jobs?: number; readonly signal?: AbortSignal } = {},
): Promise<CertifiedVerification> {
  const t0 = Date.now();
  const none = uncertifiable(arch, result);
  if (none) return none;
  const seed = options.seed ?? result.seed;
  const tasks = componentTasks(arch, result, seed, options);
  let done = 0;
  const run = await mapInWorkers(certifyComponentJob, tasks, {
    jobs: options.jobs,
    signal: options.signal,
    onResult: (k, c) => options.onComponent?.((done = k + 1), { ...c, label: tasks[k].label, group: tasks[k].group }, (Date.now() - t0) / 1000, tasks.length),
    onProgress: (k, p) => {
      if (k === done) options.onProgress?.(p);
    },
  });
  if (run.status === 'aborted') throw new ArgumentError('certifyVerificationInParallel', 'signal', 'aborted', 'a run that is not interrupted');
  return assembleCertification(arch, result, seed, tasks, run.outputs as OrbitCertification[], t0);
}
