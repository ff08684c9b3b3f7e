import { describe, expect, it } from 'vitest';
import { errorMessage, sentence } from '../../src/shell/errorMessage';
import {
  currentNotices,
  dismissNotice,
  showNotice,
  subscribeNotices,
} from '../../src/shell/notices';

describe('errorMessage', () => {
  it('takes an Error’s message, or its name when the message is empty', () => {
    expect(errorMessage(new Error('Canvas unavailable'))).toBe('Canvas unavailable');
    expect(errorMessage(new TypeError(''))).toBe('TypeError');
  });
  it('says something for whatever else was thrown or rejected with', () => {
    expect(errorMessage('plain text')).toBe('plain text');
    expect(errorMessage(undefined)).toBe('no reason given');
    expect(errorMessage({ code: 7 })).toBe('{"code":7}');
    const cyclic: { self?: unknown } = {};
    cyclic.self = cyclic;
    expect(errorMessage(cyclic)).toBe('[object Object]');
  });
});

describe('sentence', () => {
  it('ends with exactly one full stop', () => {
    expect(sentence('failed')).toBe('failed.');
    expect(sentence('failed. ')).toBe('failed.');
    expect(sentence('why?')).toBe('why?');
  });
});

describe('page notices', () => {
  it('show, count repeats of the same text instead of stacking them, and dismiss', () => {
    let changes = 0;
    const unsubscribe = subscribeNotices(() => changes++);
    showNotice('error', 'Lost in the background.');
    showNotice('error', 'Lost in the background.');
    showNotice('update', 'A new version is ready.', { label: 'Reload now', run: () => {} });
    expect(changes).toBe(3);
    const shown = currentNotices();
    expect(shown.map(({ kind, text, count }) => ({ kind, text, count }))).toEqual([
      { kind: 'error', text: 'Lost in the background.', count: 2 },
      { kind: 'update', text: 'A new version is ready.', count: 1 },
    ]);
    expect(shown[1].action?.label).toBe('Reload now');
    // The same array until something changes (useSyncExternalStore relies on it).
    expect(currentNotices()).toBe(shown);

    for (const notice of shown) dismissNotice(notice.id);
    expect(currentNotices()).toEqual([]);
    unsubscribe();
    showNotice('error', 'After unsubscribing.');
    expect(changes).toBe(5);
  });
});
