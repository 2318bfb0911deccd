// A file waiting to be ingested. Bytes are read only when a worker is free to
// take them, so a thousand dropped files never sit in memory at once.

export interface FileSource {
  /** The name the record will carry: "letter.pdf", or "folder/letter.pdf" from a dropped folder. */
  readonly name: string;
  /** Size in bytes when known before reading (a File knows it; a fetch does not). */
  readonly size: number | null;
  read(): Promise<ArrayBuffer>;
  /** The file itself, where the source is one (a File is): a worker can read it without the page reading it first. */
  blob?(): Blob;
}

/** A letter's kept text, to be read again by a newer parser: the same letter, so the same id. */
export interface TextSource {
  /** The letter's file, as its record names it. */
  readonly name: string;
  readonly letterId: string;
  readonly text: string;
}

/** What an ingest run reads: dropped files, or kept texts read again. */
export type Source = FileSource | TextSource;

export function isTextSource(source: Source): source is TextSource {
  return 'letterId' in source;
}

export function fileSource(file: File, name: string = file.webkitRelativePath || file.name): FileSource {
  return { name, size: file.size, read: () => file.arrayBuffer(), blob: () => file };
}
