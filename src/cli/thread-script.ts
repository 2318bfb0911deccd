// The reader threads' code, as one plain ES module built when a run first needs
// threads. Running the thread's TypeScript through tsx instead gave every thread
// a loader thread of its own, turning pdf.js's multi-megabyte modules into
// source-mapped copies: about 3.5 s of CPU per reader thread in a --cpu-prof of
// the 1,024 real copies, on a machine with two cores for everything. esbuild is
// what tsx itself transpiles with; pdf.js stays outside the bundle, imported
// from its own files as in a one-thread run.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

let built: Promise<URL> | null = null;

/** A data: URL holding parse-worker.ts and everything it imports but pdf.js. */
export function readerThreadScript(): Promise<URL> {
  built ??= bundle().catch((error: unknown) => {
    built = null;
    throw error;
  });
  return built;
}

async function bundle(): Promise<URL> {
  const here = fileURLToPath(import.meta.url);
  const resolveFromHere = createRequire(here).resolve;
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./parse-worker.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    logLevel: 'silent',
    plugins: [
      {
        name: 'pdfjs-from-its-files',
        setup(plugins) {
          // A data: module cannot resolve a package name; an absolute file URL it can import.
          plugins.onResolve({ filter: /^pdfjs-dist\// }, ({ path }) => ({ path: pathToFileURL(resolveFromHere(path)).href, external: true }));
        },
      },
    ],
  });
  const code = result.outputFiles[0]?.text;
  if (code === undefined) throw new Error('the reader threads could not be built');
  return new URL(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}
