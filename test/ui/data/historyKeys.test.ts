import { describe, expect, it } from 'vitest';
import type { KeyPress } from '../../../src/ui/data/historyKeys';
import { historyShortcut, isTextField } from '../../../src/ui/data/historyKeys';

const press = (key: string, change: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  target: null,
  ...change,
});

describe('historyShortcut', () => {
  it('Ctrl+Z and ⌘Z undo', () => {
    expect(historyShortcut(press('z', { ctrlKey: true }))).toBe('undo');
    expect(historyShortcut(press('z', { metaKey: true }))).toBe('undo');
  });

  it('Ctrl+Shift+Z, ⌘⇧Z and Ctrl+Y redo', () => {
    expect(historyShortcut(press('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(historyShortcut(press('Z', { metaKey: true, shiftKey: true }))).toBe('redo');
    expect(historyShortcut(press('y', { ctrlKey: true }))).toBe('redo');
  });

  it('leaves other keys and combinations alone', () => {
    expect(historyShortcut(press('z'))).toBeNull();
    expect(historyShortcut(press('z', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(historyShortcut(press('y', { metaKey: true }))).toBeNull();
    expect(historyShortcut(press('x', { ctrlKey: true }))).toBeNull();
  });

  it('leaves Ctrl+Z to a text field, not to a button or a checkbox', () => {
    const text = { tagName: 'INPUT', type: 'text' };
    expect(historyShortcut(press('z', { ctrlKey: true, target: text }))).toBeNull();
    const box = { tagName: 'INPUT', type: 'checkbox' };
    expect(historyShortcut(press('z', { ctrlKey: true, target: box }))).toBe('undo');
    const button = { tagName: 'BUTTON' };
    expect(historyShortcut(press('z', { ctrlKey: true, target: button }))).toBe('undo');
  });
});

describe('isTextField', () => {
  it('knows text inputs, text areas and editable content', () => {
    expect(isTextField({ tagName: 'INPUT', type: 'number' })).toBe(true);
    expect(isTextField({ tagName: 'INPUT', type: 'range' })).toBe(false);
    expect(isTextField({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTextField({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(isTextField({ tagName: 'DIV', isContentEditable: false })).toBe(false);
    expect(isTextField(null)).toBe(false);
  });
});
