import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The page's policy lives in index.html's meta tag (it travels with any static
// host). A meta policy does not reach workers, which take theirs from their
// own response, so the preview server sends the same policy as a header too.
const CSP = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(
  readFileSync(new URL('./index.html', import.meta.url), 'utf8'),
)?.[1];
if (CSP === undefined) throw new Error('index.html has no Content-Security-Policy meta tag');

export default defineConfig({
  plugins: [react()],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: false },
  preview: { headers: { 'Content-Security-Policy': CSP } },
});
