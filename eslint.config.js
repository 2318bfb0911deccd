// The data flows one way: file -> text -> letter record -> store -> views.
// `import-x/no-restricted-paths` makes a backward import a lint error, so the
// arrows cannot be broken by accident (pdf.js does the same for core/ vs display/).
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';

const layers = ['domain', 'parse', 'extract', 'worker', 'store', 'derive', 'ui', 'cli'];
// What each layer may import from src/ (besides itself).
const allowed = {
  domain: [],
  parse: ['domain'],
  extract: ['domain'],
  derive: ['domain'],
  store: ['domain', 'derive'],
  worker: ['domain', 'parse', 'extract'],
  ui: ['domain', 'derive', 'store', 'worker'],
  // cli may use worker/pipeline.ts: the same bytes -> records pipeline the browser worker runs.
  cli: ['domain', 'parse', 'extract', 'derive', 'worker'],
};
const zones = layers.flatMap((layer) =>
  layers
    .filter((other) => other !== layer && !allowed[layer].includes(other))
    .map((other) => ({
      target: `./src/${layer}`,
      from: `./src/${other}`,
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
