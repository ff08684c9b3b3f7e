/**
 * Saving text as a file from the page: a Blob behind an object URL and a temporary link with a
 * `download` name, clicked once. The URL is revoked a moment later, after the browser has started
 * the download (revoking at once can cancel it in some browsers).
 */
export function downloadText(
  fileName: string,
  text: string,
  type = 'text/csv;charset=utf-8',
): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
