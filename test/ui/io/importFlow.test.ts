import { describe, expect, it } from 'vitest';
import { defaultChoice, parseCsv, summarizeColumns } from '../../../src/data/csvImport';
import type { ImportState } from '../../../src/ui/io/importFlow';
import { importReducer, INITIAL_IMPORT } from '../../../src/ui/io/importFlow';
import type { FileReading } from '../../../src/ui/io/readCsvFile';

function readOk(fileName: string): FileReading {
  const parsed = parseCsv('x,y\n1,0\n2,1\n');
  if (!parsed.ok) throw new Error(parsed.reason);
  const chosen = defaultChoice(parsed.table);
  if (!chosen.ok) throw new Error(chosen.reason);
  return {
    ok: true,
    fileName,
    table: parsed.table,
    columns: summarizeColumns(parsed.table),
    choice: chosen.choice,
  };
}

const refused = (fileName: string): FileReading => ({ ok: false, fileName, reason: 'Empty.' });

describe('importReducer', () => {
  it('start, finish: a readable file opens the chooser with its default choice', () => {
    const reading = importReducer(INITIAL_IMPORT, { type: 'start', fileName: 'a.csv' });
    expect(reading).toEqual({ step: 'reading', read: 1, fileName: 'a.csv' });
    const file = readOk('a.csv');
    const choosing = importReducer(reading, { type: 'finish', read: 1, reading: file });
    expect(choosing).toMatchObject({ step: 'choosing', read: 1 });
    if (choosing.step !== 'choosing' || !file.ok) throw new Error('not choosing');
    expect(choosing.choice).toBe(file.choice);
  });

  it('a refused file shows its reason', () => {
    const reading = importReducer(INITIAL_IMPORT, { type: 'start', fileName: 'b.csv' });
    expect(importReducer(reading, { type: 'finish', read: 1, reading: refused('b.csv') })).toEqual({
      step: 'refused',
      read: 1,
      fileName: 'b.csv',
      reason: 'Empty.',
    });
  });

  it('a file read after another was chosen is stale and ignored', () => {
    let state: ImportState = importReducer(INITIAL_IMPORT, { type: 'start', fileName: 'slow.csv' });
    state = importReducer(state, { type: 'start', fileName: 'fast.csv' });
    state = importReducer(state, { type: 'finish', read: 2, reading: readOk('fast.csv') });
    const after = importReducer(state, { type: 'finish', read: 1, reading: refused('slow.csv') });
    expect(after).toBe(state);
    expect(after.step === 'choosing' && after.file.fileName).toBe('fast.csv');
  });

  it('choose changes the choice only while choosing; used and close end the import', () => {
    const choice = { features: [0], label: 1, positive: '0', negative: '1' };
    expect(importReducer(INITIAL_IMPORT, { type: 'choose', choice })).toBe(INITIAL_IMPORT);
    let state = importReducer(INITIAL_IMPORT, { type: 'start', fileName: 'a.csv' });
    state = importReducer(state, { type: 'finish', read: 1, reading: readOk('a.csv') });
    state = importReducer(state, { type: 'choose', choice });
    expect(state.step === 'choosing' && state.choice).toBe(choice);
    expect(importReducer(state, { type: 'used' })).toEqual({ step: 'idle', read: 1 });
    expect(importReducer(state, { type: 'close' })).toEqual({ step: 'idle', read: 1 });
    // Nothing to use when the chooser is not open.
    expect(importReducer(INITIAL_IMPORT, { type: 'used' })).toBe(INITIAL_IMPORT);
  });
});
