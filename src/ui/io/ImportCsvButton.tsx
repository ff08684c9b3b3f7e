import { useId } from 'react';
import type { Ref } from 'react';

interface ImportCsvButtonProps {
  onFile: (file: File) => void;
  /** The file input, for returning focus to it when the chooser closes. */
  inputRef: Ref<HTMLInputElement>;
  /** A file is being read: the label says so. */
  reading: boolean;
}

/**
 * A file input named "Import CSV". The input itself stays in the page (visually hidden, still
 * focusable, so the keyboard and screen readers use the browser's own control); its label is what
 * the eye sees, styled as a button, and shows the input's focus ring.
 */
export function ImportCsvButton({ onFile, inputRef, reading }: ImportCsvButtonProps) {
  const id = useId();
  return (
    <span className="io-file">
      <input
        id={id}
        ref={inputRef}
        type="file"
        className="io-file-input visually-hidden"
        accept=".csv,.tsv,.txt,text/csv,text/plain"
        aria-busy={reading}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Cleared so that choosing the same file again (after editing it) reads it again.
          event.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
      <label htmlFor={id} className="button io-file-label">
        Import CSV
      </label>
    </span>
  );
}
