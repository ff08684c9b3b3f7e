import type { ReactNode } from 'react';
import { PRESET_KINDS } from '../engine';
import type { DataSource, PresetSource } from '../state/config';
import { DEFAULT_CONFIG } from '../state/config';
import { POINT_COUNTS, PRESET_NAMES } from './labels';
import { SelectSetting } from './SelectSetting';

interface DataSettingsProps {
  data: DataSource;
  /** Starts a new run on this data. */
  onChange: (data: DataSource) => void;
  /** The group's name; "Data" unless more controls come with it. */
  legend?: string;
  /** More controls for the data, below the menus (import, export, sharing). */
  children?: ReactNode;
}

const PRESET_OPTIONS = PRESET_KINDS.map((value) => ({ value, label: PRESET_NAMES[value] }));
const COUNT_OPTIONS = POINT_COUNTS.map((value) => ({ value, label: String(value) }));

/** The preset a choice in the menu starts from: the current one's size and seed, if any. */
function presetSource(current: DataSource): PresetSource {
  return current.kind === 'preset' ? current : DEFAULT_CONFIG.data;
}

/**
 * Which data set the run learns, and how many points a preset has: a change is a new run. The
 * user's own points appear in the menu under their file's name.
 */
export function DataSettings({ data, onChange, legend = 'Data', children }: DataSettingsProps) {
  const imported = data.kind === 'points';
  const options = imported
    ? [{ value: 'points' as const, label: `Imported: ${data.name}` }, ...PRESET_OPTIONS]
    : PRESET_OPTIONS;
  return (
    <fieldset className="settings">
      <legend className="settings-legend">{legend}</legend>
      <SelectSetting
        label="Data set"
        value={imported ? 'points' : data.preset}
        options={options}
        onChange={(choice) => {
          if (choice !== 'points') onChange({ ...presetSource(data), preset: choice });
        }}
      />
      <SelectSetting
        label="Points"
        value={imported ? data.labels.length : data.n}
        options={
          imported
            ? [{ value: data.labels.length, label: String(data.labels.length) }]
            : COUNT_OPTIONS
        }
        disabled={imported}
        onChange={(n) => onChange({ ...presetSource(data), n })}
      />
      {children}
    </fieldset>
  );
}
