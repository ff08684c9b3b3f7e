import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../../src/state/config';
import type { TrainingConfig } from '../../../src/state/config';
import { encodeConfig } from '../../../src/state/link';
import type { StorageLike } from '../../../src/state/persistence';
import { save } from '../../../src/state/persistence';
import { chooseStartupConfig } from '../../../src/ui/io/startupConfig';
import { MemoryStorage } from '../../../src/state/memoryStorage';

const withRate = (learningRate: number): TrainingConfig => ({
  ...DEFAULT_CONFIG,
  optimizer: { ...DEFAULT_CONFIG.optimizer, learningRate },
});

function storageWith(config: TrainingConfig): MemoryStorage {
  const storage = new MemoryStorage();
  save(storage, config);
  return storage;
}

describe('chooseStartupConfig', () => {
  it('opens the link in the fragment, before anything saved', () => {
    const link = `#${encodeConfig(withRate(0.25), 'link').text}`;
    expect(chooseStartupConfig(link, storageWith(withRate(3)))).toEqual({
      config: withRate(0.25),
      notices: [],
      from: 'link',
    });
  });

  it('without a fragment, opens what was saved at the last visit', () => {
    expect(chooseStartupConfig('', storageWith(withRate(3)))).toEqual({
      config: withRate(3),
      notices: [],
      from: 'storage',
    });
    // A lone "#" is no link.
    expect(chooseStartupConfig('#', storageWith(withRate(3))).from).toBe('storage');
  });

  it('with neither, or with storage turned off, opens the defaults', () => {
    expect(chooseStartupConfig('', new MemoryStorage())).toEqual({
      config: DEFAULT_CONFIG,
      notices: [],
      from: 'defaults',
    });
    expect(chooseStartupConfig('', null).config).toBe(DEFAULT_CONFIG);
    const denied: StorageLike = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {},
    };
    expect(chooseStartupConfig('', denied).from).toBe('defaults');
  });

  it('a hostile link opens a runnable configuration and says what it could not use', () => {
    const { config, notices, from } = chooseStartupConfig(
      '#eta=NaN&loss=%3Cscript%3E&n=-5&points=!!!',
      null,
    );
    expect(from).toBe('link');
    expect(config.optimizer.learningRate).toBe(DEFAULT_CONFIG.optimizer.learningRate);
    expect(config.objective.loss).toBe('crossEntropy');
    expect(config.data).toMatchObject({ kind: 'preset', n: 2 });
    expect(notices).toEqual([
      'The number of points -5 is out of range (2 to 100000); 2 is used.',
      "The link's points could not be read (not valid packed data); a preset is used.",
      'The loss "<script>" is unknown; the default is used.',
      'The learning rate "NaN" is not a number; the default is used.',
    ]);
  });

  it('rubbish in storage opens the defaults with notices', () => {
    const storage = new MemoryStorage();
    storage.setItem('logistic-descent:config', '%%%&eta=oops');
    const startup = chooseStartupConfig('', storage);
    expect(startup.from).toBe('storage');
    expect(startup.config.optimizer.learningRate).toBe(DEFAULT_CONFIG.optimizer.learningRate);
    expect(startup.notices.length).toBeGreaterThan(0);
  });

  it('opens the defaults, saying why, when a link’s data cannot be trained', () => {
    const huge: TrainingConfig = {
      ...DEFAULT_CONFIG,
      data: {
        kind: 'points',
        name: 'huge',
        featureNames: ['a', 'b'],
        features: [1e200, 1, -1e200, 2, 3e200, 1, -2e200, 5],
        labels: [0, 1, 0, 1],
      },
      features: { standardize: false, degree: 1 },
    };
    const fromLink = chooseStartupConfig(`#${encodeConfig(huge).text}`, null);
    expect(fromLink.config).toBe(DEFAULT_CONFIG);
    expect(fromLink.from).toBe('link');
    expect(fromLink.notices.at(-1)).toMatch(
      /^The link’s data cannot be trained: .*too large.*defaults are used/,
    );
    const fromStorage = chooseStartupConfig('', storageWith(huge));
    expect(fromStorage.config).toBe(DEFAULT_CONFIG);
    expect(fromStorage.notices.at(-1)).toMatch(/^The saved data cannot be trained/);
  });
});
