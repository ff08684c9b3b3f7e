import { describe, expect, it } from 'vitest';
import { MAX_BYTES } from '../../../src/data/csvImport';
import type { FileLike } from '../../../src/ui/io/readCsvFile';
import { fileSizeProblem, readCsvFile } from '../../../src/ui/io/readCsvFile';

/** A file whose text() the test controls, and which records whether it was read. */
function fakeFile(
  name: string,
  text: string | Error,
  size = typeof text === 'string' ? text.length : 0,
) {
  const file = {
    name,
    size,
    reads: 0,
    text: () => {
      file.reads += 1;
      return text instanceof Error ? Promise.reject(text) : Promise.resolve(text);
    },
  };
  return file satisfies FileLike;
}

describe('fileSizeProblem', () => {
  it('accepts up to 20 MB and says the size of a larger file', () => {
    expect(fileSizeProblem(0)).toBeNull();
    expect(fileSizeProblem(MAX_BYTES)).toBeNull();
    expect(fileSizeProblem(MAX_BYTES + 1)).toBe(
      'The file is 20.0 MB; files up to 20 MB can be imported.',
    );
    expect(fileSizeProblem(300 * 1024 * 1024)).toMatch(/^The file is 300\.0 MB/);
  });
});

describe('readCsvFile', () => {
  it('refuses a file over 20 MB without reading it', async () => {
    const file = fakeFile('huge.csv', 'x,y\n1,0\n', MAX_BYTES + 1);
    const reading = await readCsvFile(file);
    expect(reading).toMatchObject({ ok: false, fileName: 'huge.csv' });
    expect(file.reads).toBe(0);
  });

  it('says so when the browser cannot read the file', async () => {
    const reading = await readCsvFile(fakeFile('gone.csv', new Error('NotFoundError')));
    expect(reading).toEqual({
      ok: false,
      fileName: 'gone.csv',
      reason: 'The file could not be read (NotFoundError). Try choosing it again.',
    });
  });

  it.each([
    ['', /empty/],
    ['x\n1\n2\n', /fewer than two columns/],
    ['x,y\n1,1\n2,1\n3,1\n', /Only one class/],
    ['1,0\n2,1\n', /header row/],
    ['name,y\na,0\nb,1\n', /No numeric column/],
    ['\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR', /not text/],
  ])('passes on the refusal of %j', async (text, reason) => {
    const reading = await readCsvFile(fakeFile('bad.csv', text));
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.reason).toMatch(reason);
  });

  it('gives the table, its columns and the default choice of a good file', async () => {
    const reading = await readCsvFile(fakeFile('good.csv', 'temp,y\n66,0\n70,1\n69,0\n'));
    if (!reading.ok) throw new Error(reading.reason);
    expect(reading.fileName).toBe('good.csv');
    expect(reading.table.header).toEqual(['temp', 'y']);
    expect(reading.columns.map((column) => column.name)).toEqual(['temp', 'y']);
    expect(reading.choice).toEqual({ features: [0], label: 1, positive: '1', negative: '0' });
  });
});
