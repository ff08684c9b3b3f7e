import type { Notice } from '../../worker/client';
import type { Snapshot } from '../../worker/protocol';

interface RunStatusProps {
  snapshot: Snapshot | null;
  notice: Notice | null;
  onDismiss: () => void;
}

const NOTICE_TITLES: Record<Notice['kind'], string> = {
  refused: 'Not applied',
  recovered: 'Recovered',
  failed: 'Training stopped working',
  inPage: 'Training in the page',
};

/**
 * What the user should know about the run: why it stopped, its warnings, and the notice of a
 * refused setting or a worker failure. A polite live region, so screen readers hear each message
 * once, without interrupting. Messages are plain text, never HTML.
 */
export function RunStatus({ snapshot, notice, onDismiss }: RunStatusProps) {
  const stop = snapshot?.stop ?? null;
  const warnings = snapshot?.warnings ?? [];
  const quiet = !stop && warnings.length === 0 && !notice;
  return (
    // Focusable: on the stage its messages scroll inside a box of fixed height (stage.css), and a
    // keyboard must be able to scroll them.
    <div className="run-status" role="status" aria-label="Run status" tabIndex={0}>
      {stop && <p className={`status-message status-${stop.kind}`}>{stop.message}</p>}
      {warnings.map((warning) => (
        <p key={warning} className="status-message status-warning">
          {warning}
        </p>
      ))}
      {notice && (
        <div className={`status-message status-notice status-${notice.kind}`}>
          <p>
            <strong>{NOTICE_TITLES[notice.kind]}:</strong> {notice.message}
          </p>
          <button type="button" className="button button-small" onClick={onDismiss}>
            Dismiss
          </button>
        </div>
      )}
      {quiet && <p className="status-quiet">No warnings.</p>}
    </div>
  );
}
