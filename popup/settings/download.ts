// Saves text as a file the browser downloads, without the downloads permission.

export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; the address can go once this task ends.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
