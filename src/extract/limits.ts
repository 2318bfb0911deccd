// Size and count caps for what one dropped file may cost. A letter is a few
// hundred kilobytes; the caps are far above that and exist so that a stray
// video or a zip bomb is refused instead of exhausting the tab's memory.

export interface ExtractLimits {
  /** Largest single letter file (PDF or text), in bytes. */
  maxFileBytes: number;
  /** Largest .zip archive accepted as a whole, in bytes. */
  maxZipBytes: number;
  /** Largest total of the declared unpacked sizes of every entry, nested zips included. */
  maxUnpackedBytes: number;
  /** Most file entries one archive may hold, nested zips included. */
  maxZipEntries: number;
  /** How many zips deep an archive may nest (a.zip/b.zip/c.zip is depth 3). */
  maxZipDepth: number;
}

export const MB = 1024 * 1024;

export const DEFAULT_LIMITS: ExtractLimits = {
  maxFileBytes: 50 * MB,
  maxZipBytes: 500 * MB,
  maxUnpackedBytes: 500 * MB,
  maxZipEntries: 10_000,
  maxZipDepth: 3,
};

export function withDefaults(limits: Partial<ExtractLimits> | undefined): ExtractLimits {
  return { ...DEFAULT_LIMITS, ...limits };
}


