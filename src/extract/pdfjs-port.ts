// The channel between pdf.js's API and its worker code when both run in one
// thread (our ingest workers, the command line). pdf.js's own in-thread port
// copies every message with structuredClone; in Chromium that serialisation was
// 3.2 s of each ingest worker's 17 s over the 1,024 real copies (trace:
// SerializedScriptValueFactory::create), nearly all of it text runs: thousands
// of small objects per letter. Here plain objects and arrays, which is what
// those messages are made of, are copied in JavaScript; anything else falls
// back to structuredClone, so the receiver still gets what postMessage would
// give it. A copy is still needed: pdf.js keeps using objects it has sent
// (its text chunks are emptied and refilled after each send).

type Listener = (event: { data: unknown }) => void;

/** A message copied as postMessage would copy it; transferred buffers are handed over, not copied. */
export function copyMessage(value: unknown, transferred: ReadonlySet<unknown> | null): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = copyMessage(value[i], transferred);
    return out;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto === Object.prototype || proto === null) {
    // A plain object either way, as structuredClone makes it.
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (key === '__proto__') Object.defineProperty(out, key, { value: copyMessage(item, transferred), enumerable: true, writable: true, configurable: true });
      else out[key] = copyMessage(item, transferred);
    }
    return out;
  }
  if (transferred !== null && (transferred.has(value) || (ArrayBuffer.isView(value) && transferred.has(value.buffer)))) return value;
  // Typed arrays, Maps, errors, anything with a class: the platform's own copy.
  return structuredClone(value);
}

/** One pdf.js document's in-thread port: both ends listen on it, as on pdf.js's own LoopbackPort. */
export class CopyingPort {
  private readonly listeners = new Set<Listener>();
  private readonly delivered = Promise.resolve();

  postMessage(message: unknown, transfer?: readonly unknown[]): void {
    const event = { data: copyMessage(message, transfer && transfer.length > 0 ? new Set(transfer) : null) };
    // Delivered later, never during the send, as a real port would.
    void this.delivered.then(() => {
      for (const listener of this.listeners) listener.call(this, event);
    });
  }

  addEventListener(_type: 'message', listener: Listener): void {
    this.listeners.add(listener);
  }

  removeEventListener(_type: 'message', listener: Listener): void {
    this.listeners.delete(listener);
  }

  terminate(): void {
    this.listeners.clear();
  }
}
