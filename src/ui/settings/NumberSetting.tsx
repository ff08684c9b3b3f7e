import { useId, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { formatInput } from '../text/format';
import type { ParseResult } from './parse';

interface NumberSettingProps {
  label: string;
  /** The value in force; the field shows it again whenever it changes. */
  value: number;
  parse: (text: string) => ParseResult;
  onCommit: (value: number) => void;
  /** For the spin buttons: "any" (no useful step) hides them. */
  step?: number | 'any';
  min?: number;
}

/**
 * A labelled number field that applies its value on Enter, on leaving the field and on a spin
 * button, not on every keystroke (typing "0.05" passes through "0.0"). Text that is not a valid
 * value shows a short error beside the field and changes nothing.
 */
export function NumberSetting({ label, value, parse, onCommit, step, min }: NumberSettingProps) {
  const id = useId();
  const errorId = useId();
  const [text, setText] = useState(() => formatInput(value));
  const [error, setError] = useState<string | null>(null);
  const [shownValue, setShownValue] = useState(value);

  // The value in force changed (applied here, or by a new run): show it.
  if (value !== shownValue) {
    setShownValue(value);
    setText(formatInput(value));
    setError(null);
  }

  const commit = (entered: string) => {
    // The value as shown (rounded to 6 digits) is the value in force, not a new one.
    if (entered === formatInput(value)) {
      setError(null);
      return;
    }
    const result = parse(entered);
    if ('error' in result) {
      setError(result.error);
      return;
    }
    setError(null);
    if (result.value !== value) onCommit(result.value);
    else setText(formatInput(value));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') commit(event.currentTarget.value);
  };

  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <input
        id={id}
        type="number"
        className={step === 'any' ? 'number-input no-spin' : 'number-input'}
        inputMode="decimal"
        step={step}
        min={min}
        value={text}
        aria-invalid={error !== null}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => {
          setText(event.target.value);
          // A spin button or arrow key steps the value (a plain Event, not typing): apply it.
          if (!(event.nativeEvent instanceof InputEvent)) commit(event.target.value);
        }}
        onKeyDown={onKeyDown}
        onBlur={(event) => commit(event.currentTarget.value)}
      />
      {error && (
        <span id={errorId} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}
