// The words of a thrown value, for a message a user reads: an Error's (or a
// DOMException's, or an error-like object's) message, else the value as text.
// Every layer reports failures through this, so a file that fails in the page,
// the worker and the command line is described the same way.

export function errorMessage(error: unknown, fallback?: string): string {
  if (typeof error === 'object' && error !== null && 'message' in error) {
    const { message } = error as { message: unknown };
    if (typeof message === 'string' && message.trim() !== '') return message.trim();
  }
  return fallback ?? String(error);
}
