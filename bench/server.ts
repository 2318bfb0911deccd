// The app as a user gets it: a production build (into the benchmark's own
// directory, so a build for the tests or a running preview is left alone),
// served by vite preview, plus the letter sets under /__bench/.
import { createReadStream, existsSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { build, preview, type Plugin, type PreviewServer } from 'vite';

export async function buildApp(root: string, outDir: string): Promise<number> {
  const t0 = performance.now();
  await build({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
    // A run that records CPU profiles (BENCH_CPU_PROFILE) keeps the code's own names, so the
    // profiles say which function took the time; its figures are for reading, not for targets.
    build: { outDir, emptyOutDir: true, ...(process.env.BENCH_CPU_PROFILE ? { minify: false } : {}) },
  });
  return performance.now() - t0;
}

function benchFiles(dir: string): Plugin {
  return {
    name: 'bench-files',
    configurePreviewServer(server) {
      server.middlewares.use('/__bench/', (req, res, next) => {
        const name = normalize(decodeURIComponent((req.url ?? '').split('?')[0] ?? '')).replace(/^[/\\.]+/, '');
        const path = join(dir, name);
        if (name === '' || !existsSync(path)) return next();
        res.setHeader('Content-Type', name.endsWith('.json') ? 'application/json' : 'application/octet-stream');
        createReadStream(path).pipe(res);
      });
    },
  };
}

export async function serveApp(root: string, outDir: string, filesDir: string, port: number): Promise<PreviewServer> {
  return preview({
    root,
    configFile: false,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true },
    plugins: [benchFiles(filesDir)],
  });
}
