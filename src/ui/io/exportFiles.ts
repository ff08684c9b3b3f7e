/**
 * The CSV files the page offers for download, as pure functions of the run: their names and
 * their text (written by src/data/csvExport.ts).
 */
import { datasetToCsv, runToCsv } from '../../data/csvExport';
import type { FeatureMap } from '../../engine';
import { toRawCoefficients } from '../../engine';
import type { TrainingConfig } from '../../state/config';
import { RunHistory } from '../../state/history';
import type { RunInfo } from '../../worker/protocol';
import { prepareRun } from '../../worker/run';

export type ExportKind = 'data' | 'run' | 'summary';

/**
 * "challenger23-run.csv" for imported points, "twoBlobs-data.csv" for a preset: named after the
 * data, so that the exports of several data sets do not overwrite each other. Only letters,
 * digits, dots, hyphens and underscores are kept from a file's name.
 */
export function exportFileName(source: TrainingConfig['data'], kind: ExportKind): string {
  const base =
    source.kind === 'preset'
      ? source.preset
      : source.name
          .replace(/\.(csv|tsv|txt)$/i, '')
          .replace(/[^\p{L}\p{N}._-]+/gu, '-')
          .replace(/^[-.]+|-+$/g, '')
          .slice(0, 60);
  return `${base || 'data'}-${kind}.csv`;
}

/** The run's points in raw units, one row each (the features, then y). */
export function dataCsv(info: Pick<RunInfo, 'source'>): string {
  return datasetToCsv(prepareRun(info.source).data);
}

/**
 * Every recorded iteration of the run. The history holds θ on the optimizer's features
 * (standardized, when they are); the file gives them in raw units, as the parameters table does,
 * so its columns mean what their names say and compare with a statistics package.
 */
export function runCsv(history: RunHistory, info: Pick<RunInfo, 'source' | 'parameterNames'>) {
  const { map } = prepareRun(info.source);
  return runToCsv(inRawUnits(history, map), info.parameterNames);
}

function inRawUnits(history: RunHistory, map: FeatureMap): RunHistory {
  const raw = new RunHistory(
    history.parameterCount,
    Math.max(history.length + 2, 3),
    Math.max(history.length, 1),
  );
  for (let k = 0; k < history.length; k++) {
    const entry = history.entry(k);
    raw.append({ ...entry, theta: toRawCoefficients(map, entry.theta) });
  }
  return raw;
}
