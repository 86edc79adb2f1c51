import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  componentImportsOfDataFiles,
  databaseImportsOutsideDataLayer,
  dataFilesWithoutServerOnly,
  importCycles,
  nextImportsInDomainCode,
  upwardImports,
  useServerFilesExportingOtherThings,
} from "../helpers/architecture-rules";
import { parseSource, readImportGraph } from "../helpers/import-graph";

// The layers of docs/architecture.md, checked on the real sources on every
// run: a newcomer's mistake fails here, not in review.

const root = path.resolve(import.meta.dirname, "../..");
const graph = readImportGraph(root);
const source = (file: string, text: string) => parseSource(root, file, text);

describe("the project's sources", () => {
  it("are all read, from every layer", () => {
    const layers = new Set(graph.map((f) => f.path.split("/")[0]));
    for (const layer of ["app", "components", "lib", "scripts", "prisma", "tests"]) expect(layers).toContain(layer);
    expect(graph.filter((f) => /^lib\/.+\/data\//.test(f.path)).length).toBeGreaterThan(40);
  });

  it("have no import cycle", () => {
    expect(importCycles(graph)).toEqual([]);
  });

  it("open the database only from lib/<domain>/data/, lib/db, scripts, prisma and tests", () => {
    expect(databaseImportsOutsideDataLayer(graph)).toEqual([]);
  });

  it("import next/* in lib/ only from actions, cached readers, the action builder, the viewer, invalidation and HTTP helpers", () => {
    expect(nextImportsInDomainCode(graph)).toEqual([]);
  });

  it("import only downwards: data code never imports actions or cached readers, lib/ never imports app/ or components/", () => {
    expect(upwardImports(graph)).toEqual([]);
  });

  it("give components DTOs: no component imports a data file, not even for a type", () => {
    expect(componentImportsOfDataFiles(graph)).toEqual([]);
  });

  it("start every data file with server-only", () => {
    expect(dataFilesWithoutServerOnly(graph)).toEqual([]);
  });

  it('export nothing but defineAction(…) actions from a "use server" file', () => {
    expect(graph.filter((f) => f.useServer).length).toBeGreaterThan(5);
    expect(useServerFilesExportingOtherThings(graph)).toEqual([]);
  });
});

describe("the rules", () => {
  it("refuse a page that imports Prisma", () => {
    const page = source(
      "app/(site)/example/page.tsx",
      `import { db } from "@/lib/db";\nexport default function Page() { return null; }`,
    );
    expect(databaseImportsOutsideDataLayer([page])).toEqual([
      "app/(site)/example/page.tsx → @/lib/db: database client outside lib/<domain>/data/",
    ]);
  });

  it("refuse database types in a component but allow them in domain code", () => {
    const component = source("components/example.tsx", `import type { Post } from "@/lib/db";`);
    const domain = source("lib/posts/example.ts", `import type { Prisma } from "../db";`);
    expect(databaseImportsOutsideDataLayer([component, domain])).toEqual([
      "components/example.tsx → @/lib/db: database types outside lib/",
    ]);
  });

  it("refuse the database client in domain code outside data/", () => {
    const domain = source("lib/posts/example.ts", `import { db, type Prisma } from "../db";`);
    expect(databaseImportsOutsideDataLayer([domain])).toHaveLength(1);
  });

  it("refuse next/cache in a data file, even in one named like a cached reader", () => {
    const data = source(
      "lib/posts/data/example.ts",
      `import "server-only";\nimport { revalidateTag } from "next/cache";`,
    );
    const namedCached = source(
      "lib/posts/data/cached.ts",
      `import "server-only";\nimport { cacheTag } from "next/cache";`,
    );
    expect(nextImportsInDomainCode([data, namedCached])).toEqual([
      "lib/posts/data/example.ts → next/cache: next/* in domain or data code",
      "lib/posts/data/cached.ts → next/cache: next/* in domain or data code",
    ]);
  });

  it("allow next/* in actions and cached readers", () => {
    const actions = source("lib/posts/actions.ts", `"use server";\nimport { cookies } from "next/headers";`);
    const cached = source("lib/posts/cached.ts", `import { cacheTag } from "next/cache";`);
    expect(nextImportsInDomainCode([actions, cached])).toEqual([]);
  });

  it("refuse a data file that imports an action or forgets server-only", () => {
    const data = source("lib/posts/data/example.ts", `import { savePostAction } from "../actions";`);
    expect(upwardImports([data])).toEqual([
      "lib/posts/data/example.ts → ../actions: imports against the layer direction",
    ]);
    expect(dataFilesWithoutServerOnly([data])).toEqual([
      'lib/posts/data/example.ts: first import is not "server-only"',
    ]);
  });

  it("refuse a component that takes its props' type from a data file", () => {
    const component = source(
      "components/admin/example.tsx",
      `import type { EditablePost } from "@/lib/posts/data/editable";`,
    );
    expect(componentImportsOfDataFiles([component])).toHaveLength(1);
  });

  it('refuse a "use server" file that exports a plain function or constant', () => {
    const file = source(
      "lib/posts/actions.ts",
      [
        `"use server";`,
        `export const saveAction = defineAction({ schema, permission: "post:update", handler });`,
        `export async function leaked() {}`,
        `export const LIMIT = 3;`,
      ].join("\n"),
    );
    expect(useServerFilesExportingOtherThings([file])).toEqual([
      "lib/posts/actions.ts: exports leaked, LIMIT besides defineAction(…) actions",
    ]);
  });

  it("find a cycle of any length", () => {
    const a = source("lib/a.ts", `import { b } from "./b";`);
    const b = source("lib/b.ts", `import type { C } from "./c";`);
    const c = source("lib/c.ts", `import { a } from "./a";`);
    const d = source("lib/d.ts", `import { a } from "./a";`);
    const graphWithCycle = [a, b, c, d].map((f) => ({
      ...f,
      imports: f.imports.map((e) => ({ ...e, target: e.specifier.replace("./", "lib/") + ".ts" })),
    }));
    expect(importCycles(graphWithCycle)).toEqual(["lib/a.ts ⇄ lib/b.ts ⇄ lib/c.ts"]);
  });
});
