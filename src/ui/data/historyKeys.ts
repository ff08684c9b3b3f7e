/**
 * The keyboard shortcuts of the drawing history: Ctrl+Z (⌘Z) undoes, Ctrl+Shift+Z (⌘⇧Z) and Ctrl+Y
 * redo, except in a text field, where they undo the typing as the browser does.
 */

export type HistoryAction = 'undo' | 'redo';

/** The fields of a keyboard event the shortcuts look at (a KeyboardEvent has them all). */
export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
  readonly target: unknown;
}

/** Input types that take no typing (their own Ctrl+Z means nothing). */
const NOT_TYPED = new Set([
  'button',
  'submit',
  'reset',
  'checkbox',
  'radio',
  'range',
  'color',
  'file',
  'image',
]);

/** Whether the element edits text of its own: a text input, a text area, contenteditable. */
export function isTextField(target: unknown): boolean {
  if (typeof target !== 'object' || target === null) return false;
  const element = target as { tagName?: unknown; type?: unknown; isContentEditable?: unknown };
  if (element.isContentEditable === true) return true;
  if (element.tagName === 'TEXTAREA') return true;
  if (element.tagName !== 'INPUT') return false;
  return typeof element.type !== 'string' || !NOT_TYPED.has(element.type);
}

export function historyShortcut(event: KeyPress): HistoryAction | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || isTextField(event.target)) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  // Ctrl+Y is Windows' redo; on a Mac ⌘Y opens the history in some browsers, so only with Ctrl.
  if (key === 'y' && event.ctrlKey && !event.shiftKey) return 'redo';
  return null;
}
