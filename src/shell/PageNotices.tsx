import { useSyncExternalStore } from 'react';
import { currentNotices, dismissNotice, subscribeNotices } from './notices';

/**
 * The page-level notices (notices.ts), in a corner above the page: an unhandled failure or a new
 * version. Each is text with a Dismiss button; a failure is an alert (read out at once), a new
 * version a status (read out when the reader is idle).
 */
export function PageNotices() {
  const notices = useSyncExternalStore(subscribeNotices, currentNotices, currentNotices);
  if (notices.length === 0) return null;
  return (
    <section className="page-notices" aria-label="Notices">
      {notices.map((notice) => (
        <div
          key={notice.id}
          className={`status-message status-notice page-notice page-notice-${notice.kind}`}
          role={notice.kind === 'error' ? 'alert' : 'status'}
        >
          <p>
            {notice.text}
            {notice.count > 1 && ` (${notice.count} times)`}
          </p>
          <div className="page-notice-actions">
            {notice.action && (
              <button
                type="button"
                className="button button-small button-primary"
                onClick={notice.action.run}
              >
                {notice.action.label}
              </button>
            )}
            <button
              type="button"
              className="button button-small"
              onClick={() => dismissNotice(notice.id)}
            >
              Dismiss
            </button>
          </div>
        </div>
      ))}
    </section>
  );
}
