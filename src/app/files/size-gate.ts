// Refusing a file for its size has to happen before its bytes are read: a
// 2 GB video read into the tab to learn that it is too large is the very
// failure the cap is there to prevent. Only a zip may be larger than one
// letter, and a zip says so in its first bytes, so reading those is enough.
import type { LetterError } from '../../domain/letter';
// Imported module by module, not through extract/index.ts: this runs on the page,
// which must not pull in the PDF reader.
import { extractErrors } from '../../extract/errors';
import { DEFAULT_LIMITS, type ExtractLimits } from '../../extract/limits';
import { sniffType } from '../../extract/sniff';
import { fileSource, type FileSource } from './file-source';

/** A source that can show its first bytes without being read whole (a File can). */
export interface SniffableSource extends FileSource {
  head(length: number): Promise<Uint8Array>;
}

// sniffType looks for a PDF header anywhere in the first 1024 bytes.
const HEAD_BYTES = 1024;

export function sniffableFileSource(file: File, name?: string): SniffableSource {
  return {
    ...fileSource(file, name),
    head: async (length) => new Uint8Array(await file.slice(0, length).arrayBuffer()),
  };
}

function isSniffable(source: FileSource): source is SniffableSource {
  return 'head' in source && typeof source.head === 'function';
}

/** Whether `sizeRefusal` has anything to say; false for the sources nearly every drop holds. */
export function exceedsLetterSize(source: FileSource, limits: Pick<ExtractLimits, 'maxFileBytes'> = DEFAULT_LIMITS): boolean {
  return source.size !== null && source.size > limits.maxFileBytes;
}

/**
 * Why a source is refused for its size, from its size and its first bytes
 * only, or null when it may be read. A source whose size or head is unknown
 * gets null: the pipeline's own caps still apply once it is read.
 */
export async function sizeRefusal(
  source: FileSource,
  options: Partial<Pick<ExtractLimits, 'maxFileBytes' | 'maxZipBytes'>> = {},
): Promise<LetterError | null> {
  const limits = { ...DEFAULT_LIMITS, ...options };
  if (!exceedsLetterSize(source, limits) || !isSniffable(source)) return null;
  let head: Uint8Array;
  try {
    head = await source.head(HEAD_BYTES);
  } catch {
    // Unreadable: reading it whole fails too, and that failure is reported with its reason.
    return null;
  }
  if (sniffType(head, source.name) !== 'zip') return extractErrors.tooLarge('this file is', limits.maxFileBytes);
  return (source.size ?? 0) > limits.maxZipBytes ? extractErrors.tooLarge('this archive is', limits.maxZipBytes) : null;
}
