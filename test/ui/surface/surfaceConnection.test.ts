import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Objective } from '../../../src/engine';
import { SurfaceClient, type SurfaceWorkerLike } from '../../../src/worker/surfaceClient';
import type {
  FromSurfaceWorker,
  SurfaceData,
  ToSurfaceWorker,
} from '../../../src/worker/surfaceProtocol';
import { createSurfaceServer } from '../../../src/worker/surfaceServer';
import { sliceRequest } from '../../../src/ui/surface/sliceSchedule';
import { SurfaceConnection } from '../../../src/ui/surface/surfaceConnection';

/** The real surface worker logic in this thread, behind the Worker interface, asynchronously. */
class LoopbackSurfaceWorker implements SurfaceWorkerLike {
  onmessage: ((event: MessageEvent<FromSurfaceWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  private readonly handle = createSurfaceServer({
    post: (message) =>
      setTimeout(() => {
        if (!this.terminated)
          this.onmessage?.({ data: message } as MessageEvent<FromSurfaceWorker>);
      }, 0),
    defer: (callback) => setTimeout(() => !this.terminated && callback(), 0),
  });

  postMessage(message: ToSurfaceWorker): void {
    setTimeout(() => !this.terminated && this.handle(structuredClone(message)), 0);
  }

  terminate(): void {
    this.terminated = true;
  }
}

const CE: Objective = { loss: 'crossEntropy', regularization: { kind: 'none', lambda: 0 } };
const data = (n: number): SurfaceData => ({
  data: { kind: 'preset', preset: 'twoBlobs', n, noise: 1, seed: 1 },
  features: { standardize: true, degree: 1 },
});
const RANGE = { x: { min: -1, max: 3 }, y: { min: -2, max: 2 } };
const AXES = { x: 1, y: 2 };

describe('SurfaceConnection', () => {
  let workers: LoopbackSurfaceWorker[];
  let clock: number;
  let connection: SurfaceConnection;

  beforeEach(() => {
    vi.useFakeTimers();
    workers = [];
    clock = 0;
    connection = new SurfaceConnection(
      () =>
        new SurfaceClient(() => {
          const worker = new LoopbackSurfaceWorker();
          workers.push(worker);
          return worker;
        }),
      () => clock,
    );
  });

  afterEach(() => {
    connection.close();
    vi.useRealTimers();
  });

  it('starts no worker until opened, and a fresh one after a close (StrictMode remounts)', async () => {
    expect(workers).toHaveLength(0);
    connection.open();
    connection.open();
    expect(workers).toHaveLength(1);
    connection.close();
    expect(workers[0].terminated).toBe(true);
    connection.setData(data(50));
    connection.open();
    expect(workers).toHaveLength(2);
    // The new worker was given the data: a request is answered.
    connection.send(sliceRequest(CE, [0, 0, 0], AXES, RANGE, 30));
    await vi.runAllTimersAsync();
    expect(connection.getView().grid?.values).toHaveLength(900);
  });

  it('shows the coarse grid, then the full one, and notes when the request was answered', async () => {
    connection.open();
    connection.setData(data(50));
    const request = sliceRequest(CE, [0, 0, 0], AXES, RANGE, 40);
    clock = 100;
    connection.send(request);
    const seen: boolean[] = [];
    connection.subscribe(() => {
      const grid = connection.getView().grid;
      if (grid) seen.push(grid.coarse);
    });
    clock = 130;
    await vi.runAllTimersAsync();
    expect(seen[0]).toBe(true);
    expect(seen[seen.length - 1]).toBe(false);
    expect(connection.lastSent).toEqual({ request, at: 100, answeredAt: 130 });
  });

  it('never shows a grid of the previous data after the data changed', async () => {
    connection.open();
    connection.setData(data(50));
    connection.send(sliceRequest(CE, [0, 0, 0], AXES, RANGE, 30));
    await vi.runAllTimersAsync();
    const before = connection.getView();
    expect(before.grid).not.toBeNull();
    connection.setData(data(80));
    const after = connection.getView();
    expect(after.grid).toBeNull();
    expect(after.dataVersion).toBe(before.dataVersion + 1);
    expect(connection.lastSent).toBeNull();
  });

  it('getView keeps its identity while nothing changed (for useSyncExternalStore)', () => {
    connection.open();
    expect(connection.getView()).toBe(connection.getView());
  });
});
