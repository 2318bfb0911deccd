// A file waiting to be ingested. Bytes are read only when a worker is free to
// take them, so a thousand dropped files never sit in memory at once.

export interface FileSource {
  /** The name the record will carry: "letter.pdf", or "folder/letter.pdf" from a dropped folder. */
  readonly name: string;
  /** Size in bytes when known before reading (a File knows it; a fetch does not). */
  readonly size: number | null;
  read(): Promise<ArrayBuffer>;
}

export function fileSource(file: File, name: string = file.webkitRelativePath || file.name): FileSource {
  return { name, size: file.size, read: () => file.arrayBuffer() };
}
