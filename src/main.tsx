import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { reportUnhandledErrors, rootErrorOptions } from './shell/errorReporting';
import { registerServiceWorker } from './shell/serviceWorker';
import { Shell } from './shell/Shell';
import './ui/app/app.css';

const container = document.getElementById('root');
if (!container) {
  // index.html and this file ship together; if they disagree, say so instead of a blank page.
  throw new Error('index.html has no element with id "root" to mount the app in.');
}

reportUnhandledErrors();

createRoot(container, rootErrorOptions(container)).render(
  <StrictMode>
    <Shell />
  </StrictMode>,
);

// The dev server builds no service worker, and a cached copy would hide hot reloads.
if (import.meta.env.PROD) registerServiceWorker();
