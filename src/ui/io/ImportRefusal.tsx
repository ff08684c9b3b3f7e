import { shortName } from './columnChoice';

interface ImportRefusalProps {
  fileName: string;
  reason: string;
  onDismiss: () => void;
}

/** Why a file was not imported, announced at once (role="alert"); the run is unchanged. */
export function ImportRefusal({ fileName, reason, onDismiss }: ImportRefusalProps) {
  return (
    <div className="io-message io-message-danger" role="alert">
      <p>
        <strong>“{shortName(fileName)}” was not imported.</strong> {reason} The current data and run
        are unchanged.
      </p>
      <button type="button" className="button button-small" onClick={onDismiss}>
        Dismiss<span className="visually-hidden"> the import message</span>
      </button>
    </div>
  );
}
