/**
 * The workers' logic run in the page itself, for a browser without Web Workers (or one that
 * refuses to start them): the same servers (server.ts, surfaceServer.ts) behind the interfaces
 * the clients use, messages passed in later tasks as between threads. The page then trains and
 * draws surfaces on its own thread, more slowly, but shows the data and the mathematics as ever.
 */
import type { WorkerLike } from './client';
import type { FromWorker, ToWorker } from './protocol';
import { createServer } from './server';
import type { SurfaceWorkerLike } from './surfaceClient';
import type { FromSurfaceWorker, ToSurfaceWorker } from './surfaceProtocol';
import { createSurfaceServer } from './surfaceServer';

/** Runs `callback` in a later task, as a message between threads would arrive. */
function later(callback: () => void, delayMs = 0): () => void {
  const id = setTimeout(callback, delayMs);
  return () => clearTimeout(id);
}

export class InPageTrainingWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  private terminated = false;
  private readonly handle = createServer({
    post: (message) =>
      void later(() => {
        if (!this.terminated) this.onmessage?.({ data: message } as MessageEvent<FromWorker>);
      }),
    now: () => performance.now(),
    schedule: (callback, delayMs) => later(() => !this.terminated && callback(), delayMs),
  });

  postMessage(message: ToWorker): void {
    later(() => {
      if (!this.terminated) this.handle(message);
    });
  }

  terminate(): void {
    this.terminated = true;
  }
}

export class InPageSurfaceWorker implements SurfaceWorkerLike {
  onmessage: ((event: MessageEvent<FromSurfaceWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  private terminated = false;
  private readonly handle = createSurfaceServer({
    post: (message) =>
      void later(() => {
        if (!this.terminated) {
          this.onmessage?.({ data: message } as MessageEvent<FromSurfaceWorker>);
        }
      }),
    defer: (callback) => void later(() => !this.terminated && callback()),
  });

  postMessage(message: ToSurfaceWorker): void {
    later(() => {
      if (!this.terminated) this.handle(message);
    });
  }

  terminate(): void {
    this.terminated = true;
  }
}
