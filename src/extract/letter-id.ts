// A letter's id is the first 16 hex digits of the SHA-256 of its bytes: the
// same file dropped twice gets the same id, which is how duplicates are found.

export async function letterId(bytes: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', ownBuffer(bytes));
  return Array.from(new Uint8Array(digest).subarray(0, 8), (b) => b.toString(16).padStart(2, '0')).join('');
}

// subtle.digest wants ArrayBuffer-backed bytes; copy only when shared memory backs them.
function ownBuffer(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const { buffer } = bytes;
  return buffer instanceof ArrayBuffer
    ? new Uint8Array(buffer, bytes.byteOffset, bytes.byteLength)
    : new Uint8Array(bytes);
}
