import type { SourceFile } from "./import-graph";

// The layer rules of docs/architecture.md as pure checks over the import
// graph. Each returns one line per violation ("file → import: why").

export const isDataFile = (file: string) => /^lib\/(.+\/)?data\//.test(file);
const isDbModule = (target: string | null) => target !== null && (target === "lib/db" || target.startsWith("lib/db/"));
const isNextModule = (specifier: string) => specifier.startsWith("next/");

/** Tooling and the database layer itself may open the database directly. */
const MAY_USE_DB = [/^lib\/db\//, /^scripts\//, /^prisma\//, /^tests\//];

/**
 * The Next-aware edge of lib/: actions, cached readers, the action builder,
 * the viewer, cache invalidation, HTTP helpers, the page cache (which
 * extends Next's own file-system cache) and the shared cache in Redis (Next's
 * cache-handler interfaces).
 */
const MAY_USE_NEXT_IN_LIB = [
  /(^|\/)actions\.ts$/,
  /(^|\/)cached\.ts$/,
  /^lib\/action\.ts$/,
  /^lib\/auth\/(viewer|page-viewer)\.ts$/,
  /^lib\/cache-invalidation\.ts$/,
  /^lib\/http\//,
  /^lib\/page-cache\//,
  /^lib\/shared-cache\//,
];

const edges = (files: SourceFile[]) => files.flatMap((file) => file.imports.map((edge) => ({ file, edge })));
const describe = (file: string, specifier: string, why: string) => `${file} → ${specifier}: ${why}`;

/** Only the data layer, lib/db, scripts, prisma and tests import the database client (type-only imports may appear in lib/). */
export function databaseImportsOutsideDataLayer(files: SourceFile[]): string[] {
  return edges(files)
    .filter(
      ({ file, edge }) =>
        isDbModule(edge.target) && !isDataFile(file.path) && !MAY_USE_DB.some((re) => re.test(file.path)),
    )
    .filter(({ file, edge }) => !(edge.typeOnly && file.path.startsWith("lib/")))
    .map(({ file, edge }) =>
      describe(
        file.path,
        edge.specifier,
        edge.typeOnly ? "database types outside lib/" : "database client outside lib/<domain>/data/",
      ),
    );
}

/** Domain and data code in lib/ never imports next/*. */
export function nextImportsInDomainCode(files: SourceFile[]): string[] {
  return edges(files)
    .filter(({ file, edge }) => file.path.startsWith("lib/") && isNextModule(edge.specifier))
    .filter(({ file }) => isDataFile(file.path) || !MAY_USE_NEXT_IN_LIB.some((re) => re.test(file.path)))
    .map(({ file, edge }) => describe(file.path, edge.specifier, "next/* in domain or data code"));
}

/** Imports go one way: data code never reaches up to actions, cached readers or the action builder; lib/ never into app/ or components/. */
export function upwardImports(files: SourceFile[]): string[] {
  return edges(files)
    .filter(({ file, edge }) => {
      if (!edge.target) return false;
      if (file.path.startsWith("lib/") && /^(app|components)\//.test(edge.target)) return true;
      return (
        isDataFile(file.path) && (/(^|\/)(actions|cached)\.ts$/.test(edge.target) || edge.target === "lib/action.ts")
      );
    })
    .map(({ file, edge }) => describe(file.path, edge.specifier, "imports against the layer direction"));
}

/** Components take DTOs (from each domain's dto.ts), so they never import a data file, not even for its types. */
export function componentImportsOfDataFiles(files: SourceFile[]): string[] {
  return edges(files)
    .filter(({ file, edge }) => file.path.startsWith("components/") && edge.target !== null && isDataFile(edge.target))
    .map(({ file, edge }) =>
      describe(file.path, edge.specifier, "a component imports the data layer; take a DTO from dto.ts"),
    );
}

/** Every data file opens with `import "server-only"`, so a client bundle that reaches it fails the build. */
export function dataFilesWithoutServerOnly(files: SourceFile[]): string[] {
  return files
    .filter((f) => isDataFile(f.path) && f.firstImport !== "server-only")
    .map((f) => `${f.path}: first import is not "server-only"`);
}

/** A "use server" file exports only actions built with defineAction (each export becomes a public endpoint). */
export function useServerFilesExportingOtherThings(files: SourceFile[]): string[] {
  return files
    .filter((f) => f.useServer && f.exportsOtherThanActions.length > 0)
    .map((f) => `${f.path}: exports ${f.exportsOtherThanActions.join(", ")} besides defineAction(…) actions`);
}

/** Import cycles among the project's own files (Tarjan's strongly connected components). */
export function importCycles(files: SourceFile[]): string[] {
  const known = new Set(files.map((f) => f.path));
  const next = new Map(
    files.map((f) => [
      f.path,
      [...new Set(f.imports.map((e) => e.target).filter((t): t is string => !!t && known.has(t)))],
    ]),
  );
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[] = [];
  let counter = 0;
  const connect = (node: string) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const target of next.get(node) ?? []) {
      if (!index.has(target)) {
        connect(target);
        low.set(node, Math.min(low.get(node)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node)!, index.get(target)!));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (next.get(node) ?? []).includes(node)) cycles.push(component.sort().join(" ⇄ "));
  };
  for (const file of known) if (!index.has(file)) connect(file);
  return cycles;
}
