// Lists every symbol exported from src/ that no code outside the tests uses,
// and fails when there is one: an export only a test reaches is either dead
// code or a helper that belongs in test/. Run by `npm run lint`.
//
// "Outside the tests" is src/ (less its *.test.ts), bench/ and scripts/. An
// export counts as used when such code refers to it: in its own module (a
// helper a test also calls directly), by an import, through a re-export,
// through `import * as`, or through a dynamic import() of its module. Entry
// points (main.tsx, the CLI, the worker) are roots, not exports.
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(import.meta.dirname, '..');
const CONSUMER_DIRS = ['src', 'bench', 'scripts'];
const isTest = (file: string) => /\.test\.tsx?$/.test(file) || file.includes('/test/') || file.includes('/e2e/');
// Modules whose exports are used by a runtime, not by an import.
const ROOTS = new Set(['src/ui/main.tsx', 'src/cli/main.ts', 'src/worker/ingest.worker.ts', 'src/worker/text-search.worker.ts']);

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts'))
    .map((e) => join(e.parentPath, e.name));
}

const files = CONSUMER_DIRS.flatMap(sourceFiles).filter((f) => !isTest(relative(ROOT, f)));
const config = ts.getParsedCommandLineOfConfigFile(join(ROOT, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
if (config === undefined) throw new Error('cannot read tsconfig.json');
const program = ts.createProgram(files, config.options);
const checker = program.getTypeChecker();

const used = new Set<ts.Symbol>();
const wholeModules = new Set<ts.SourceFile>();

/** Marks a symbol and every alias it leads through (a re-export chain) as used. */
function markUsed(symbol: ts.Symbol | undefined): void {
  let current = symbol;
  while (current !== undefined && !used.has(current)) {
    used.add(current);
    if ((current.flags & ts.SymbolFlags.Alias) === 0) return;
    const next = checker.getImmediateAliasedSymbol(current);
    if (next === current) return;
    current = next;
  }
}

function moduleFile(specifier: ts.Expression): ts.SourceFile | undefined {
  const symbol = checker.getSymbolAtLocation(specifier);
  const declaration = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
  return declaration !== undefined && ts.isSourceFile(declaration) ? declaration : undefined;
}

/** The name a declaration introduces (`f` in `function f`), which is not a use of it. */
function isDeclarationName(node: ts.Identifier): boolean {
  const parent = node.parent;
  if (ts.isExportSpecifier(parent) || ts.isImportSpecifier(parent) || ts.isImportClause(parent)) return true;
  return (ts.isFunctionDeclaration(parent) || ts.isClassDeclaration(parent) || ts.isInterfaceDeclaration(parent) ||
    ts.isTypeAliasDeclaration(parent) || ts.isEnumDeclaration(parent) || ts.isVariableDeclaration(parent)) && parent.name === node;
}

function visit(node: ts.Node): void {
  if (ts.isImportDeclaration(node)) {
    const clause = node.importClause;
    if (clause?.name !== undefined) markUsed(checker.getSymbolAtLocation(clause.name));
    const bindings = clause?.namedBindings;
    if (bindings !== undefined && ts.isNamedImports(bindings)) {
      for (const element of bindings.elements) markUsed(checker.getSymbolAtLocation(element.name));
    } else if (bindings !== undefined && ts.isNamespaceImport(bindings)) {
      const target = moduleFile(node.moduleSpecifier);
      if (target !== undefined) wholeModules.add(target);
    }
  } else if (ts.isExportDeclaration(node) && node.moduleSpecifier !== undefined && node.exportClause === undefined) {
    const target = moduleFile(node.moduleSpecifier);
    if (target !== undefined) wholeModules.add(target);
  } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
    const [argument] = node.arguments;
    if (argument !== undefined) {
      const target = moduleFile(argument);
      if (target !== undefined) wholeModules.add(target);
    }
  } else if (ts.isIdentifier(node) && !isDeclarationName(node)) {
    markUsed(checker.getSymbolAtLocation(node));
  } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && node.qualifier !== undefined) {
    markUsed(checker.getSymbolAtLocation(node.qualifier));
  }
  ts.forEachChild(node, visit);
}

const consumers = program.getSourceFiles().filter((sf) => files.includes(sf.fileName) || files.includes(resolve(sf.fileName)));
for (const sf of consumers) visit(sf);

const unused: string[] = [];
for (const sf of consumers) {
  const rel = relative(ROOT, sf.fileName);
  if (!rel.startsWith('src/') || ROOTS.has(rel) || wholeModules.has(sf)) continue;
  const moduleSymbol = checker.getSymbolAtLocation(sf);
  if (moduleSymbol === undefined) continue;
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const target = (exported.flags & ts.SymbolFlags.Alias) !== 0 ? checker.getAliasedSymbol(exported) : exported;
    if (!used.has(exported) && !used.has(target)) unused.push(`${rel}: ${exported.name}`);
  }
}

if (unused.length > 0) {
  console.error(`Exported but used only by tests, or not at all (${unused.length}):\n  ${unused.sort().join('\n  ')}`);
  process.exit(1);
}
console.log(`unused-exports: every export of ${consumers.filter((sf) => relative(ROOT, sf.fileName).startsWith('src/')).length} src files is used outside the tests`);
