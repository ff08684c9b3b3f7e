import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_CONFIG } from '../../../src/state/config';
import { TrainerConnection } from '../../../src/ui/transport/trainerConnection';

/** No worker is opened: the configuration is tracked by the connection alone. */
describe('TrainerConnection’s configuration (what a link and local storage hold)', () => {
  it('getConfig follows loads, accepted settings, the speed and parameters set by hand', () => {
    const connection = new TrainerConnection(DEFAULT_CONFIG);
    const listener = vi.fn();
    const unsubscribe = connection.subscribeConfig(listener);
    expect(connection.getConfig()).toBe(DEFAULT_CONFIG);

    connection.setSpeed(60);
    expect(connection.getConfig().speed).toBe(60);
    connection.updateSettings({
      objective: DEFAULT_CONFIG.objective,
      optimizer: { ...DEFAULT_CONFIG.optimizer, learningRate: 0.5 },
      tolerance: DEFAULT_CONFIG.tolerance,
    });
    expect(connection.getConfig().optimizer.learningRate).toBe(0.5);
    connection.setParameters([1, 2, 3]);
    expect(connection.getConfig().initialization).toEqual({ kind: 'point', theta: [1, 2, 3] });
    const xor = { ...DEFAULT_CONFIG, data: { ...DEFAULT_CONFIG.data, preset: 'xor' as const } };
    connection.load(xor);
    expect(connection.getConfig()).toBe(xor);
    expect(listener).toHaveBeenCalledTimes(4);

    unsubscribe();
    connection.setSpeed(10);
    expect(listener).toHaveBeenCalledTimes(4);
  });

  it('a refused setting changes nothing and tells no one', () => {
    const connection = new TrainerConnection(DEFAULT_CONFIG);
    const listener = vi.fn();
    connection.subscribeConfig(listener);
    const accepted = connection.updateSettings({
      objective: { ...DEFAULT_CONFIG.objective, loss: 'squaredError' },
      optimizer: { ...DEFAULT_CONFIG.optimizer, rule: 'newton' },
      tolerance: DEFAULT_CONFIG.tolerance,
    });
    expect(accepted).toBe(false);
    expect(connection.getConfig()).toBe(DEFAULT_CONFIG);
    expect(listener).not.toHaveBeenCalled();
  });
});
