import type { StartupConfig } from './startupConfig';

interface StartupNoticesProps {
  from: StartupConfig['from'];
  notices: readonly string[];
  onDismiss: () => void;
}

const HEADINGS: Record<StartupConfig['from'], string> = {
  link: 'The link was opened, but not all of it could be used:',
  storage: 'Your last session was restored, but not all of it could be used:',
  defaults: 'Not all settings could be used:',
};

/** What the link (or the saved session) held that the page could not use, and what it did instead. */
export function StartupNotices({ from, notices, onDismiss }: StartupNoticesProps) {
  return (
    <div className="io-message io-message-warning" role="status">
      <div>
        <p>
          <strong>{HEADINGS[from]}</strong>
        </p>
        <ul className="io-notice-list">
          {notices.map((notice, index) => (
            // Notices may repeat word for word; their order is fixed, so the index is a stable key.
            <li key={index}>{notice}</li>
          ))}
        </ul>
      </div>
      <button type="button" className="button button-small" onClick={onDismiss}>
        Dismiss<span className="visually-hidden"> these notices</span>
      </button>
    </div>
  );
}
