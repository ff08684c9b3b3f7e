/**
 * The highlighted point, the one the derivation panel follows: a ring with four ticks, like a
 * sight, so it cannot be mistaken for the plain ring of a misclassified point.
 */

interface HighlightMarkProps {
  readonly x: number;
  readonly y: number;
  /** The ring's radius; the ticks reach `tick` px beyond it. */
  readonly radius: number;
  readonly tick?: number;
}

export function HighlightMark({ x, y, radius, tick = 5 }: HighlightMarkProps) {
  const a = radius;
  const b = radius + tick;
  const ticks =
    `M${x},${y - a}V${y - b}M${x},${y + a}V${y + b}` +
    `M${x - a},${y}H${x - b}M${x + a},${y}H${x + b}`;
  return (
    <g className="data-highlight-mark" aria-hidden="true">
      <circle className="data-highlight-casing" cx={x} cy={y} r={radius} />
      <path className="data-highlight-casing" d={ticks} />
      <circle className="data-highlight" cx={x} cy={y} r={radius} />
      <path className="data-highlight" d={ticks} />
    </g>
  );
}
