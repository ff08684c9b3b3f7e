/**
 * Saving a Blob (a PNG) as a file: io/download.ts does this for text only. The same way: an object
 * URL and a temporary link with a `download` name, the URL revoked a moment later, after the
 * browser has started the download (revoking at once can cancel it in some browsers).
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
