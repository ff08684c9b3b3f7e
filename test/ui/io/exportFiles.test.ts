import { describe, expect, it } from 'vitest';
import { toRawCoefficients } from '../../../src/engine';
import { DEFAULT_CONFIG } from '../../../src/state/config';
import type { PointsSource } from '../../../src/state/config';
import { RunHistory } from '../../../src/state/history';
import { dataCsv, exportFileName, runCsv } from '../../../src/ui/io/exportFiles';
import { prepareRun } from '../../../src/worker/run';
import { Trainer } from '../../../src/worker/trainer';

const points = (name: string): PointsSource => ({
  kind: 'points',
  name,
  featureNames: ['temp'],
  features: [66, 70, 69, 80],
  labels: [0, 1, 0, 1],
});

describe('exportFileName', () => {
  it('names the file after the preset or the imported file', () => {
    expect(exportFileName(DEFAULT_CONFIG.data, 'data')).toBe('twoBlobs-data.csv');
    expect(exportFileName(points('challenger23.csv'), 'run')).toBe('challenger23-run.csv');
    expect(exportFileName(points('Données été.CSV'), 'data')).toBe('Données-été-data.csv');
  });

  it('keeps nothing of a name that could be a path or markup', () => {
    expect(exportFileName(points('../../etc/passwd'), 'data')).toBe('etc-passwd-data.csv');
    expect(exportFileName(points('<img src=x>.csv'), 'run')).toBe('img-src-x-run.csv');
    expect(exportFileName(points('....csv'), 'run')).toBe('data-run.csv');
  });
});

describe('the exported text', () => {
  it('dataCsv writes the run’s points in raw units', () => {
    const text = dataCsv({ source: { data: points('t.csv'), features: DEFAULT_CONFIG.features } });
    expect(text).toBe('temp,y\n66,0\n70,1\n69,0\n80,1');
  });

  it('runCsv gives every iteration’s parameters in raw units, as the parameters table does', () => {
    const config = { ...DEFAULT_CONFIG, data: points('t.csv') };
    const trainer = new Trainer(config, 1);
    for (let k = 0; k < 3; k++) trainer.stepForward();
    const history = new RunHistory(2);
    history.appendChunk(trainer.historyChunk());
    const lines = runCsv(history, { source: config, parameterNames: ['intercept', 'temp'] })
      .trim()
      .split('\n');
    expect(lines[0]).toBe('iteration,epoch,loss,gradient norm,intercept,temp');
    expect(lines).toHaveLength(5);
    const { map } = prepareRun(config);
    const raw = toRawCoefficients(map, history.entry(3).theta);
    expect(lines[4].split(',').slice(4).map(Number)).toEqual(Array.from(raw));
    // Standardized and raw differ here, so the test would see a missing conversion.
    expect(Array.from(raw)).not.toEqual(Array.from(history.entry(3).theta));
  });
});
