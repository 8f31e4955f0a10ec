/**
 * Saves a file the console fetched with the person's token: a plain link to the registry cannot carry the token,
 * so the answer is fetched and then handed to the browser's download as a blob.
 */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The browser has started the download by now; the blob need not stay in memory.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
