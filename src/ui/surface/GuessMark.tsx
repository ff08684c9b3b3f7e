import type { PlaneScales } from './projection';
import type { PlanePoint } from './range';

import { clampPixel as clamp, finitePixels } from '../plot/pixels';

/**
 * The reader's guess of where the weights will go (predict, then see): a hollow diamond, and a
 * dashed line from it to the weights shown, whose length is how far off the guess is.
 */
export function GuessMark({
  guess,
  current,
  scales,
}: {
  guess: PlanePoint;
  current: PlanePoint | null;
  scales: PlaneScales;
}) {
  const x = clamp(scales.x(guess.x));
  const y = clamp(scales.y(guess.y));
  const r = 8;
  if (!finitePixels(x, y)) return null;
  return (
    <g className="surface-guess">
      {current && finitePixels(scales.x(current.x), scales.y(current.y)) && (
        <line
          className="surface-guess-line"
          x1={x}
          y1={y}
          x2={clamp(scales.x(current.x))}
          y2={clamp(scales.y(current.y))}
        />
      )}
      <path d={`M${x},${y - r}L${x + r},${y}L${x},${y + r}L${x - r},${y}Z`} />
    </g>
  );
}
