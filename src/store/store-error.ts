// Turns whatever IndexedDB (or Dexie around it) threw into a StoreError the
// user can read. Browsers disagree on names: Firefox private mode throws
// InvalidStateError, Safari throws UnknownError or SecurityError, a missing
// API is Dexie's MissingAPIError; Dexie wraps the original in `inner`.
import { errorMessage } from '../domain/error-message';
import type { StoreError } from './letter-store';

const UNAVAILABLE_NAMES = new Set([
  'MissingAPIError',
  'SecurityError',
  'InvalidStateError',
  'OpenFailedError',
  'DatabaseClosedError',
  'UnknownError',
  'VersionError',
]);

function errorNames(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  // Follow Dexie's `inner` chain a few steps; the root cause carries the real name.
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth++) {
    if ('name' in current && typeof current.name === 'string') names.push(current.name);
    current = 'inner' in current ? current.inner : undefined;
  }
  return names;
}

export function toStoreError(error: unknown): StoreError {
  const names = errorNames(error);
  if (names.some((name) => name === 'QuotaExceededError')) {
    return { code: 'quota', message: "the browser's storage for this site is full" };
  }
  if (names.some((name) => UNAVAILABLE_NAMES.has(name))) {
    return {
      code: 'unavailable',
      message: `the browser does not let this page store data (private browsing or storage turned off?): ${errorMessage(error)}`,
    };
  }
  return { code: 'failed', message: `the browser's database reported an error: ${errorMessage(error)}` };
}
