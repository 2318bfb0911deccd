// The data flows one way: file -> text -> letter record -> store -> views.
// `import-x/no-restricted-paths` makes a backward import a lint error, so the
// arrows cannot be broken by accident (pdf.js does the same for core/ vs display/).
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';

const layers = ['domain', 'parse', 'extract', 'worker', 'store', 'derive', 'app', 'ui', 'cli'];
// What each layer may import from src/ (besides itself). Code that runs in the
// workers (the ingest worker, which the command line runs too, and the
// whole-letter search, which reads the store) lives in worker/; code that runs
// on the page is app/ (no React) and ui/ (React).
const allowed = {
  domain: [],
  parse: ['domain'],
  extract: ['domain'],
  derive: ['domain'],
  store: ['domain', 'derive'],
  // derive: the NDJSON worker checks each record as a JSON export's (derive/json-export.ts).
  worker: ['domain', 'parse', 'extract', 'store', 'derive'],
  // app takes only types from worker (see the no-restricted-imports rule below).
  app: ['domain', 'derive', 'store', 'worker'],
  ui: ['domain', 'derive', 'app'],
  // cli may use worker/pipeline.ts: the same bytes -> records pipeline the browser worker runs.
  cli: ['domain', 'parse', 'extract', 'derive', 'worker'],
};
// What the page may take from the reading side, module by module: never the
// parser or the PDF reader themselves, which belong in the worker.
const pageSafe = {
  parse: ['./parser-version.ts', './reasons.ts'],
  extract: ['./errors.ts', './limits.ts', './sniff.ts', './junk-names.ts'],
};
const zones = layers.flatMap((layer) =>
  layers
    .filter((other) => other !== layer && !allowed[layer].includes(other))
    .map((other) => ({
      target: `./src/${layer}`,
      from: `./src/${other}`,
      ...(layer === 'app' && pageSafe[other] ? { except: pageSafe[other] } : {}),
      message: `src/${layer} must not import src/${other}: dependencies point forward only.`,
    })),
);

export default tseslint.config(
  { ignores: ['dist', '.e2e-dist', 'node_modules', 'test-results', 'playwright-report', 'test/fixtures/generated', 'public'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: { 'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } } },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      'import-x/no-cycle': 'off',
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The page talks to the worker through types only (ingest-api.ts's IngestApi):
    // a value imported from worker/ would run the worker's code on the page.
    files: ['src/app/**/*.ts', 'src/ui/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/worker/*'],
              allowTypeImports: true,
              message: 'Page code takes only types from src/worker; the worker runs its code.',
            },
          ],
        },
      ],
    },
  },
  {
    // The application layer holds no React: components live in src/ui.
    files: ['src/app/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['react', 'react-dom', 'recharts', '@tanstack/*'] }],
    },
  },
  {
    // The parser is pure: no DOM, no React, no pdf.js, no Node built-ins.
    files: ['src/parse/**/*.ts', 'src/domain/**/*.ts', 'src/derive/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['react', 'react-dom', 'pdfjs-dist*', 'node:*', 'fs', 'path', 'dexie'] },
      ],
    },
  },
);
