import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/state/config';
import { TrainerClient, type WorkerLike } from '../../src/worker/client';
import type { FromWorker, ToWorker } from '../../src/worker/protocol';
import { createServer } from '../../src/worker/server';

/**
 * The real worker logic (server, player, trainer) in this thread, behind the Worker interface the
 * client uses. Messages cross asynchronously and are cloned, as between real threads.
 */
class LoopbackWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  terminated = false;
  /** Set to make the next message of this type throw inside the "worker". */
  failOn: ToWorker['type'] | null = null;
  private readonly handle = createServer({
    post: (message) =>
      setTimeout(() => {
        if (!this.terminated)
          this.onmessage?.({ data: structuredClone(message) } as MessageEvent<FromWorker>);
      }, 0),
    now: () => Date.now(),
    schedule: (callback, delayMs) => {
      const id = setTimeout(() => !this.terminated && callback(), delayMs);
      return () => clearTimeout(id);
    },
  });

  postMessage(message: ToWorker): void {
    setTimeout(() => {
      if (this.terminated) return;
      if (this.failOn === message.type) {
        this.failOn = null;
        this.onerror?.({ message: 'simulated failure', preventDefault: () => {} } as ErrorEvent);
        return;
      }
      this.handle(structuredClone(message));
    }, 0);
  }

  terminate(): void {
    this.terminated = true;
  }
}

describe('TrainerClient with the real worker logic', () => {
  let workers: LoopbackWorker[];
  let client: TrainerClient;

  beforeEach(() => {
    vi.useFakeTimers();
    workers = [];
    client = new TrainerClient({
      createWorker: () => {
        const worker = new LoopbackWorker();
        workers.push(worker);
        return worker;
      },
      requestFrame: (callback) => setTimeout(callback, 16),
    });
    client.load(DEFAULT_CONFIG);
  });

  afterEach(() => {
    client.dispose();
    vi.useRealTimers();
  });

  it('loads a run and mirrors its history', async () => {
    await vi.advanceTimersByTimeAsync(50);
    const view = client.getView();
    expect(view.info?.parameterNames).toEqual(['intercept', 'x1', 'x2']);
    expect(view.snapshot?.iteration).toBe(0);
    expect(view.history?.length).toBe(1);
  });

  it('plays at the configured speed, pauses, and the mirror keeps every iteration', async () => {
    await vi.advanceTimersByTimeAsync(50);
    client.play();
    await vi.advanceTimersByTimeAsync(1000);
    client.pause();
    await vi.advanceTimersByTimeAsync(100);
    const view = client.getView();
    const iteration = view.snapshot!.iteration;
    // 30 iterations per second, give or take one for message latency.
    expect(iteration).toBeGreaterThanOrEqual(29);
    expect(iteration).toBeLessThanOrEqual(31);
    expect(view.snapshot!.playing).toBe(false);
    expect(Array.from(view.history!.view('iteration'))).toEqual(
      Array.from({ length: iteration + 1 }, (_, i) => i),
    );
    await vi.advanceTimersByTimeAsync(1000);
    expect(client.getView().snapshot!.iteration).toBe(iteration);
  });

  it('steps, steps back and seeks exactly', async () => {
    await vi.advanceTimersByTimeAsync(50);
    for (let k = 0; k < 5; k++) client.step();
    await vi.advanceTimersByTimeAsync(100);
    expect(client.getView().snapshot!.iteration).toBe(5);
    const theta3 = client.getView().history!.entry(3).theta;
    client.stepBack();
    client.stepBack();
    await vi.advanceTimersByTimeAsync(100);
    const snapshot = client.getView().snapshot!;
    expect(snapshot.iteration).toBe(3);
    expect(Array.from(snapshot.theta)).toEqual(Array.from(theta3));
    client.seek(1);
    await vi.advanceTimersByTimeAsync(100);
    expect(client.getView().snapshot!.iteration).toBe(1);
    expect(client.getView().snapshot!.lastIteration).toBe(5);
  });

  it('shows a refusal and keeps the run as it was', async () => {
    await vi.advanceTimersByTimeAsync(50);
    client.step();
    await vi.advanceTimersByTimeAsync(50);
    client.load({ ...DEFAULT_CONFIG, data: { ...DEFAULT_CONFIG.data, n: 1 } });
    await vi.advanceTimersByTimeAsync(50);
    const view = client.getView();
    expect(view.notice?.kind).toBe('refused');
    expect(view.notice?.message).toMatch(/at least 2 points/);
    expect(view.snapshot!.iteration).toBe(1);
    client.step();
    await vi.advanceTimersByTimeAsync(50);
    expect(client.getView().snapshot!.iteration).toBe(2);
  });

  it('refuses settings the engine cannot run before they reach the worker', async () => {
    await vi.advanceTimersByTimeAsync(50);
    client.updateSettings({
      ...DEFAULT_CONFIG,
      optimizer: { ...DEFAULT_CONFIG.optimizer, learningRate: -1 },
    });
    expect(client.getView().notice?.message).toMatch(/learning rate/);
    // A later failure restores the last good settings, not the refused ones.
    workers[0].failOn = 'step';
    client.step();
    await vi.advanceTimersByTimeAsync(100);
    client.step();
    await vi.advanceTimersByTimeAsync(100);
    expect(client.getView().snapshot!.iteration).toBe(1);
  });

  it('a change of regularization brings the new optimum and landmarks', async () => {
    await vi.advanceTimersByTimeAsync(50);
    const before = client.getView().info!.analysis;
    client.updateSettings({
      ...DEFAULT_CONFIG,
      objective: { loss: 'crossEntropy', regularization: { kind: 'l2', lambda: 0.5 } },
    });
    await vi.advanceTimersByTimeAsync(50);
    const after = client.getView().info!.analysis;
    expect(after).not.toEqual(before);
    expect(after.landmarks.descentGuaranteed).toBeLessThan(before.landmarks.descentGuaranteed);
    if (after.optimum.status !== 'found' || before.optimum.status !== 'found')
      throw new Error('no optimum');
    expect(Math.abs(after.optimum.theta[1])).toBeLessThan(Math.abs(before.optimum.theta[1]));
  });

  it('restarts a failed worker from the page’s history, losing nothing', async () => {
    await vi.advanceTimersByTimeAsync(50);
    for (let k = 0; k < 8; k++) client.step();
    await vi.advanceTimersByTimeAsync(100);
    const before = client.getView();
    const losses = Array.from(before.history!.view('loss'));
    const theta = Array.from(before.snapshot!.theta);
    workers[0].failOn = 'step';
    client.step();
    await vi.advanceTimersByTimeAsync(100);
    expect(workers).toHaveLength(2);
    expect(workers[0].terminated).toBe(true);
    const after = client.getView();
    expect(after.notice?.kind).toBe('recovered');
    expect(after.notice?.message).toMatch(/restarted at iteration 8/);
    expect(after.snapshot!.iteration).toBe(8);
    expect(Array.from(after.snapshot!.theta)).toEqual(theta);
    expect(Array.from(after.history!.view('loss'))).toEqual(losses);
    // And it carries on.
    client.step();
    await vi.advanceTimersByTimeAsync(100);
    expect(client.getView().snapshot!.iteration).toBe(9);
  });

  it('gives up after repeated failures and says so', async () => {
    await vi.advanceTimersByTimeAsync(50);
    for (let k = 0; k < 4; k++) {
      workers[workers.length - 1].failOn = 'step';
      client.step();
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(client.getView().notice?.kind).toBe('failed');
    expect(client.getView().notice?.message).toMatch(/reload/);
  });
});
