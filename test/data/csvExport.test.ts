import { describe, expect, it } from 'vitest';
import { datasetToCsv, runToCsv } from '../../src/data/csvExport';
import { buildDataset, defaultChoice, parseCsv } from '../../src/data/csvImport';
import { datasetFromRows } from '../../src/engine';
import { DEFAULT_CONFIG } from '../../src/state/config';
import { RunHistory } from '../../src/state/history';
import { Trainer } from '../../src/worker/trainer';

describe('CSV export', () => {
  it('a data set written and read back is the same data set', () => {
    const data = datasetFromRows(
      [
        [1.5, -2],
        [0.1, 3e-9],
        [100, 7],
      ],
      [0, 1, 1],
      ['exam "A", first', 'score\nsecond'],
    );
    const parsed = parseCsv(datasetToCsv(data));
    if (!parsed.ok) throw new Error(parsed.reason);
    const choice = defaultChoice(parsed.table);
    if (!choice.ok) throw new Error(choice.reason);
    const back = buildDataset(parsed.table, choice.choice);
    if (!back.ok) throw new Error(back.reason);
    expect(back.dataset).toEqual(data);
  });

  it('the run has one row per iteration, with every number in full', () => {
    const trainer = new Trainer(DEFAULT_CONFIG, 1);
    for (let k = 0; k < 3; k++) trainer.stepForward();
    const chunk = trainer.historyChunk();
    const history = new RunHistory(chunk.parameterCount);
    history.appendChunk(chunk);
    const lines = runToCsv(history, ['intercept', 'x1', 'x2']).trim().split('\n');
    expect(lines[0]).toBe('iteration,epoch,loss,gradient norm,intercept,x1,x2');
    expect(lines).toHaveLength(5);
    const last = lines[4].split(',').map(Number);
    expect(last[0]).toBe(3);
    expect(last[2]).toBe(chunk.loss[3]);
    expect(last.slice(4)).toEqual(Array.from(chunk.theta.subarray(9, 12)));
  });
});

describe('CSV export and spreadsheet formulas (issue 17, item 10)', () => {
  const names = ['=HYPERLINK("http://x","y")', '@SUM(A1)'];
  const data = datasetFromRows(
    [
      [-2, -0.5],
      [3, -1e-9],
      [-7, 4],
    ],
    [0, 1, 1],
    names,
  );

  it('writes text that starts with = + - @ so that it cannot run, numbers as numbers', () => {
    const lines = datasetToCsv(data).trim().split('\n');
    expect(lines[0]).toBe(`"'=HYPERLINK(""http://x"",""y"")","'@SUM(A1)",y`);
    // Negative numbers stay plain numbers a spreadsheet can compute with.
    expect(lines[1]).toBe('-2,-0.5,0');
    expect(lines[2]).toBe('3,-1e-9,1');
    const run = runToCsv(new RunHistory(3), ['intercept', '-x', '+y']).trim().split('\n');
    expect(run[0]).toBe(`iteration,epoch,loss,gradient norm,intercept,"'-x","'+y"`);
  });

  it('reads the names back as they were', () => {
    const parsed = parseCsv(datasetToCsv(data));
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.table.header).toEqual([...names, 'y']);
    const choice = defaultChoice(parsed.table);
    if (!choice.ok) throw new Error(choice.reason);
    const back = buildDataset(parsed.table, choice.choice);
    if (!back.ok) throw new Error(back.reason);
    expect(back.dataset).toEqual(data);
  });
});
