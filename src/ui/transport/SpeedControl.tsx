import { SliderField } from '../settings/SliderField';
import { SPEED_NOTCHES, describeSpeed, notchOfSpeed, speedOfNotch } from './speedScale';

interface SpeedControlProps {
  /** Iterations per second; Infinity for as fast as possible. */
  speed: number;
  onChange: (iterationsPerSecond: number) => void;
}

/** How fast the run plays: a log-scale slider from 1 to 1000 iterations/s, then flat out. */
export function SpeedControl({ speed, onChange }: SpeedControlProps) {
  const text = describeSpeed(speed);
  return (
    <SliderField
      label="Speed"
      className="speed"
      min={0}
      max={SPEED_NOTCHES.length - 1}
      step={1}
      value={notchOfSpeed(speed)}
      valueText={text}
      shown={text}
      shownClassName="speed-value"
      onChange={(notch) => onChange(speedOfNotch(notch))}
    />
  );
}
