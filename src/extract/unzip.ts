// A .zip of letters -> its files, named `archive.zip/inner/path.pdf`.
// Sizes are checked against the central directory before anything is
// inflated, and fflate inflates each entry into a buffer of its declared
// size, so an archive that lies about its sizes still cannot outgrow the caps.
import { unzipSync, type UnzipFileInfo } from 'fflate';
import type { LetterError } from '../domain/letter';
import { extractErrors } from './errors';
import { formatBytes } from '../domain/format-bytes';
import { withDefaults, type ExtractLimits } from './limits';
import { isJunkPath } from './junk-names';
import { sniffType } from './sniff';

export type ZipEntry = { name: string; ok: true; bytes: Uint8Array } | { name: string; ok: false; error: LetterError };
export type UnpackResult = { ok: true; entries: ZipEntry[] } | { ok: false; error: LetterError };

// Folders that archivers add and nobody means to send.

interface Budget {
  entries: number;
  bytes: number;
}

export function unpackZip(bytes: Uint8Array, archiveName: string, limits?: Partial<ExtractLimits>): UnpackResult {
  const lim = withDefaults(limits);
  const entries: ZipEntry[] = [];
  const refused = unpackInto(bytes, archiveName, 1, lim, { entries: 0, bytes: 0 }, entries);
  if (refused) return { ok: false, error: refused };
  if (entries.length === 0) return { ok: false, error: extractErrors.emptyArchive() };
  return { ok: true, entries };
}

/** Appends the archive's files to `out`; returns an error only when the whole archive is refused. */
function unpackInto(
  bytes: Uint8Array,
  prefix: string,
  depth: number,
  lim: ExtractLimits,
  budget: Budget,
  out: ZipEntry[],
): LetterError | null {
  const listed = listEntries(bytes);
  if (!listed) return extractErrors.corruptZip();
  if (listed.some((f) => f.name === '[Content_Types].xml' || f.name === 'mimetype')) {
    return extractErrors.unsupported('an Office document, not a folder of letters');
  }
  const files = listed.filter((f) => isWanted(f.name));

  budget.entries += files.length;
  if (budget.entries > lim.maxZipEntries) {
    return extractErrors.zipLimit(`it holds more than ${lim.maxZipEntries.toLocaleString('en-US')} files`);
  }
  // Every declared size counts, inflated or not: an archive declaring gigabytes
  // is refused as a whole rather than reported as a page of too-large entries.
  budget.bytes += files.reduce((sum, f) => sum + f.originalSize, 0);
  if (budget.bytes > lim.maxUnpackedBytes) {
    return extractErrors.zipLimit(`it would unpack to more than ${formatBytes(lim.maxUnpackedBytes)}`);
  }

  const inflatable = new Set<string>();
  const skipped = new Map<string, LetterError>();
  for (const f of files) {
    if (f.originalSize > lim.maxFileBytes) {
      skipped.set(f.name, extractErrors.tooLarge('this file is', lim.maxFileBytes));
    } else if (f.compression !== 0 && f.compression !== 8) {
      skipped.set(f.name, extractErrors.unsupported('a file packed with a compression method other than deflate'));
    } else {
      inflatable.add(f.name);
    }
  }

  let inflated: Record<string, Uint8Array>;
  try {
    inflated = unzipSync(bytes, { filter: (f) => inflatable.has(f.name) });
  } catch {
    return extractErrors.corruptZip();
  }

  for (const f of files) {
    const name = `${prefix}/${f.name.replace(/\\/g, '/')}`;
    const error = skipped.get(f.name);
    const content = inflated[f.name];
    if (error || !content) {
      out.push({ name, ok: false, error: error ?? extractErrors.corruptZip() });
    } else if (sniffType(content, f.name) === 'zip') {
      if (depth >= lim.maxZipDepth) {
        out.push({ name, ok: false, error: extractErrors.zipLimit(`zips nested more than ${lim.maxZipDepth} deep`) });
        continue;
      }
      const inner: ZipEntry[] = [];
      const refused = unpackInto(content, name, depth + 1, lim, budget, inner);
      // Running out of budget refuses the whole upload; a broken inner zip is just that entry.
      if (refused?.code === 'zip-limit') return refused;
      if (refused) out.push({ name, ok: false, error: refused });
      else if (inner.length === 0) out.push({ name, ok: false, error: extractErrors.emptyArchive() });
      else out.push(...inner);
    } else {
      out.push({ name, ok: true, bytes: content });
    }
  }
  return null;
}

/** The central directory, read without inflating anything; null when it cannot be read. */
function listEntries(bytes: Uint8Array): UnzipFileInfo[] | null {
  const listed: UnzipFileInfo[] = [];
  try {
    unzipSync(bytes, {
      filter: (f) => {
        listed.push(f);
        return false;
      },
    });
  } catch {
    return null;
  }
  return listed;
}

function isWanted(path: string): boolean {
  if (path.endsWith('/') || path.endsWith('\\')) return false; // a directory
  return !isJunkPath(path);
}
