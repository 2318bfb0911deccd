// Text as it is kept on disk: deflated with the platform's own
// CompressionStream (browsers and Node 18+ have it), so letter texts take a
// fraction of their size and the page bundles no compression code. The
// stream machinery costs far more per call than the inflating itself, so
// texts are packed many to a call (text-chunks.ts).

const FORMAT = 'deflate-raw';

async function through(bytes: Uint8Array<ArrayBuffer>, transform: CompressionStream | DecompressionStream): Promise<Uint8Array<ArrayBuffer>> {
  const out = new Response(new Blob([bytes]).stream().pipeThrough(transform));
  return new Uint8Array(await out.arrayBuffer());
}

export function deflateText(text: string): Promise<Uint8Array<ArrayBuffer>> {
  return through(new TextEncoder().encode(text), new CompressionStream(FORMAT));
}

export async function inflateText(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  return new TextDecoder().decode(await through(bytes, new DecompressionStream(FORMAT)));
}
