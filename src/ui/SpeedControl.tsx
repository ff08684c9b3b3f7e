import { useId } from 'react';
import { SPEED_NOTCHES, describeSpeed, notchOfSpeed, speedOfNotch } from './speedScale';

interface SpeedControlProps {
  /** Iterations per second; Infinity for as fast as possible. */
  speed: number;
  onChange: (iterationsPerSecond: number) => void;
}

/** How fast the run plays: a log-scale slider from 1 to 1000 iterations/s, then flat out. */
export function SpeedControl({ speed, onChange }: SpeedControlProps) {
  const id = useId();
  const text = describeSpeed(speed);
  return (
    <div className="field speed">
      <label htmlFor={id} className="field-label">
        Speed
      </label>
      <div className="slider-row">
        <input
          id={id}
          type="range"
          className="slider"
          min={0}
          max={SPEED_NOTCHES.length - 1}
          step={1}
          value={notchOfSpeed(speed)}
          aria-valuetext={text}
          onChange={(event) => onChange(speedOfNotch(Number(event.target.value)))}
        />
        <span className="slider-value speed-value">{text}</span>
      </div>
    </div>
  );
}
