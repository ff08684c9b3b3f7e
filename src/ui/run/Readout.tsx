import { useId } from 'react';
import type { Snapshot } from '../../worker/protocol';
import { formatCount, formatNumber } from '../text/format';

interface ReadoutProps {
  snapshot: Snapshot | null;
}

/** One labelled value; the value is named by its label, so it can be found as a user reads it. */
function ReadoutItem({ label, value }: { label: string; value: string }) {
  const id = useId();
  return (
    <div className="readout-item">
      <dt id={id}>{label}</dt>
      <dd aria-labelledby={id}>{value}</dd>
    </div>
  );
}

/** The numbers of the iteration shown: where the run is and how well it fits. */
export function Readout({ snapshot }: ReadoutProps) {
  const show = (format: (s: Snapshot) => string) => (snapshot ? format(snapshot) : '—');
  return (
    <dl className="readout">
      <ReadoutItem label="Iteration" value={show((s) => formatCount(s.iteration))} />
      <ReadoutItem label="Epoch" value={show((s) => formatCount(s.epoch))} />
      <ReadoutItem
        label={snapshot?.heldOutLoss != null ? 'Training loss' : 'Loss'}
        value={show((s) => formatNumber(s.loss))}
      />
      {snapshot?.heldOutLoss != null && (
        <ReadoutItem label="Held-out loss" value={formatNumber(snapshot.heldOutLoss)} />
      )}
      <ReadoutItem label="Gradient norm" value={show((s) => formatNumber(s.gradientNorm))} />
    </dl>
  );
}
