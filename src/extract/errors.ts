// The one home of the messages a user reads when a file yields no text:
// what is wrong with the file, and what went wrong reading it (in the page,
// the worker pool or the command line). `code` is for programs; `message` is
// plain words saying what to do about it.
import { errorMessage } from '../domain/error-message';
import type { LetterError } from '../domain/letter';
import { formatBytes } from '../domain/format-bytes';

export const extractErrors = {
  empty: (): LetterError => ({ code: 'empty', message: 'empty file' }),
  emptyArchive: (): LetterError => ({ code: 'empty', message: 'empty archive: the zip holds no files' }),
  unsupported: (what: string): LetterError => ({
    code: 'unsupported-type',
    message: `unsupported file type: ${what}; add letters as PDF, text or .zip files`,
  }),
  tooLarge: (what: string, limit: number): LetterError => ({
    code: 'too-large',
    message: `too large: ${what} over the ${formatBytes(limit)} limit`,
  }),
  encrypted: (): LetterError => ({
    code: 'encrypted',
    message: 'encrypted: open it and save without a password',
  }),
  corruptPdf: (): LetterError => ({
    code: 'corrupt',
    message: 'not a readable PDF: the file is damaged or truncated',
  }),
  corruptZip: (): LetterError => ({
    code: 'corrupt',
    message: 'not a readable zip archive: the file is damaged or truncated',
  }),
  noTextLayer: (): LetterError => ({
    code: 'no-text-layer',
    message: 'no text layer: this looks like a scan',
  }),
  zipLimit: (why: string): LetterError => ({ code: 'zip-limit', message: `archive refused: ${why}` }),
  /** The file's bytes could not be had (moved, permissions, a browser refusal). */
  unreadable: (error: unknown): LetterError => ({
    code: 'corrupt',
    message: `could not read the file: ${errorMessage(error, 'the browser did not allow reading it')}`,
  }),
  readerNotStarted: (error: unknown): LetterError => ({
    code: 'worker-crash',
    message: `could not start a reader for this file: ${errorMessage(error)}`,
  }),
  /** The reader threw instead of answering: a bug, not the file's fault; the reader itself still works. */
  readerFailed: (error: unknown): LetterError => ({
    code: 'worker-crash',
    message: `the reader failed on this file: ${errorMessage(error)}`,
  }),
  readerCrashed: (reason: string): LetterError => ({
    code: 'worker-crash',
    message: `the reader crashed on this file: ${reason}`,
  }),
  timedOut: (ms: number): LetterError => ({
    code: 'timeout',
    message: `timed out: no result after ${Math.round(ms / 1000)} seconds, so reading it was stopped`,
  }),
} as const;
