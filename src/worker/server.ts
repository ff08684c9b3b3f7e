/**
 * The worker's side of the protocol: turns the page's messages into Player and Trainer calls and
 * their results into messages. It depends only on the callbacks it is given, so tests run it in
 * the same thread as a client (test/worker/client.test.ts) with fake timers.
 */
import type { FromWorker, ToWorker } from './protocol';
import type { PlayerHost } from './player';
import { Player } from './player';
import { RefusedError, Trainer } from './trainer';

export interface ServerHost {
  post(message: FromWorker): void;
  now(): number;
  schedule(callback: () => void, delayMs: number): () => void;
}

/** Returns the handler of the page's messages. */
export function createServer(host: ServerHost): (message: ToWorker) => void {
  let player: Player | null = null;
  let generation = 0;

  /** Runs `work`, turning an exception into a message the page acts on. */
  const guarded = (work: () => void): void => {
    try {
      work();
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      if (error instanceof RefusedError) host.post({ type: 'refused', message: text });
      else host.post({ type: 'crashed', message: text });
    }
  };

  const playerHost: PlayerHost = {
    now: host.now,
    schedule: (callback, delayMs) => host.schedule(() => guarded(callback), delayMs),
    send: (snapshot, history, replace) =>
      host.post({ type: 'snapshot', generation, snapshot, history, replace }),
  };

  const start = (trainer: Trainer, speed: number): void => {
    host.post({ type: 'loaded', info: trainer.info() });
    if (player) player.replaceTrainer(trainer);
    else player = new Player(trainer, playerHost, speed);
    player.setSpeed(speed);
  };

  const handle = (message: ToWorker): void => {
    switch (message.type) {
      case 'ping':
        host.post({ type: 'pong' });
        return;
      case 'load':
      case 'restore': {
        // Built before anything changes: a refused configuration leaves the current run as it was.
        const trainer =
          message.type === 'load'
            ? new Trainer(message.config, generation + 1)
            : Trainer.restore(message.config, generation + 1, message.history, message.iteration);
        generation++;
        start(trainer, message.config.speed);
        return;
      }
    }
    if (!player) return;
    switch (message.type) {
      case 'settings': {
        const trainer = player.currentTrainer;
        const before = trainer.info().analysis;
        player.apply((current) => current.updateSettings(message.settings));
        const { analysis } = trainer.info();
        if (analysis !== before) host.post({ type: 'analysis', generation, analysis });
        return;
      }
      case 'play':
        player.play();
        return;
      case 'pause':
        player.pause();
        return;
      case 'step':
        player.step();
        return;
      case 'stepBack':
        player.stepBack();
        return;
      case 'seek':
        player.seek(message.iteration);
        return;
      case 'reset':
        player.reset();
        return;
      case 'setParameters':
        player.setParameters(message.theta);
        return;
      case 'speed':
        player.setSpeed(message.iterationsPerSecond);
        return;
      case 'ack':
        player.acknowledge();
        return;
    }
  };

  return (message) => guarded(() => handle(message));
}
