import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

// The project's import graph, read from the sources with TypeScript's own
// parser (no regexes), for the architecture test.

export interface ImportEdge {
  /** As written: "@/lib/db", "../cache-tags", "next/cache". */
  specifier: string;
  /** The project file it resolves to (repo-relative), or null for a package. */
  target: string | null;
  /** `import type …`, or every name imported is marked `type`: erased at run time. */
  typeOnly: boolean;
}

export interface SourceFile {
  /** Repo-relative, forward slashes. */
  path: string;
  imports: ImportEdge[];
  /** The file starts with the "use server" directive. */
  useServer: boolean;
  /** The first import statement's specifier, if any. */
  firstImport: string | null;
  /** Exported names whose value is not `defineAction(…)`. */
  exportsOtherThanActions: string[];
}

const EXTENSIONS = ["", ".ts", ".tsx", ".mts", "/index.ts", "/index.tsx"];

function resolveSpecifier(root: string, from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = specifier.slice(2);
  else if (specifier.startsWith(".")) base = path.posix.join(path.posix.dirname(from), specifier);
  else return null;
  for (const ext of EXTENSIONS) {
    const candidate = base + ext;
    const absolute = path.join(root, candidate);
    if (existsSync(absolute) && statSync(absolute).isFile()) return path.posix.normalize(candidate);
  }
  return path.posix.normalize(base);
}

function isTypeOnlyImport(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause;
  if (!clause) return false; // a side-effect import runs the module
  if (clause.isTypeOnly) return true;
  if (clause.name) return false;
  const bindings = clause.namedBindings;
  if (!bindings || ts.isNamespaceImport(bindings)) return false;
  return bindings.elements.length > 0 && bindings.elements.every((element) => element.isTypeOnly);
}

function isDefineActionCall(node: ts.Expression | undefined): boolean {
  return (
    !!node && ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "defineAction"
  );
}

const hasExportModifier = (node: ts.Node) =>
  ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

/** Parses one file's imports, directive and exports. */
export function parseSource(root: string, file: string, text: string): SourceFile {
  const source = ts.createSourceFile(
    file,
    text,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const imports: ImportEdge[] = [];
  const add = (specifier: string, typeOnly: boolean) =>
    imports.push({ specifier, target: resolveSpecifier(root, file, specifier), typeOnly });
  let firstImport: string | null = null;
  const exportsOtherThanActions: string[] = [];

  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      firstImport ??= statement.moduleSpecifier.text;
      add(statement.moduleSpecifier.text, isTypeOnlyImport(statement));
    } else if (ts.isExportDeclaration(statement)) {
      if (statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)) {
        add(statement.moduleSpecifier.text, statement.isTypeOnly);
      }
      exportsOtherThanActions.push(statement.getText(source).slice(0, 60));
    } else if (ts.isExportAssignment(statement)) {
      exportsOtherThanActions.push("export default");
    } else if (ts.isVariableStatement(statement) && hasExportModifier(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (!isDefineActionCall(declaration.initializer))
          exportsOtherThanActions.push(declaration.name.getText(source));
      }
    } else if (hasExportModifier(statement)) {
      const name = (statement as ts.DeclarationStatement).name;
      exportsOtherThanActions.push(name ? name.getText(source) : ts.SyntaxKind[statement.kind]);
    }
  }
  // Dynamic imports anywhere in the file (instrumentation, lazy loaders).
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteral(argument)) add(argument.text, false);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);

  const first = source.statements[0];
  const useServer =
    !!first &&
    ts.isExpressionStatement(first) &&
    ts.isStringLiteral(first.expression) &&
    first.expression.text === "use server";
  return { path: file, imports, useServer, firstImport, exportsOtherThanActions };
}

const SKIP_DIRS = new Set([
  "node_modules",
  "generated",
  ".data",
  "test-results",
  "playwright-report",
  "public",
  "content",
  "docs",
  "deploy",
]);

function listSources(root: string, dir: string, out: string[]): void {
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    if (entry.name.startsWith(".") || SKIP_DIRS.has(entry.name)) continue;
    const relative = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) listSources(root, relative, out);
    else if (/\.(ts|tsx|mts)$/.test(entry.name) && !entry.name.endsWith(".d.ts")) out.push(relative);
  }
}

/** Every TypeScript source of the project (app, components, lib, scripts, prisma, tests and root files). */
export function readImportGraph(root: string): SourceFile[] {
  const files: string[] = [];
  listSources(root, "", files);
  return files.sort().map((file) => parseSource(root, file, readFileSync(path.join(root, file), "utf8")));
}
