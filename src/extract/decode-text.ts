// Bytes of a text file -> string. Letters saved on Windows arrive as UTF-16
// (Notepad's "Unicode") or Windows-1252 (Notepad's "ANSI") as often as UTF-8.
import { decodeWindows1252 } from './windows-1252';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export function detectEncoding(bytes: Uint8Array): { encoding: TextEncoding; bomLength: number } {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  const unmarked = unmarkedUtf16(bytes);
  if (unmarked) return { encoding: unmarked, bomLength: 0 };
  return { encoding: isValidUtf8(bytes) ? 'utf-8' : 'windows-1252', bomLength: 0 };
}

export function decodeText(bytes: Uint8Array): string {
  const { encoding, bomLength } = detectEncoding(bytes);
  const body = bytes.subarray(bomLength);
  if (encoding === 'windows-1252') return decodeWindows1252(body);
  // ignoreBOM keeps a second BOM (after the one we cut) as text rather than eating it silently;
  // a stray U+FEFF is harmless and is removed with the other format characters downstream.
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

// UTF-16 without a byte-order mark: English text puts a zero in every other
// byte. Only called confident when nearly all of one parity is zero and
// almost none of the other.
function unmarkedUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
  }
  const pairs = n / 2;
  if (zeroOdd > pairs * 0.9 && zeroEven < pairs * 0.05) return 'utf-16le';
  if (zeroEven > pairs * 0.9 && zeroOdd < pairs * 0.05) return 'utf-16be';
  return null;
}

/**
 * True when the bytes read as prose: after decoding, almost no control
 * characters or replacement characters. Used for files with no telling
 * extension, so that a binary blob is called unsupported rather than "not a letter".
 */
export function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 64 * 1024);
  const { encoding } = detectEncoding(sample);
  // A NUL in 8-bit text means binary data (UTF-16 legitimately has them).
  if ((encoding === 'utf-8' || encoding === 'windows-1252') && sample.includes(0)) return false;
  const text = decodeText(sample);
  if (text.length === 0) return false;
  let odd = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    const control = (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0x7f;
    if (control || (c >= 0x80 && c <= 0x9f) || c === 0xfffd) odd++;
  }
  return odd / text.length < 0.02;
}
