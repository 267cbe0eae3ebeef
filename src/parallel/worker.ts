/**
 * The worker-thread entry of {@link mapInWorkers}: receives
 * `{ module, job, index, input }` messages, loads the job's module and runs
 * the job it registered ({@link loadJob}), and answers
 * `{ index, ok: true, output }` or `{ index, ok: false, error }`. Loaded as
 * `worker.js` from the compiled package, or as `worker.ts` through ts-node
 * when running from sources.
 */
import { parentPort } from 'node:worker_threads';
import { loadJob } from './job';
import { serializeError, type WorkerProgress, type WorkerReply, type WorkerRequest } from './protocol';
import type { Progress } from './progress';

/** Progress messages are posted at most this often (the last of a phase always goes). */
const PROGRESS_INTERVAL_MS = 200;

if (parentPort) {
  const port = parentPort;
  port.on('message', (message: WorkerRequest) => {
    let reply: WorkerReply;
    let posted = 0;
    const onProgress = (progress: Progress): void => {
      const now = Date.now();
      if (now - posted < PROGRESS_INTERVAL_MS && progress.done < progress.total) return;
      posted = now;
      port.postMessage({ index: message.index, progress } satisfies WorkerProgress);
    };
    try {
      reply = { index: message.index, ok: true, output: loadJob(message.module, message.job).run(message.input, message.progress ? onProgress : undefined) };
    } catch (e) {
      reply = { index: message.index, ok: false, error: serializeError(e) };
    }
    port.postMessage(reply);
  });
}
