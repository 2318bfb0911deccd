// Turns a drop into files to ingest, walking dropped folders to the bottom.
// Entries must be taken from the DataTransfer during the drop event (the
// browser empties it afterwards); walking them may continue asynchronously.
import { isJunkName } from '../../extract/junk-names';
import type { FileSource } from './file-source';
import { sniffableFileSource } from './size-gate';

// The slice of the File and Directory Entries API we use. The browser's
// FileSystemEntry objects fit it; tests pass plain objects.
export interface DroppedEntry {
  readonly name: string;
  readonly fullPath: string;
  readonly isFile: boolean;
  readonly isDirectory: boolean;
}
export interface DroppedFileEntry extends DroppedEntry {
  file(success: (file: File) => void, failure?: (error: DOMException) => void): void;
}
export interface DroppedDirectoryEntry extends DroppedEntry {
  createReader(): {
    readEntries(success: (entries: DroppedEntry[]) => void, failure?: (error: DOMException) => void): void;
  };
}

export type Pending = { kind: 'file'; file: File } | { kind: 'entry'; entry: DroppedEntry };

function isDirectory(entry: DroppedEntry): entry is DroppedDirectoryEntry {
  return entry.isDirectory && 'createReader' in entry;
}

function isFile(entry: DroppedEntry): entry is DroppedFileEntry {
  return entry.isFile && 'file' in entry;
}

/** Call synchronously inside the drop handler. */
export function takeDropped(dataTransfer: DataTransfer): Pending[] {
  const pending: Pending[] = [];
  const items = dataTransfer.items;
  if (items && items.length > 0) {
    for (const item of Array.from(items)) {
      if (item.kind !== 'file') continue;
      // Entries exist for drops from the desktop; a DataTransfer built by a
      // script only has files, so fall back to getAsFile().
      const entry = typeof item.webkitGetAsEntry === 'function' ? item.webkitGetAsEntry() : null;
      if (entry && isDirectory(entry)) {
        pending.push({ kind: 'entry', entry });
        continue;
      }
      const file = item.getAsFile();
      if (file) pending.push({ kind: 'file', file });
      else if (entry) pending.push({ kind: 'entry', entry });
    }
    return pending;
  }
  return Array.from(dataTransfer.files, (file) => ({ kind: 'file', file }) satisfies Pending);
}

function readBatch(reader: ReturnType<DroppedDirectoryEntry['createReader']>): Promise<DroppedEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

function entryFile(entry: DroppedFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

/** The path under the drop: "folder/sub/letter.pdf", matching how files inside a .zip are named. */
function relativePath(entry: DroppedEntry): string {
  return entry.fullPath.replace(/^\/+/, '') || entry.name;
}

/** A path the browser would not open (permissions, removed mid-drop): reported like any unreadable file. */
function unreadable(path: string, error: unknown): FileSource {
  return { name: path, size: null, read: () => Promise.reject(error) };
}

async function walk(entry: DroppedEntry, out: FileSource[]): Promise<void> {
  if (isFile(entry)) {
    try {
      out.push(sniffableFileSource(await entryFile(entry), relativePath(entry)));
    } catch (error) {
      out.push(unreadable(relativePath(entry), error));
    }
    return;
  }
  if (!isDirectory(entry)) return;
  const reader = entry.createReader();
  // readEntries returns at most ~100 entries per call; keep calling until it returns none.
  for (;;) {
    let batch: DroppedEntry[];
    try {
      batch = await readBatch(reader);
    } catch (error) {
      out.push(unreadable(relativePath(entry), error));
      return;
    }
    if (batch.length === 0) return;
    for (const child of batch) {
      if (!isJunkName(child.name)) await walk(child, out);
    }
  }
}

export async function collectDropped(pending: readonly Pending[]): Promise<FileSource[]> {
  const sources: FileSource[] = [];
  for (const item of pending) {
    if (item.kind === 'file') sources.push(sniffableFileSource(item.file));
    else await walk(item.entry, sources);
  }
  return sources;
}

/** Files chosen with the file picker (`<input type="file" multiple>`). */
export function pickedSources(files: FileList | null): FileSource[] {
  return files ? Array.from(files, (file) => sniffableFileSource(file)) : [];
}
