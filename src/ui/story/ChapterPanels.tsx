/**
 * A chapter's own panels under its text (Chapter.panels): the model summary and the decision
 * threshold, the same components as in the settings drawer, so the reader need not open it.
 */
import type { Chapter } from '../../story/chapters';
import type { RunInfo, Snapshot } from '../../worker/protocol';
import type { PreparedRun } from '../../worker/run';
import { ModelSummary } from '../run/ModelSummary';
import { ThresholdPanel } from '../run/ThresholdPanel';

export function ChapterPanels({
  chapter,
  info,
  snapshot,
  prepared,
}: {
  chapter: Chapter | null;
  info: RunInfo | null;
  snapshot: Snapshot | null;
  prepared: PreparedRun | null;
}) {
  const panels = chapter?.panels ?? [];
  if (panels.length === 0) return null;
  return (
    <>
      {panels.includes('summary') && <ModelSummary info={info} prepared={prepared} />}
      {panels.includes('threshold') && (
        <ThresholdPanel snapshot={snapshot} prepared={prepared} initiallyOpen />
      )}
    </>
  );
}
