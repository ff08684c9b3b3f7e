import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/state/config';
import { NO_WORKER_MESSAGE, TrainerClient } from '../../src/worker/client';
import { InPageTrainingWorker } from '../../src/worker/inPage';
import type { ToWorker } from '../../src/worker/protocol';

/**
 * Issue 17, item 7: a worker that stops answering (a busy loop, or terminated by the browser) froze
 * the run with Pause shown and no message. The client's watchdog pings it and restarts it from the
 * mirrored history, as it does a worker that throws; a browser without workers trains in the page.
 */

/** The real worker logic in this thread; `hang()` makes it ignore everything from then on. */
class HangableWorker extends InPageTrainingWorker {
  hung = false;
  hang(): void {
    this.hung = true;
  }
  override postMessage(message: ToWorker): void {
    if (!this.hung) super.postMessage(message);
  }
}

describe('the watchdog', () => {
  let workers: HangableWorker[];
  let client: TrainerClient;

  beforeEach(() => {
    vi.useFakeTimers();
    workers = [];
    client = new TrainerClient({
      createWorker: () => {
        const worker = new HangableWorker();
        workers.push(worker);
        return worker;
      },
      requestFrame: (callback) => setTimeout(callback, 16),
      watchdog: { intervalMs: 1000, timeoutMs: 3000 },
    });
    client.load(DEFAULT_CONFIG);
  });

  afterEach(() => {
    client.dispose();
    vi.useRealTimers();
  });

  it('leaves a worker that answers alone, playing or not', async () => {
    await vi.advanceTimersByTimeAsync(50);
    client.play();
    await vi.advanceTimersByTimeAsync(5000);
    client.pause();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(workers).toHaveLength(1);
    expect(client.getView().notice).toBeNull();
  });

  it('restarts a hung worker from the mirrored history, saying so', async () => {
    await vi.advanceTimersByTimeAsync(50);
    for (let k = 0; k < 7; k++) client.step();
    await vi.advanceTimersByTimeAsync(200);
    expect(client.getView().snapshot?.iteration).toBe(7);
    client.play();
    await vi.advanceTimersByTimeAsync(300);
    workers[0].hang();
    // What the worker had sent before it hung still arrives.
    await vi.advanceTimersByTimeAsync(100);
    const frozen = client.getView().snapshot!.iteration;
    // Pause, Step: ignored by the hung worker.
    client.pause();
    client.step();
    await vi.advanceTimersByTimeAsync(6000);
    expect(workers).toHaveLength(2);
    const view = client.getView();
    expect(view.notice?.kind).toBe('recovered');
    expect(view.notice?.message).toMatch(
      new RegExp(`stopped answering.*restarted at iteration ${frozen}; nothing was lost`),
    );
    expect(view.snapshot?.iteration).toBe(frozen);
    expect(view.snapshot?.playing).toBe(false);
    client.step();
    await vi.advanceTimersByTimeAsync(100);
    expect(client.getView().snapshot?.iteration).toBe(frozen + 1);
  });

  it('gives up after repeated hangs, keeping the settings and history', async () => {
    await vi.advanceTimersByTimeAsync(50);
    for (let round = 0; round < 4; round++) {
      workers.at(-1)!.hang();
      await vi.advanceTimersByTimeAsync(6000);
    }
    expect(client.getView().notice?.kind).toBe('failed');
    expect(client.getView().notice?.message).toMatch(/keeps failing \(it stopped answering/);
  });
});

describe('a browser without Web Workers', () => {
  it('trains in the page, saying so, and shows the run', async () => {
    expect(typeof Worker).toBe('undefined');
    vi.useFakeTimers();
    try {
      const client = new TrainerClient({ requestFrame: (callback) => setTimeout(callback, 16) });
      client.load(DEFAULT_CONFIG);
      await vi.advanceTimersByTimeAsync(100);
      expect(client.getView().info?.parameterNames).toEqual(['intercept', 'x1', 'x2']);
      client.step();
      await vi.advanceTimersByTimeAsync(100);
      const view = client.getView();
      expect(view.snapshot?.iteration).toBe(1);
      expect(view.notice).toEqual({ kind: 'inPage', message: NO_WORKER_MESSAGE });
      client.dispose();
    } finally {
      vi.useRealTimers();
    }
  });
});
