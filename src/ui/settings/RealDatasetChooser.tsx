import { useMemo, useState } from 'react';
import type {
  RealChoice,
  RealDatasetId,
  RealDatasetInfo,
  RealTable,
} from '../../data/realDatasets';
import {
  buildRealPoints,
  defaultRealChoice,
  fitsTable,
  numericColumns,
  REAL_DATASETS,
} from '../../data/realDatasets';
import type { PointsSource } from '../../state/config';
import './realDatasets.css';
import { SelectSetting } from './SelectSetting';
import { useRealTable } from './useRealTable';

interface RealDatasetChooserProps {
  id: RealDatasetId;
  /** The points the run has now, built from this data set. */
  data: PointsSource;
  /** The choice that gave them, as read back from their names. */
  choice: RealChoice;
  /** Starts a new run on other points of the data set. */
  onChange: (points: PointsSource) => void;
}

/** Feature 2's "none". Column names are never empty. */
const NO_FEATURE = '';

/**
 * The columns of a real data set the run learns from: one or two numeric features and the class
 * that is y = 1 against all the others. Each change is a new run, as with the other data menus.
 * Below them, what the points are (and how many rows a missing value left out) and the source,
 * cited with its licence. Names from the file are shown as plain text.
 */
export function RealDatasetChooser({ id, data, choice, onChange }: RealDatasetChooserProps) {
  const info = REAL_DATASETS[id];
  const state = useRealTable(id);
  if (state.status === 'loading') {
    return (
      <p className="real-note" role="status">
        Loading {info.title}…
      </p>
    );
  }
  if (!state.result.ok) {
    return (
      <p className="real-note real-problem" role="alert">
        {state.result.reason}. The points you have are unchanged.
      </p>
    );
  }
  return (
    <RealColumns
      info={info}
      table={state.result.table}
      data={data}
      choice={choice}
      onChange={onChange}
    />
  );
}

interface RealColumnsProps extends Omit<RealDatasetChooserProps, 'id'> {
  info: RealDatasetInfo;
  table: RealTable;
}

function RealColumns({ info, table, data, choice, onChange }: RealColumnsProps) {
  // Points whose names no longer match the file (an old link) show the default choice.
  const shown = fitsTable(table, choice) ? choice : defaultRealChoice(table, info);
  const [problem, setProblem] = useState<string | null>(null);
  const built = useMemo(() => buildRealPoints(table, info, shown), [table, info, shown]);

  const choose = (next: RealChoice) => {
    const result = buildRealPoints(table, info, next);
    if (result.ok) {
      setProblem(null);
      onChange(result.points);
    } else {
      setProblem(`These columns cannot be used: ${result.reason}`);
    }
  };

  const [first, second] = shown.features;
  const numeric = numericColumns(table);
  const option = (name: string) => ({ value: name, label: name });

  return (
    <div className="real-chooser" role="group" aria-label={`${info.title} columns`}>
      <SelectSetting
        label="Feature 1"
        value={first}
        options={numeric.filter((name) => name !== second).map(option)}
        onChange={(name) => choose({ ...shown, features: second ? [name, second] : [name] })}
      />
      <SelectSetting
        label="Feature 2"
        value={second ?? NO_FEATURE}
        options={[
          { value: NO_FEATURE, label: 'none' },
          ...numeric.filter((name) => name !== first).map(option),
        ]}
        onChange={(name) =>
          choose({ ...shown, features: name === NO_FEATURE ? [first] : [first, name] })
        }
      />
      <SelectSetting
        label="Positive class (y = 1)"
        value={shown.positive}
        options={table.classes.map(option)}
        onChange={(positive) => choose({ ...shown, positive })}
      />
      <p className="real-note" role="status">
        {describePoints(data, shown.positive, built.ok ? built.skipped : 0)}
      </p>
      {problem && (
        <p className="real-note real-problem" role="alert">
          {problem}
        </p>
      )}
      <p className="real-note real-source">
        Source: {table.source}{' '}
        {table.url && (
          <a href={table.url} target="_blank" rel="noreferrer">
            {table.url.replace(/^https:\/\//, '')}
          </a>
        )}
        . Licence: {table.licence}.
      </p>
    </div>
  );
}

/** "342 points: 151 Adelie (y = 1), 191 others (y = 0); 2 rows skipped for a missing value." */
export function describePoints(data: PointsSource, positive: string, skipped: number): string {
  const n = data.labels.length;
  let positives = 0;
  for (const y of data.labels) positives += y;
  const count = (k: number, noun: string) =>
    `${k.toLocaleString('en')} ${noun}${k === 1 ? '' : 's'}`;
  const classes = `${positives.toLocaleString('en')} ${positive} (y = 1), ${(n - positives).toLocaleString('en')} others (y = 0)`;
  const left =
    skipped > 0 ? `${count(skipped, 'row')} skipped for a missing value` : 'no row skipped';
  return `${count(n, 'point')}: ${classes}; ${left}.`;
}
