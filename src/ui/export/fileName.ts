/**
 * Names for the exported figures: "data-space-iteration-12.svg". The figure's name gives a slug
 * that also marks the figure's element in the page (data-export-figure), so the button and the
 * figure agree without sharing a constant across folders.
 */

export type ExportFormat = 'svg' | 'png';

/** "Data space" ↦ "data-space": lower case, letters and digits, runs of anything else one hyphen. */
export function figureSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    // Accents split off by NFKD, so "Schätzung" keeps its a.
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'figure';
}

/**
 * The download's name: the figure, the iteration shown (so that exports of several moments of a
 * run do not overwrite each other) and the format. No iteration yet: the figure's name alone.
 */
export function figureFileName(
  name: string,
  iteration: number | null,
  format: ExportFormat,
): string {
  const when =
    iteration !== null && Number.isSafeInteger(iteration) && iteration >= 0
      ? `-iteration-${iteration}`
      : '';
  return `${figureSlug(name)}${when}.${format}`;
}
