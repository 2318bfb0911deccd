// A letter's id from its bytes (the form is domain/identifiers.ts's).
import { letterIdFromDigest } from '../domain/identifiers';

export async function letterId(bytes: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', ownBuffer(bytes));
  return letterIdFromDigest(digest);
}

// subtle.digest wants ArrayBuffer-backed bytes; copy only when shared memory backs them.
function ownBuffer(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const { buffer } = bytes;
  return buffer instanceof ArrayBuffer
    ? new Uint8Array(buffer, bytes.byteOffset, bytes.byteLength)
    : new Uint8Array(bytes);
}
