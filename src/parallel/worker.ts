/**
 * The worker-thread entry of {@link mapInWorkers}: receives
 * `{ job, index, input }` messages, runs the registered job
 * ({@link runJob}) and answers `{ index, ok: true, output }` or
 * `{ index, ok: false, error }`. Loaded as `worker.js` from the compiled
 * package, or as `worker.ts` through ts-node when running from sources.
 */
import { parentPort } from 'node:worker_threads';
import { isJobName, runJob } from './jobs';
import { serializeError, type WorkerReply, type WorkerRequest } from './protocol';

if (parentPort) {
  const port = parentPort;
  port.on('message', (message: WorkerRequest) => {
    let reply: WorkerReply;
    try {
      if (!isJobName(message.job)) throw new Error(`unknown job "${String(message.job)}"`);
      reply = { index: message.index, ok: true, output: runJob(message.job, message.input as never) };
    } catch (e) {
      reply = { index: message.index, ok: false, error: serializeError(e) };
    }
    port.postMessage(reply);
  });
}
