/** The surface worker's entry: connects surfaceServer.ts to the worker's globals. */
import type { FromSurfaceWorker, ToSurfaceWorker } from './surfaceProtocol';
import { contourBuffers } from './surfaceContours';
import { createSurfaceServer } from './surfaceServer';

const scope = self as unknown as DedicatedWorkerGlobalScope;

const handle = createSurfaceServer({
  post: (message: FromSurfaceWorker) =>
    scope.postMessage(
      message,
      message.type === 'surface'
        ? [message.values.buffer as ArrayBuffer, ...contourBuffers(message.contours)]
        : [],
    ),
  // A message to ourselves runs after the messages already queued: a newer request gets in first.
  defer: (callback) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      callback();
    };
    channel.port2.postMessage(null);
  },
});

scope.onmessage = (event: MessageEvent<ToSurfaceWorker>) => handle(event.data);
