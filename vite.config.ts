import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin, type Rollup } from 'vite';
import react from '@vitejs/plugin-react';

// The page's policy lives in index.html's meta tag (it travels with any static
// host). A meta policy does not reach workers, which take theirs from their
// own response, so the preview server sends the same policy as a header too.
const CSP = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(
  readFileSync(new URL('./index.html', import.meta.url), 'utf8'),
)?.[1];
if (CSP === undefined) throw new Error('index.html has no Content-Security-Policy meta tag');

// Chrome (136 on) compiles every function of a script that starts with this
// comment while the script streams in, off the main thread. Without it, the
// first call of each function compiles it on the main thread, inside the task
// that needs it: the charts' first drawing after an import was a 91 ms task of
// which 38 ms was compiling, and the table's first mount 46 ms of which 30 ms
// (trace of the 1,024 real PDFs, V8.CompileCode and V8.ParseFunction).
// Only the charts' chunk, which loads while the page is idle: on the page's
// entry the same comment delayed the empty page's first paint by 50-60 ms
// (330-360 against 380-410 ms, eight loads each), because the entry runs only
// once all of it is compiled.
const HINT = '//# allFunctionsCalledOnLoad';
const hinted = (chunk: { name: string }) => chunk.name === 'ChartsPanel';
function eagerCompileHint(): Plugin {
  return {
    name: 'eager-compile-hint',
    apply: 'build',
    enforce: 'post',
    augmentChunkHash: (chunk) => (hinted(chunk) ? HINT : undefined),
    // On the files as written: V8 reads the comment only before the script's first
    // token, and Vite may put a line of its own first after every generateBundle hook.
    writeBundle(options, bundle) {
      const chunks = Object.values(bundle).filter((file): file is Rollup.OutputChunk => file.type === 'chunk' && hinted(file));
      // A renamed chunk would lose the hint without a word: the build says so instead.
      if (chunks.length !== 1 || options.dir === undefined) this.error(`expected one ChartsPanel chunk written to a folder, found ${chunks.length}`);
      for (const chunk of chunks) writeFileSync(join(options.dir, chunk.fileName), `${HINT}\n${chunk.code}`);
    },
  };
}

export default defineConfig({
  plugins: [react(), eagerCompileHint()],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: false },
  preview: { headers: { 'Content-Security-Policy': CSP } },
});
