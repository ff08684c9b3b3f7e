interface PlaceholderProps {
  /** What will be drawn here, in a few words. */
  label: string;
  /** Reserve the figure's final shape, so the layout does not jump when it arrives. */
  shape: 'figure' | 'text' | 'strip';
}

/** A marked, empty frame where a figure is still to be built. Not a mock-up of the figure. */
export function Placeholder({ label, shape }: PlaceholderProps) {
  return (
    <div className={`placeholder placeholder-${shape}`}>
      <span className="placeholder-tag">Coming next</span>
      <span className="placeholder-label">{label}</span>
    </div>
  );
}
