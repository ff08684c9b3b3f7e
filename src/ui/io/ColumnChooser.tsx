import { useEffect, useId, useMemo, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import type { ColumnChoice } from '../../data/csvImport';
import { buildDataset, positiveHint } from '../../data/csvImport';
import type { PointsSource } from '../../state/config';
import { SelectSetting } from '../settings/SelectSetting';
import {
  describeImport,
  featureColumns,
  labelColumns,
  labelValues,
  shortName,
  toPointsSource,
  withFeature,
  withLabel,
  withPositive,
} from './columnChoice';
import type { FileReading } from './readCsvFile';

interface ColumnChooserProps {
  file: Extract<FileReading, { ok: true }>;
  choice: ColumnChoice;
  onChoose: (choice: ColumnChoice) => void;
  onUse: (points: PointsSource) => void;
  onCancel: () => void;
}

/** Feature 2's "none". Column indices are never negative. */
const NO_FEATURE = -1;

/**
 * Which columns of the file to learn from, prefilled with the default choice: the label, which of
 * its two values is the positive class, and one or two features. The line below says what the
 * choice gives (rows used and skipped, or why it cannot be used). Nothing reaches the run until
 * "Use this data"; Cancel or Escape leaves everything as it was.
 *
 * An inline form, not a modal: the rest of the page stays usable. It takes focus when it opens so
 * keyboard and screen-reader users land on it. Column names and values are shown as plain text.
 */
export function ColumnChooser({ file, choice, onChoose, onUse, onCancel }: ColumnChooserProps) {
  const titleId = useId();
  const title = useRef<HTMLHeadingElement>(null);
  const { columns, table, fileName } = file;

  useEffect(() => title.current?.focus(), [file]);

  // Building the data set is the check: the summary and the button follow what it says.
  const preview = useMemo(() => buildDataset(table, choice), [table, choice]);

  // Which label value is y = 1 is the user's to say when the values do not make it obvious.
  const values = labelValues(columns, choice);
  const hint =
    values.length === 2 ? positiveHint(values as [string, string], choice.positive) : null;

  const columnOption = (index: number) => ({
    value: index,
    label: shortName(columns[index].name),
  });
  const featureOptions = (slot: 0 | 1) =>
    featureColumns(columns, choice, slot).map((column) => columnOption(column.index));

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      // One Escape, one thing closed: the settings drawer around the chooser stays open.
      event.stopPropagation();
      onCancel();
    }
  };

  return (
    <form
      className="io-chooser"
      aria-labelledby={titleId}
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault();
        if (preview.ok) onUse(toPointsSource(fileName, preview.dataset, choice));
      }}
    >
      <h3 id={titleId} ref={title} tabIndex={-1} className="io-chooser-title">
        Import “{shortName(fileName)}”
      </h3>
      <p className="io-hint">
        Choose the columns to learn from. The run starts afresh on these points with the default
        settings.
      </p>
      <div className="io-chooser-fields">
        <SelectSetting
          label="Label column"
          value={choice.label}
          options={labelColumns(columns).map((column) => columnOption(column.index))}
          onChange={(label) => onChoose(withLabel(columns, choice, label))}
        />
        <SelectSetting
          label="Positive class (y = 1)"
          value={choice.positive}
          options={labelValues(columns, choice).map((value) => ({
            value,
            label: shortName(value),
          }))}
          onChange={(positive) => onChoose(withPositive(columns, choice, positive))}
        />
        <SelectSetting
          label="Feature 1"
          value={choice.features[0]}
          options={featureOptions(0)}
          onChange={(column) => onChoose(withFeature(columns, choice, 0, column))}
        />
        <SelectSetting
          label="Feature 2 (optional)"
          value={choice.features[1] ?? NO_FEATURE}
          options={[{ value: NO_FEATURE, label: 'none' }, ...featureOptions(1)]}
          onChange={(column) =>
            onChoose(withFeature(columns, choice, 1, column === NO_FEATURE ? null : column))
          }
        />
      </div>
      {hint && <p className="io-hint">{hint}</p>}
      {preview.ok &&
        preview.notes.map((note) => (
          <p key={note} className="io-hint">
            {note}
          </p>
        ))}
      {preview.ok ? (
        <p className="io-summary" role="status">
          {describeImport(preview.dataset, preview.skipped, {
            ...choice,
            positive: shortName(choice.positive),
            negative: shortName(choice.negative),
          })}
        </p>
      ) : (
        <p className="io-summary io-summary-problem" role="alert">
          These columns cannot be used: {preview.reason}
        </p>
      )}
      <div className="io-chooser-actions">
        <button type="submit" className="button button-primary" disabled={!preview.ok}>
          Use this data
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
