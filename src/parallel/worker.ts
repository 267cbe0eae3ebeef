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
import { serializeError, type WorkerReply, type WorkerRequest } from './protocol';

if (parentPort) {
  const port = parentPort;
  port.on('message', (message: WorkerRequest) => {
    let reply: WorkerReply;
    try {
      reply = { index: message.index, ok: true, output: loadJob(message.module, message.job).run(message.input) };
    } catch (e) {
      reply = { index: message.index, ok: false, error: serializeError(e) };
    }
    port.postMessage(reply);
  });
}
