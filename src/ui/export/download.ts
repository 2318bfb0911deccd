// Saves text the user asked for as a file, without any network: a Blob, an
// object URL and a click on a temporary <a download>.
export function downloadBlob(parts: BlobPart[], fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob(parts, { type }));
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
