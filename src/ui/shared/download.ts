// Saves what the user asked for (a CSV, a JSON export, a chart image) as a
// file, without any network: an object URL and a click on a temporary
// <a download>.
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the save in some browsers; the URL is only ours, so wait a little.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
