import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/state/config';
import type { LiveSettings } from '../../src/state/config';
import { EMPTY_VIEW, TrainerConnection } from '../../src/ui/transport/trainerConnection';
import type { WorkerLike } from '../../src/worker/client';
import type { FromWorker, ToWorker } from '../../src/worker/protocol';

/** A worker that records what it is sent and lets the test answer for it. */
class RecordingWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  readonly received: ToWorker[] = [];
  terminated = false;

  postMessage(message: ToWorker): void {
    this.received.push(message);
  }

  terminate(): void {
    this.terminated = true;
  }

  reply(message: FromWorker): void {
    this.onmessage?.({ data: message } as MessageEvent<FromWorker>);
  }
}

function connect() {
  const workers: RecordingWorker[] = [];
  const connection = new TrainerConnection(DEFAULT_CONFIG, {
    createWorker: () => {
      const worker = new RecordingWorker();
      workers.push(worker);
      return worker;
    },
    requestFrame: () => {},
  });
  return { connection, workers };
}

const liveSettings = (change: Partial<LiveSettings['optimizer']>): LiveSettings => ({
  objective: DEFAULT_CONFIG.objective,
  optimizer: { ...DEFAULT_CONFIG.optimizer, ...change },
  tolerance: DEFAULT_CONFIG.tolerance,
});

describe('TrainerConnection', () => {
  it('new TrainerConnection(config) starts no worker until open()', () => {
    const { connection, workers } = connect();
    expect(workers).toHaveLength(0);
    expect(connection.getView()).toBe(EMPTY_VIEW);
    connection.play(); // does nothing, and does not throw
    connection.open();
    expect(workers).toHaveLength(1);
    expect(workers[0].received).toEqual([{ type: 'load', config: DEFAULT_CONFIG }]);
  });

  it('open(), close(), open() (StrictMode) ends the first worker and loads a fresh one', () => {
    const { connection, workers } = connect();
    connection.open();
    connection.close();
    connection.open();
    expect(workers).toHaveLength(2);
    expect(workers[0].terminated).toBe(true);
    expect(workers[1].terminated).toBe(false);
    expect(workers[1].received).toEqual([{ type: 'load', config: DEFAULT_CONFIG }]);
    connection.step();
    expect(workers[1].received.at(-1)).toEqual({ type: 'step' });
    expect(workers[0].received.some((m) => m.type === 'step')).toBe(false);
  });

  it('open() twice without close() keeps the one worker', () => {
    const { connection, workers } = connect();
    connection.open();
    connection.open();
    expect(workers).toHaveLength(1);
  });

  it('a reopened connection loads the last data, accepted settings and speed', () => {
    const { connection, workers } = connect();
    connection.open();
    const data = { ...DEFAULT_CONFIG.data, preset: 'xor' as const, n: 500 };
    connection.load({ ...DEFAULT_CONFIG, data });
    expect(connection.updateSettings(liveSettings({ learningRate: 0.1 }))).toBe(true);
    connection.setSpeed(Infinity);
    connection.close();
    connection.open();
    const load = workers[1].received[0];
    expect(load.type).toBe('load');
    if (load.type !== 'load') return;
    expect(load.config.data).toEqual(data);
    expect(load.config.optimizer.learningRate).toBe(0.1);
    expect(load.config.speed).toBe(Infinity);
  });

  it('updateSettings(refused) returns false, keeps the old settings and the client says why', () => {
    const { connection, workers } = connect();
    connection.open();
    const refused: LiveSettings = {
      ...liveSettings({ rule: 'newton' }),
      objective: { ...DEFAULT_CONFIG.objective, loss: 'squaredError' },
    };
    expect(connection.updateSettings(refused)).toBe(false);
    expect(connection.getView().notice?.kind).toBe('refused');
    connection.close();
    connection.open();
    const load = workers[1].received[0];
    expect(load.type === 'load' && load.config).toEqual(DEFAULT_CONFIG);
  });

  it('subscribe(listener) hears the current client, across a reopen, and not after close', () => {
    const { connection, workers } = connect();
    let calls = 0;
    connection.subscribe(() => calls++);
    connection.open();
    const afterOpen = calls;
    expect(afterOpen).toBeGreaterThan(0);
    const info = {
      n: 100,
      inputNames: ['x1', 'x2'],
      parameterNames: ['intercept', 'x1', 'x2'],
      analysis: {
        objective: DEFAULT_CONFIG.objective,
        optimum: { status: 'notFound' as const, message: 'test' },
        landmarks: { loss: 'crossEntropy' as const, descentGuaranteed: 4, convergenceLimit: null },
        summary: { status: 'noMle' as const, message: 'test' },
      },
      source: { data: DEFAULT_CONFIG.data, features: DEFAULT_CONFIG.features },
      generation: 1,
    };
    workers[0].reply({ type: 'loaded', info });
    expect(calls).toBe(afterOpen + 1);
    expect(connection.getView().info).toEqual(info);

    connection.close();
    expect(connection.getView()).toBe(EMPTY_VIEW);
    const afterClose = calls;
    workers[0].reply({ type: 'refused', message: 'late' });
    expect(calls).toBe(afterClose);
  });
});
