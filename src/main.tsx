import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import './ui/app.css';

const container = document.getElementById('root');
if (!container) {
  // index.html and this file ship together; if they disagree, say so instead of a blank page.
  throw new Error('index.html has no element with id "root" to mount the app in.');
}

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
