import { useId, type ReactNode } from 'react';

interface SliderFieldProps {
  label: string;
  /** The field's own class, for where it sits ("speed", "timeline"). */
  className: string;
  min: number;
  max: number;
  step: number;
  value: number;
  /** What a screen reader says for the value (the visible text is hidden from it). */
  valueText: string;
  /** The value as the eye reads it, beside the track. */
  shown: ReactNode;
  /** The shown value's own class, beside `slider-value`. */
  shownClassName: string;
  onChange: (value: number) => void;
  disabled?: boolean;
}

/** A labelled range input with its value written beside it: the speed, the timeline, the noise. */
export function SliderField({
  label,
  className,
  min,
  max,
  step,
  value,
  valueText,
  shown,
  shownClassName,
  onChange,
  disabled,
}: SliderFieldProps) {
  const id = useId();
  return (
    <div className={`field ${className}`}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <div className="slider-row">
        <input
          id={id}
          type="range"
          className="slider"
          min={min}
          max={max}
          step={step}
          value={value}
          disabled={disabled}
          aria-valuetext={valueText}
          onChange={(event) => onChange(Number(event.target.value))}
        />
        <span className={`slider-value ${shownClassName}`} aria-hidden="true">
          {shown}
        </span>
      </div>
    </div>
  );
}
