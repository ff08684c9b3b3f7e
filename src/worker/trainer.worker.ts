/**
 * The worker entry: connects the protocol handler (server.ts) to the worker's globals. All logic
 * lives in server.ts, player.ts and trainer.ts, which run in Node tests too.
 */
import type { FromWorker, ToWorker } from './protocol';
import { transferables } from './protocol';
import { createServer } from './server';

const scope = self as unknown as DedicatedWorkerGlobalScope;

/**
 * setTimeout(0) is clamped to 4 ms after a few nested calls; a message to ourselves is not, and it
 * still lets the page's messages in first, so playing at full speed never starves a pause.
 */
function scheduleSoon(callback: () => void): () => void {
  const channel = new MessageChannel();
  let cancelled = false;
  channel.port1.onmessage = () => {
    channel.port1.close();
    if (!cancelled) callback();
  };
  channel.port2.postMessage(null);
  return () => {
    cancelled = true;
  };
}

const handle = createServer({
  post: (message: FromWorker) => scope.postMessage(message, transferables(message)),
  now: () => performance.now(),
  schedule: (callback, delayMs) => {
    if (delayMs <= 0) return scheduleSoon(callback);
    const id = setTimeout(callback, delayMs);
    return () => clearTimeout(id);
  },
});

scope.onmessage = (event: MessageEvent<ToWorker>) => handle(event.data);
