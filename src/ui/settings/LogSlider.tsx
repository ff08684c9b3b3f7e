import { useId, type ReactNode } from 'react';
import { formatSetting } from '../text/format';
import type { LogScale } from './logScale';
import { fromStep, stepCount, toStep } from './logScale';

interface LogSliderProps {
  label: string;
  scale: LogScale;
  value: number;
  onChange: (value: number) => void;
  /** Marks drawn along the track (see LandmarkMarks). */
  children?: ReactNode;
  disabled?: boolean;
}

/** A range input on a log scale, labelled, with the value it stands for as its spoken text. */
export function LogSlider({ label, scale, value, onChange, children, disabled }: LogSliderProps) {
  const id = useId();
  return (
    <div className="field log-slider">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <div className="log-slider-track">
        <input
          id={id}
          type="range"
          className="slider"
          min={0}
          max={stepCount(scale)}
          step={1}
          value={toStep(scale, value)}
          aria-valuetext={formatSetting(value)}
          disabled={disabled}
          onChange={(event) => onChange(fromStep(scale, Number(event.target.value)))}
        />
        {children}
      </div>
    </div>
  );
}
