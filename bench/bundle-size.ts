// 5. The JavaScript a first visit loads before anything is dropped: the entry
// script and modulepreloads named by the built index.html, and whatever those
// import statically. Dynamic imports (pdf.js in the worker, the charts with
// recharts) are lazy and not counted; the initial files are searched for
// their fingerprints to show they really stayed out.
import { readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface InitialFile {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface BundleResult {
  files: InitialFile[];
  bytes: number;
  gzipBytes: number;
  /** Libraries that must load only when needed, and whether an initial file holds them. */
  eager: { pdfjs: boolean; recharts: boolean };
}

const SCRIPT_SRC = /<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g;
const MODULEPRELOAD = /<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g;
// `import{a as b}from"./x.js"` and `import"./x.js"`, not `import("./x.js")`.
const STATIC_IMPORT = /\bimport\s*(?:[\w$*{}\s,]+?\bfrom\s*)?["']([^"']+\.js)["']/g;

// Strings only these libraries' code contains.
const PDFJS_MARKS = ['PDFWorker', 'GlobalWorkerOptions', 'PDFDocumentProxy'];
const RECHARTS_MARKS = ['recharts-wrapper', 'recharts-surface'];

function toDistPath(url: string, from: string): string {
  if (url.startsWith('/')) return url.slice(1);
  return posix.normalize(posix.join(posix.dirname(from), url));
}

export async function measureInitialJs(distDir: string): Promise<BundleResult> {
  const html = await readFile(join(distDir, 'index.html'), 'utf8');
  const queue = [...html.matchAll(SCRIPT_SRC), ...html.matchAll(MODULEPRELOAD)].map((m) =>
    toDistPath(m[1] ?? '', 'index.html'),
  );
  const seen = new Set<string>();
  const files: InitialFile[] = [];
  const eager = { pdfjs: false, recharts: false };
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (seen.has(file) || !file.endsWith('.js')) continue;
    seen.add(file);
    const bytes = await readFile(join(distDir, file));
    const text = bytes.toString('utf8');
    files.push({ file, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length });
    eager.pdfjs ||= PDFJS_MARKS.some((m) => text.includes(m));
    eager.recharts ||= RECHARTS_MARKS.some((m) => text.includes(m));
    for (const m of text.matchAll(STATIC_IMPORT)) {
      const spec = m[1] ?? '';
      if (spec.startsWith('.') || spec.startsWith('/')) queue.push(toDistPath(spec, file));
    }
  }
  if (files.length === 0) throw new Error(`${distDir}/index.html loads no module script`);
  return {
    files,
    bytes: files.reduce((n, f) => n + f.bytes, 0),
    gzipBytes: files.reduce((n, f) => n + f.gzipBytes, 0),
    eager,
  };
}
