/**
 * Saves text as a file through a temporary link: the browser's own download, no network. The link's
 * address is freed a minute later (the browser has the file once the click is handled; freeing it at
 * once can cut the download short in some browsers).
 */
export function downloadFile(fileName: string, contents: string, type: string): void {
  const url = URL.createObjectURL(new Blob([contents], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
