import { useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { RealDatasetId } from '../../data/realDatasets';
import {
  buildRealPoints,
  defaultRealChoice,
  REAL_DATASET_IDS,
  REAL_DATASETS,
  recognizeRealPoints,
} from '../../data/realDatasets';
import type { PresetKind } from '../../engine';
import { PRESET_KINDS } from '../../engine';
import type { DataSource, PresetSource } from '../../state/config';
import { DEFAULT_CONFIG } from '../../state/config';
import { POINT_COUNTS, PRESET_NAMES } from '../text/labels';
import { NoiseSetting } from './NoiseSetting';
import { RealDatasetChooser } from './RealDatasetChooser';
import { SelectSetting } from './SelectSetting';
import './realDatasets.css';
import { loadRealTable } from './useRealTable';

interface DataSettingsProps {
  data: DataSource;
  /** Starts a new run on this data. */
  onChange: (data: DataSource) => void;
  /** The group's name; "Data" unless more controls come with it. */
  legend?: string;
  /** More controls for the data, below the menus (import, export, sharing). */
  children?: ReactNode;
}

type MenuValue = PresetKind | RealDatasetId | 'points';

const PRESET_OPTIONS: readonly { value: MenuValue; label: string }[] = [
  ...PRESET_KINDS.map((value) => ({ value, label: PRESET_NAMES[value] })),
  ...REAL_DATASET_IDS.map((value) => ({ value, label: REAL_DATASETS[value].title })),
];
const COUNT_OPTIONS = POINT_COUNTS.map((value) => ({ value, label: String(value) }));

/**
 * The sizes offered, with the data's own size among them when a chapter or a link chose another
 * (60 points): the menu says what the figure shows, never the first size on its list.
 */
function countOptions(n: number): readonly { value: number; label: string }[] {
  if (POINT_COUNTS.includes(n)) return COUNT_OPTIONS;
  return [...COUNT_OPTIONS, { value: n, label: String(n) }].sort((a, b) => a.value - b.value);
}

const isRealId = (value: MenuValue): value is RealDatasetId =>
  (REAL_DATASET_IDS as readonly string[]).includes(value);

/** The preset a choice in the menu starts from: the current one's size, noise and seed, if any. */
function presetSource(current: DataSource): PresetSource {
  return current.kind === 'preset' ? current : DEFAULT_CONFIG.data;
}

/**
 * Which data set the run learns: a preset with its size and noise, a real data set with its
 * columns and class (see RealDatasetChooser), or the user's own points, which appear in the menu
 * under their file's name. Every change is a new run.
 *
 * A real data set's file is fetched when it is chosen; until it arrives the menu shows the choice
 * and the run keeps its points, and a failed fetch says why and leaves them as they were.
 */
export function DataSettings({ data, onChange, legend = 'Data', children }: DataSettingsProps) {
  const imported = data.kind === 'points';
  const real = useMemo(() => (data.kind === 'points' ? recognizeRealPoints(data) : null), [data]);
  // The real data set being fetched for the data it was chosen on, and why the last fetch failed.
  const [pending, setPending] = useState<{ id: RealDatasetId; from: DataSource } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // Only the latest choice may load its points, and only onto the data it was made on: a slow
  // fetch must not undo a later choice, nor points imported meanwhile.
  const request = useRef(0);
  const latest = useRef(data);
  useEffect(() => {
    latest.current = data;
  }, [data]);
  const loading = pending !== null && pending.from === data ? pending.id : null;

  const chooseReal = (id: RealDatasetId) => {
    const ticket = ++request.current;
    const from = data;
    setPending({ id, from });
    setProblem(null);
    void loadRealTable(id).then((result) => {
      if (ticket !== request.current || latest.current !== from) return;
      setPending(null);
      const info = REAL_DATASETS[id];
      const built = result.ok
        ? buildRealPoints(result.table, info, defaultRealChoice(result.table, info))
        : result;
      if (built.ok) onChange(built.points);
      else setProblem(`${built.reason}. The points you have are unchanged.`);
    });
  };

  const choose = (choice: MenuValue) => {
    if (choice === 'points' || choice === real?.id) return;
    if (isRealId(choice)) {
      chooseReal(choice);
      return;
    }
    request.current++;
    setPending(null);
    setProblem(null);
    onChange({ ...presetSource(data), preset: choice });
  };

  const options =
    imported && !real
      ? [{ value: 'points' as const, label: `Imported: ${data.name}` }, ...PRESET_OPTIONS]
      : PRESET_OPTIONS;
  const current: MenuValue = real ? real.id : imported ? 'points' : data.preset;

  return (
    <fieldset className="settings">
      <legend className="settings-legend">{legend}</legend>
      <SelectSetting
        label="Data set"
        value={loading ?? current}
        options={options}
        onChange={choose}
      />
      <SelectSetting
        label="Points"
        value={imported ? data.labels.length : data.n}
        options={
          imported
            ? [{ value: data.labels.length, label: String(data.labels.length) }]
            : countOptions(data.n)
        }
        disabled={imported}
        onChange={(n) => onChange({ ...presetSource(data), n })}
      />
      {data.kind === 'preset' && (
        <NoiseSetting noise={data.noise} onChange={(noise) => onChange({ ...data, noise })} />
      )}
      {loading && (
        <p className="real-note" role="status">
          Loading {REAL_DATASETS[loading].title}…
        </p>
      )}
      {problem && (
        <div className="real-note real-problem" role="alert">
          <p>{problem}</p>
          <button type="button" className="button button-small" onClick={() => setProblem(null)}>
            Dismiss<span className="visually-hidden"> the message</span>
          </button>
        </div>
      )}
      {data.kind === 'points' && real && !loading && (
        <RealDatasetChooser id={real.id} data={data} choice={real.choice} onChange={onChange} />
      )}
      {children}
    </fieldset>
  );
}
