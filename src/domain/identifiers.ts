// The two identifiers a record carries, in their exact forms: what the
// reader writes and what a loaded JSON export must hold.

/**
 * A letter's id: the first 8 bytes of the SHA-256 of its file, as 16
 * lower-case hex digits. The same file dropped twice gets the same id, which
 * is how duplicates are found.
 */
export function letterIdFromDigest(digest: ArrayBuffer): string {
  return Array.from(new Uint8Array(digest).subarray(0, 8), (b) => b.toString(16).padStart(2, '0')).join('');
}

export const LETTER_ID = { pattern: /^[0-9a-f]{16}$/, description: '16 lower-case hex digits' } as const;

/** An IMR case number as a record holds it, whatever spacing the letter printed it with. */
export function caseNumber(year: string, serial: string): string {
  return `CM${year}-${serial}`;
}

export const CASE_NUMBER = { pattern: /^CM\d{2}-\d{7}$/, description: 'a case number like CM15-0123456' } as const;
