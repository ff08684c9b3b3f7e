import { useCallback, useReducer, useRef } from 'react';
import type { ColumnChoice } from '../../data/csvImport';
import type { PointsSource } from '../../state/config';
import { importReducer, INITIAL_IMPORT } from './importFlow';
import type { ImportState } from './importFlow';
import type { FileLike } from './readCsvFile';
import { readCsvFile } from './readCsvFile';

export interface CsvImport {
  readonly state: ImportState;
  /** Reads a chosen or dropped file; its columns are then shown for the user to confirm. */
  readonly importFile: (file: FileLike) => void;
  readonly choose: (choice: ColumnChoice) => void;
  /** "Use this data": the run starts on these points. */
  readonly use: (points: PointsSource) => void;
  /** Cancel, or dismiss a refusal: the run was never touched. */
  readonly close: () => void;
}

/** The import as the page runs it: the reducer's steps, the file read, and the trainer's load. */
export function useCsvImport(load: (points: PointsSource) => void): CsvImport {
  const [state, dispatch] = useReducer(importReducer, INITIAL_IMPORT);
  // The number the next read will get: mirrors the reducer's counter, so a finished read can say
  // which one it was without reading state inside a stale closure.
  const reads = useRef(0);

  const importFile = useCallback((file: FileLike) => {
    reads.current += 1;
    const read = reads.current;
    dispatch({ type: 'start', fileName: file.name });
    void readCsvFile(file).then(
      (reading) => dispatch({ type: 'finish', read, reading }),
      // readCsvFile answers every file with a reading; should the parser throw all the same (a
      // file nobody foresaw), the import ends refused rather than "reading" forever, unhandled.
      (error: unknown) => {
        const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
        const reason = `The file could not be imported${detail}. The data were left as they were.`;
        dispatch({ type: 'finish', read, reading: { ok: false, fileName: file.name, reason } });
      },
    );
  }, []);

  const choose = useCallback((choice: ColumnChoice) => dispatch({ type: 'choose', choice }), []);

  const use = useCallback(
    (points: PointsSource) => {
      load(points);
      dispatch({ type: 'used' });
    },
    [load],
  );

  const close = useCallback(() => dispatch({ type: 'close' }), []);

  return { state, importFile, choose, use, close };
}
