// What kind of file is this? Magic bytes first (a letter saved as
// "letter.txt" may well be a PDF), then the extension, then a look at the
// bytes. Extensions lie less often than users think, but they do lie.
import { looksLikeText } from './decode-text';

export type FileKind = 'pdf' | 'text' | 'zip' | 'unknown';

interface Magic {
  bytes: readonly number[];
  what: string;
}

// Formats people plausibly drop instead of a letter, named for the message.
const OTHER_MAGIC: readonly Magic[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { bytes: [0x49, 0x49, 0x2a, 0x00], what: 'a TIFF image' },
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], what: 'a TIFF image' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old-style Office document (.doc/.xls)' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'a Rich Text document (.rtf)' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], what: 'a 7-Zip archive' },
  { bytes: [0x52, 0x61, 0x72, 0x21], what: 'a RAR archive' },
];

// Zip containers that are documents, not folders of letters.
const DOCUMENT_ZIPS: Readonly<Record<string, string>> = {
  docx: 'a Word document (.docx)',
  xlsx: 'an Excel workbook (.xlsx)',
  pptx: 'a PowerPoint file (.pptx)',
  odt: 'an OpenDocument text (.odt)',
  ods: 'an OpenDocument spreadsheet (.ods)',
  epub: 'an e-book (.epub)',
};

const PDF_HEADER = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];

export function sniffType(bytes: Uint8Array, name: string): FileKind {
  return classify(bytes, name).kind;
}

/** For the unsupported-type message: what the file appears to be, in words. */
export function describeType(bytes: Uint8Array, name: string): string {
  return classify(bytes, name).what;
}

function classify(bytes: Uint8Array, name: string): { kind: FileKind; what: string } {
  const ext = extensionOf(name);
  if (hasPdfHeader(bytes)) return { kind: 'pdf', what: 'a PDF' };
  if (startsWith(bytes, ZIP_LOCAL) || startsWith(bytes, ZIP_EMPTY)) {
    const doc = documentZip(bytes, ext);
    return doc ? { kind: 'unknown', what: doc } : { kind: 'zip', what: 'a zip archive' };
  }
  const other = OTHER_MAGIC.find((m) => startsWith(bytes, m.bytes));
  if (other) return { kind: 'unknown', what: other.what };
  // Renamed or damaged PDFs: let the PDF reader say "damaged" rather than "unsupported".
  if (ext === 'pdf') return { kind: 'pdf', what: 'a PDF' };
  if (ext === 'txt' || ext === 'text') return { kind: 'text', what: 'a text file' };
  if (looksLikeText(bytes)) return { kind: 'text', what: 'a text file' };
  return { kind: 'unknown', what: ext ? `a .${ext} file` : 'binary data' };
}

export function extensionOf(name: string): string {
  const base = name.slice(name.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

// The PDF reference lets a header sit anywhere in the first 1024 bytes
// (some producers prepend junk), and pdf.js accepts that.
function hasPdfHeader(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length - PDF_HEADER.length, 1024);
  for (let i = 0; i <= end; i++) {
    if (PDF_HEADER.every((b, j) => bytes[i + j] === b)) return true;
  }
  return false;
}

// Office Open XML starts with a [Content_Types].xml entry and OpenDocument
// with "mimetype"; either way the first local header's file name says so.
function documentZip(bytes: Uint8Array, ext: string): string | null {
  const known = DOCUMENT_ZIPS[ext];
  if (known) return known;
  const nameLength = (bytes[26] ?? 0) | ((bytes[27] ?? 0) << 8);
  const firstName = new TextDecoder().decode(bytes.subarray(30, 30 + nameLength));
  if (firstName === '[Content_Types].xml') return 'an Office document (.docx/.xlsx/.pptx)';
  if (firstName === 'mimetype') return 'an OpenDocument file';
  return null;
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}
