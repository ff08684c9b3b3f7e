/**
 * The drawing tools above the data figure: the class a click adds (drawn as the legend draws it),
 * Clear, Undo and Redo, and how many points of each class there are, or what the data lacks to be
 * trained.
 */
import { memo } from 'react';
import { formatCount } from '../text/format';
import { trianglePath } from './marks';

interface EditToolbarProps {
  readonly newClass: 0 | 1;
  readonly onNewClass: (label: 0 | 1) => void;
  readonly counts: { readonly positives: number; readonly negatives: number } | null;
  readonly problem: string | null;
  readonly canClear: boolean;
  readonly onClear: () => void;
  readonly canUndo: boolean;
  readonly onUndo: () => void;
  readonly canRedo: boolean;
  readonly onRedo: () => void;
}

const SWATCH = 14;
const C = SWATCH / 2;

function ClassChoice(props: { label: 0 | 1; checked: boolean; onChange: (label: 0 | 1) => void }) {
  const { label, checked, onChange } = props;
  return (
    <label className="data-edit-class">
      <input
        type="radio"
        name="new-point-class"
        value={label}
        checked={checked}
        onChange={() => onChange(label)}
      />
      <svg width={SWATCH} height={SWATCH} aria-hidden="true">
        {label === 1 ? (
          <path className="data-point data-point-1" d={trianglePath(C, C + 1, 4.5)} />
        ) : (
          <circle className="data-point data-point-0" cx={C} cy={C} r={4.5} />
        )}
      </svg>
      class {label}
    </label>
  );
}

const points = (n: number) => `${formatCount(n)} ${n === 1 ? 'point' : 'points'}`;

/** Memoized: the panel renders on every snapshot, the toolbar only when what it shows changes. */
export const EditToolbar = memo(function EditToolbar(props: EditToolbarProps) {
  const { counts, problem } = props;
  return (
    <div className="data-edit">
      <fieldset className="data-edit-classes">
        <legend className="data-edit-legend">New point class</legend>
        <ClassChoice label={1} checked={props.newClass === 1} onChange={props.onNewClass} />
        <ClassChoice label={0} checked={props.newClass === 0} onChange={props.onNewClass} />
      </fieldset>
      <div className="data-edit-buttons">
        <button
          type="button"
          className="button button-small"
          disabled={!props.canClear}
          onClick={props.onClear}
        >
          Clear
        </button>
        <button
          type="button"
          className="button button-small"
          disabled={!props.canUndo}
          onClick={props.onUndo}
          aria-keyshortcuts="Control+Z Meta+Z"
        >
          Undo
        </button>
        <button
          type="button"
          className="button button-small"
          disabled={!props.canRedo}
          onClick={props.onRedo}
          aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
        >
          Redo
        </button>
      </div>
      <p className="data-edit-status" role="status" aria-label="Point count">
        {counts && (
          <>
            {points(counts.positives + counts.negatives)}: {formatCount(counts.positives)} of class
            1, {formatCount(counts.negatives)} of class 0.
          </>
        )}
        {problem && <strong className="data-edit-problem"> {problem}</strong>}
      </p>
    </div>
  );
});
