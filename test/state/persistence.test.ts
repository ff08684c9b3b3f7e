import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type TrainingConfig } from '../../src/state/config';
import { loadSaved, save, STORAGE_KEY, type StorageLike } from '../../src/state/persistence';
import { MemoryStorage } from '../../src/state/memoryStorage';

describe('persistence', () => {
  it('restores what was saved, the user’s points included', () => {
    const storage = new MemoryStorage();
    expect(loadSaved(storage)).toBeNull();
    const config: TrainingConfig = {
      ...DEFAULT_CONFIG,
      data: {
        kind: 'points',
        name: 'mine.csv',
        featureNames: ['a'],
        features: [1, 2, 3],
        labels: [0, 1, 1],
      },
      optimizer: { ...DEFAULT_CONFIG.optimizer, learningRate: 0.25 },
    };
    expect(save(storage, config)).toBe(true);
    expect(loadSaved(storage)).toEqual({ config, notices: [] });
  });

  it('survives a storage that throws or holds rubbish', () => {
    const broken: StorageLike = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
    };
    expect(loadSaved(broken)).toBeNull();
    expect(save(broken, DEFAULT_CONFIG)).toBe(false);
    const rubbish = new MemoryStorage();
    rubbish.setItem(STORAGE_KEY, '%%%&&&eta=oops');
    const loaded = loadSaved(rubbish);
    expect(loaded?.config.optimizer.learningRate).toBe(DEFAULT_CONFIG.optimizer.learningRate);
    expect(loaded?.notices.length).toBeGreaterThan(0);
  });
});
