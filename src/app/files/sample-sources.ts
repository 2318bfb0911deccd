// The bundled sample letters (public/samples), fetched from this site only and
// ingested like dropped files, so they exercise the same workers and PDF path.
import { errorMessage } from '../../domain/error-message';
import type { FileSource } from './file-source';

export type SamplesResult = { ok: true; sources: FileSource[] } | { ok: false; message: string };

function isManifest(value: unknown): value is { files: string[] } {
  return (
    typeof value === 'object' &&
    value !== null &&
    'files' in value &&
    Array.isArray(value.files) &&
    value.files.every((f: unknown) => typeof f === 'string')
  );
}

export async function sampleSources(baseUrl: string, fetchFn: typeof fetch = fetch): Promise<SamplesResult> {
  const root = `${baseUrl.replace(/\/?$/, '/')}samples/`;
  let manifest: unknown;
  try {
    const response = await fetchFn(`${root}manifest.json`);
    if (!response.ok) return { ok: false, message: `the sample list is missing (HTTP ${response.status})` };
    manifest = await response.json();
  } catch (error) {
    return { ok: false, message: `the sample list could not be read: ${errorMessage(error)}` };
  }
  if (!isManifest(manifest)) return { ok: false, message: 'the sample list is not in the expected form' };
  const sources = manifest.files.map((path): FileSource => ({
    name: path,
    size: null,
    read: async () => {
      const response = await fetchFn(root + path.split('/').map(encodeURIComponent).join('/'));
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.arrayBuffer();
    },
  }));
  return { ok: true, sources };
}
