import { useId, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { LimitKey } from '../../state/limits';
import { LIMITS } from '../../state/limits';
import { formatInput } from '../text/format';
import type { ParseResult } from './parse';
import { parseSetting } from './parse';

type NumberSettingProps = {
  label: string;
  /** The value in force; the field shows it again whenever it changes. */
  value: number;
  onCommit: (value: number) => void;
  /** A lower bound for the spin buttons (run B's batch size is never the full batch). */
  min?: number;
} & (
  | {
      /** A setting of the configuration: its range, step and words (state/limits.ts). */
      limit: LimitKey;
      /** How the text is read; by default the setting's own range (parseSetting). */
      parse?: (text: string) => ParseResult;
    }
  | {
      /** A number that is not a setting (a point's index): its own reading and bounds. */
      limit?: undefined;
      parse: (text: string) => ParseResult;
      /** For the spin buttons: "any" (no useful step) hides them. */
      step?: number | 'any';
      max?: number;
    }
);

/** What the field says beside it: an error (nothing applied), or a note on what was applied. */
interface Message {
  readonly text: string;
  readonly error: boolean;
  /** The value the note is about; a change to any other value clears it. */
  readonly value: number;
}

/**
 * A labelled number field that applies its value on Enter, on leaving the field and on a spin
 * button, not on every keystroke (typing "0.05" passes through "0.0"). Text that is not a valid
 * value shows a short error beside the field and changes nothing; a number out of the setting's
 * range is brought into it with the note a link gets for it (state/limits.ts).
 */
export function NumberSetting(props: NumberSettingProps) {
  const { label, value, onCommit } = props;
  const bounds = props.limit === undefined ? props : LIMITS[props.limit];
  const { step, max } = bounds;
  const min = props.min ?? (props.limit === undefined ? undefined : LIMITS[props.limit].min);
  const parse =
    props.parse ?? ((entered: string) => parseSetting(props.limit as LimitKey, entered));
  const id = useId();
  const messageId = useId();
  const [text, setText] = useState(() => formatInput(value));
  const [message, setMessage] = useState<Message | null>(null);
  const [shownValue, setShownValue] = useState(value);
  const error = message?.error ? message.text : null;

  // The value in force changed (applied here, or by a new run): show it.
  if (value !== shownValue) {
    setShownValue(value);
    setText(formatInput(value));
    if (message !== null && message.value !== value) setMessage(null);
  }

  const commit = (entered: string) => {
    // The value as shown (rounded to 6 digits) is the value in force, not a new one; a note on
    // how it came to be (brought into range) stays.
    if (entered === formatInput(value)) {
      if (message?.error) setMessage(null);
      return;
    }
    const result = parse(entered);
    if ('error' in result) {
      setMessage({ text: result.error, error: true, value: NaN });
      return;
    }
    setMessage(
      result.notice === undefined
        ? null
        : { text: result.notice, error: false, value: result.value },
    );
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
        max={max}
        value={text}
        aria-invalid={error !== null}
        aria-describedby={message ? messageId : undefined}
        onChange={(event) => {
          setText(event.target.value);
          // A spin button or arrow key steps the value (a plain Event, not typing): apply it.
          if (!(event.nativeEvent instanceof InputEvent)) commit(event.target.value);
        }}
        onKeyDown={onKeyDown}
        onBlur={(event) => commit(event.currentTarget.value)}
      />
      {message && (
        <span
          id={messageId}
          className={message.error ? 'field-error' : 'field-note'}
          role={message.error ? undefined : 'status'}
        >
          {message.text}
        </span>
      )}
    </div>
  );
}
