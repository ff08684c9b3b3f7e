/**
 * Where errors go that React or the browser could not hand to anyone:
 *   - a panel's error boundary caught it: reported for developers, not a crash (the panel shows
 *     "Try again", the rest of the page works);
 *   - it escaped every boundary: React has unmounted the page, so the page says so in plain DOM;
 *   - a promise rejected with nobody waiting, or an event handler threw: a visible notice, so it
 *     does not fail silently.
 */
import type { RootOptions } from 'react-dom/client';
import { errorMessage, sentence } from './errorMessage';
import { showNotice } from './notices';

type ErrorInfo = { readonly componentStack?: string | null };

/** React's root options: caught, uncaught and recovered-from errors, each where it belongs. */
export function rootErrorOptions(container: HTMLElement): RootOptions {
  return {
    onCaughtError(error: unknown, info: ErrorInfo) {
      // A warning, not an error: the boundary handled it and the page is working.
      console.warn('A panel failed and offers "Try again":', error, info.componentStack ?? '');
    },
    onUncaughtError(error: unknown, info: ErrorInfo) {
      console.error('The page failed:', error, info.componentStack ?? '');
      showPageFailure(container, errorMessage(error));
    },
    onRecoverableError(error: unknown, info: ErrorInfo) {
      // React retried and succeeded (e.g. rendering again from scratch); worth knowing, no more.
      console.warn('React recovered from an error:', error, info.componentStack ?? '');
    },
  };
}

/** After React has unmounted everything: the reason and a way back, built as text nodes. */
function showPageFailure(container: HTMLElement, message: string): void {
  const box = document.createElement('div');
  box.className = 'page-failure';
  box.setAttribute('role', 'alert');
  const text = document.createElement('p');
  text.textContent = `The page failed: ${sentence(message)} Reloading starts it again.`;
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.className = 'button button-primary';
  reload.textContent = 'Reload';
  reload.addEventListener('click', () => window.location.reload());
  box.append(text, reload);
  container.replaceChildren(box);
}

/**
 * Rejections nobody handled and exceptions thrown outside React's rendering. The browser still
 * logs them (no preventDefault), so the end-to-end tests keep failing on them; the notice is for
 * the person in front of the page.
 */
export function reportUnhandledErrors(target: Window = window): void {
  target.addEventListener('unhandledrejection', (event) => {
    showNotice(
      'error',
      `Something failed in the background: ${sentence(errorMessage(event.reason))}`,
    );
  });
  target.addEventListener('error', (event) => {
    showNotice(
      'error',
      `Something failed: ${sentence(errorMessage(event.error ?? event.message))}`,
    );
  });
}
