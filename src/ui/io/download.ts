/**
 * Saving a file from the page: a Blob behind an object URL and a temporary link with a `download`
 * name, clicked once. The URL is revoked a moment later, after the browser has started the
 * download (revoking at once can cancel it in some browsers).
 */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Text as a file: CSV unless told otherwise. */
export function downloadText(
  fileName: string,
  text: string,
  type = 'text/csv;charset=utf-8',
): void {
  downloadBlob(fileName, new Blob([text], { type }));
}
