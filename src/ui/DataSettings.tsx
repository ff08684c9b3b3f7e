import { PRESET_KINDS } from '../engine';
import type { DataSource } from '../state/config';
import { POINT_COUNTS, PRESET_NAMES } from './labels';
import { SelectSetting } from './SelectSetting';

interface DataSettingsProps {
  data: DataSource;
  /** Starts a new run on this data. */
  onChange: (data: DataSource) => void;
}

const PRESET_OPTIONS = PRESET_KINDS.map((value) => ({ value, label: PRESET_NAMES[value] }));
const COUNT_OPTIONS = POINT_COUNTS.map((value) => ({ value, label: String(value) }));

/** Which preset data set the run learns, and how many points it has: a change is a new run. */
export function DataSettings({ data, onChange }: DataSettingsProps) {
  return (
    <fieldset className="settings">
      <legend className="settings-legend">Data</legend>
      <SelectSetting
        label="Data set"
        value={data.preset}
        options={PRESET_OPTIONS}
        onChange={(preset) => onChange({ ...data, preset })}
      />
      <SelectSetting
        label="Points"
        value={data.n}
        options={COUNT_OPTIONS}
        onChange={(n) => onChange({ ...data, n })}
      />
    </fieldset>
  );
}
