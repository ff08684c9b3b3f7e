/**
 * The steps of an import as a reducer: a file is being read, then either refused (with the reason)
 * or shown in the column chooser until the user uses it or cancels. Only "Use this data" touches
 * the run, and that happens outside (the hook calls the trainer), so every other path leaves the
 * current data and run as they were.
 *
 * Each read carries a number: when the user picks a second file before the first is read, the
 * first one's result is stale and ignored.
 */
import type { ColumnChoice } from '../../data/csvImport';
import type { FileReading } from './readCsvFile';

type ReadFile = Extract<FileReading, { ok: true }>;

export type ImportState =
  | { readonly step: 'idle'; readonly read: number }
  | { readonly step: 'reading'; readonly read: number; readonly fileName: string }
  | {
      readonly step: 'refused';
      readonly read: number;
      readonly fileName: string;
      readonly reason: string;
    }
  | {
      readonly step: 'choosing';
      readonly read: number;
      readonly file: ReadFile;
      readonly choice: ColumnChoice;
    };

export type ImportAction =
  | { readonly type: 'start'; readonly fileName: string }
  | { readonly type: 'finish'; readonly read: number; readonly reading: FileReading }
  | { readonly type: 'choose'; readonly choice: ColumnChoice }
  /** The chosen data went to the run. */
  | { readonly type: 'used' }
  | { readonly type: 'close' };

export const INITIAL_IMPORT: ImportState = { step: 'idle', read: 0 };

export function importReducer(state: ImportState, action: ImportAction): ImportState {
  switch (action.type) {
    case 'start':
      return { step: 'reading', read: state.read + 1, fileName: action.fileName };
    case 'finish': {
      if (state.step !== 'reading' || action.read !== state.read) return state;
      const { reading } = action;
      return reading.ok
        ? { step: 'choosing', read: state.read, file: reading, choice: reading.choice }
        : { step: 'refused', read: state.read, fileName: reading.fileName, reason: reading.reason };
    }
    case 'choose':
      return state.step === 'choosing' ? { ...state, choice: action.choice } : state;
    case 'used':
      return state.step === 'choosing' ? { step: 'idle', read: state.read } : state;
    case 'close':
      return { step: 'idle', read: state.read };
  }
}
