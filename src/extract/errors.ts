// The one home of the messages a user reads when a file yields no text.
// `code` is for programs; `message` is plain words saying what to do about it.
import type { LetterError } from '../domain/letter';
import { formatBytes } from './limits';

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
} as const;
