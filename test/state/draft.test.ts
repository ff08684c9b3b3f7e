import { describe, expect, it } from 'vitest';
import type { PointsSource } from '../../src/state/config';
import { DRAFT_KEY, loadDraft, saveDraft } from '../../src/state/draft';
import { MemoryStorage } from '../../src/state/memoryStorage';

const oneClass: PointsSource = {
  kind: 'points',
  name: 'Two blobs (edited)',
  featureNames: ['x1', 'x2'],
  features: [0.5, -1.25],
  labels: [1],
};

describe('a drawing kept for the next visit', () => {
  it('comes back as it was saved, and is gone once cleared', () => {
    const storage = new MemoryStorage();
    saveDraft(storage, oneClass);
    expect(loadDraft(storage)).toEqual(oneClass);
    saveDraft(storage, null);
    expect(loadDraft(storage)).toBeNull();
  });

  it('keeps an empty drawing (no points at all)', () => {
    const storage = new MemoryStorage();
    const empty = { ...oneClass, features: [], labels: [] };
    saveDraft(storage, empty);
    expect(loadDraft(storage)).toEqual(empty);
  });

  it.each([
    ['not JSON', '{'],
    ['a number', '42'],
    ['sizes that disagree', JSON.stringify({ ...oneClass, features: [1] })],
    ['a label of 2', JSON.stringify({ ...oneClass, labels: [2] })],
    ['three features', JSON.stringify({ ...oneClass, featureNames: ['a', 'b', 'c'] })],
    ['a string for a number', JSON.stringify({ ...oneClass, features: ['1', 2] })],
  ])('refuses %s', (_, text) => {
    const storage = new MemoryStorage();
    storage.setItem(DRAFT_KEY, text);
    expect(loadDraft(storage)).toBeNull();
  });

  it('survives a storage that throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('full');
      },
    };
    expect(() => saveDraft(broken, oneClass)).not.toThrow();
    expect(loadDraft(broken)).toBeNull();
  });
});
