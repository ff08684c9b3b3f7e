import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type TrainingConfig } from '../../src/state/config';
import { encodeConfig } from '../../src/state/link';
import { save } from '../../src/state/persistence';
import { tabStorage } from '../../src/state/tabStorage';
import { chooseStartupConfig } from '../../src/ui/io/startupConfig';
import { replacedImport } from '../../src/ui/io/usePersistConfig';
import { MemoryStorage } from '../../src/state/memoryStorage';

/**
 * Issue 17, item 5: two tabs. Tab A imported data; tab B changed a setting; A's reload opened B's
 * session and A's data was gone, without a word.
 */

const imported: TrainingConfig = {
  ...DEFAULT_CONFIG,
  data: {
    kind: 'points',
    name: 'scores.csv',
    featureNames: ['a', 'b'],
    features: [1, 2, 2, 1, 3, 5, 4, 3],
    labels: [0, 1, 0, 1],
  },
};
const tuned: TrainingConfig = {
  ...DEFAULT_CONFIG,
  optimizer: { ...DEFAULT_CONFIG.optimizer, learningRate: 3 },
};

describe('each tab keeps its own session', () => {
  it('a reload opens the tab’s own session; a new tab opens the last one saved', () => {
    const shared = new MemoryStorage();
    const tabA = tabStorage(new MemoryStorage(), shared);
    const tabB = tabStorage(new MemoryStorage(), shared);
    expect(save(tabA, imported)).toBe(true);
    expect(save(tabB, tuned)).toBe(true);
    expect(chooseStartupConfig('', tabA).config).toEqual(imported);
    expect(chooseStartupConfig('', tabB).config).toEqual(tuned);
    const tabC = tabStorage(new MemoryStorage(), shared);
    expect(chooseStartupConfig('', tabC).config).toEqual(tuned);
  });

  it('keeps working when one of the storages refuses', () => {
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const shared = new MemoryStorage();
    expect(save(tabStorage(refusing, shared), imported)).toBe(true);
    expect(chooseStartupConfig('', tabStorage(refusing, shared)).config).toEqual(imported);
    expect(save(tabStorage(refusing, refusing), imported)).toBe(false);
    expect(save(tabStorage(null, null), imported)).toBe(false);
  });

  it('a tab whose imported data another tab replaced in the shared storage is told', () => {
    const other = encodeConfig(tuned, 'storage').text;
    const same = encodeConfig({ ...imported, tolerance: 1e-3 }, 'storage').text;
    expect(replacedImport(imported.data, other)).toMatch(
      /^Another tab saved its own session, .*“scores\.csv”\. Your data stays in this tab/,
    );
    expect(replacedImport(imported.data, same)).toBeNull();
    expect(replacedImport(tuned.data, other)).toBeNull();
  });
});
