import { useEffect, useId, useRef } from 'react';

interface LinkToCopyProps {
  url: string;
  onDismiss: () => void;
}

/**
 * The link, when the browser would not put it on the clipboard: a read-only field, focused and
 * selected so that Ctrl+C (⌘C) copies it.
 */
export function LinkToCopy({ url, onDismiss }: LinkToCopyProps) {
  const id = useId();
  const hintId = useId();
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, [url]);

  return (
    <div className="io-message io-message-info io-link">
      <div className="field io-link-field">
        <label htmlFor={id} className="field-label">
          Link to this setup
        </label>
        <input
          id={id}
          ref={field}
          className="number-input io-link-input"
          type="text"
          readOnly
          value={url}
          aria-describedby={hintId}
          onFocus={(event) => event.currentTarget.select()}
        />
        <span id={hintId} className="io-hint">
          This browser did not allow copying to the clipboard. The link is selected: copy it with
          Ctrl+C (⌘C on a Mac).
        </span>
      </div>
      <button type="button" className="button button-small" onClick={onDismiss}>
        Close<span className="visually-hidden"> the link</span>
      </button>
    </div>
  );
}
