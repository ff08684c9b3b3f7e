import { LIMITS } from '../../state/limits';
import { SliderField } from './SliderField';

interface NoiseSettingProps {
  /** The spread of a preset's classes relative to its usual one: 0 (none) to 2 (twice). */
  noise: number;
  onChange: (noise: number) => void;
}

const { min: MIN_NOISE, max: MAX_NOISE, step: NOISE_STEP } = LIMITS.noise;

/** "1.0" on the slider's steps; a value from a link between them keeps its digits ("1.37"). */
export function formatNoise(noise: number): string {
  const tenths = noise * 10;
  return Math.abs(tenths - Math.round(tenths)) < 1e-9 ? noise.toFixed(1) : String(noise);
}

/**
 * How noisy a preset is: a slider in tenths over the range a link allows. Each step is a new run
 * on the regenerated points (the arrow keys step it, Home and End go to the ends).
 */
export function NoiseSetting({ noise, onChange }: NoiseSettingProps) {
  const text = formatNoise(noise);
  return (
    <SliderField
      label="Noise"
      className="noise-setting"
      min={MIN_NOISE}
      max={MAX_NOISE}
      step={NOISE_STEP}
      value={noise}
      valueText={`${text} (1 is the preset’s usual spread)`}
      shown={text}
      shownClassName="noise-value"
      onChange={onChange}
    />
  );
}
