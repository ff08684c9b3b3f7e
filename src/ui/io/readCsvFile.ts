/**
 * From a file the user chose (or dropped) to what the column chooser starts from: the table, its
 * column summaries and the default choice; or the reason it cannot be imported. Nothing here
 * touches the current run.
 */
import type { ColumnChoice, ColumnSummary, CsvTable } from '../../data/csvImport';
import { defaultChoice, MAX_BYTES, parseCsv, summarizeColumns } from '../../data/csvImport';

export type FileReading =
  | {
      readonly ok: true;
      readonly fileName: string;
      readonly table: CsvTable;
      readonly columns: readonly ColumnSummary[];
      readonly choice: ColumnChoice;
    }
  | { readonly ok: false; readonly fileName: string; readonly reason: string };

/** The part of File this needs, so tests can pass a plain object. */
export type FileLike = Pick<File, 'name' | 'size' | 'text'>;

/**
 * Why a file of `size` bytes is too large to read, or null. Checked before reading, so a
 * mistaken choice of a 2 GB video does not freeze the page while the browser decodes it.
 */
export function fileSizeProblem(size: number): string | null {
  if (size <= MAX_BYTES) return null;
  const megabytes = size / 1024 / 1024;
  return `The file is ${megabytes.toFixed(1)} MB; files up to ${MAX_BYTES / 1024 / 1024} MB can be imported.`;
}

export async function readCsvFile(file: FileLike): Promise<FileReading> {
  const fileName = file.name;
  const refuse = (reason: string): FileReading => ({ ok: false, fileName, reason });
  const tooLarge = fileSizeProblem(file.size);
  if (tooLarge) return refuse(tooLarge);
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
    return refuse(`The file could not be read${detail}. Try choosing it again.`);
  }
  const parsed = parseCsv(text, file.size);
  if (!parsed.ok) return refuse(parsed.reason);
  const chosen = defaultChoice(parsed.table);
  if (!chosen.ok) return refuse(chosen.reason);
  return {
    ok: true,
    fileName,
    table: parsed.table,
    columns: summarizeColumns(parsed.table),
    choice: chosen.choice,
  };
}
