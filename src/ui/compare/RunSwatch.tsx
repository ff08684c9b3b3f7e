/**
 * The line style of run A or B, as the loss chart and the surface draw it: A solid, B dashed, each
 * in its own colour, so the runs differ by more than hue.
 */
export function RunSwatch({ run }: { run: 'a' | 'b' }) {
  return (
    <svg className="compare-swatch" width="28" height="12" viewBox="0 0 28 12" aria-hidden="true">
      <line className={`compare-line compare-line-${run}`} x1="1" y1="6" x2="27" y2="6" />
    </svg>
  );
}
