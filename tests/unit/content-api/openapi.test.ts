import { readdirSync } from "node:fs";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { contentApiDocument } from "../../../lib/content-api/openapi";
import { CONTENT_API_BASE } from "../../../lib/content-api/schema";

// The OpenAPI document is generated from the zod schemas; these tests hold it
// to the OpenAPI 3.1 schema and to the route handlers that actually exist.

const API_DIR = path.join(import.meta.dirname, "../../../app", CONTENT_API_BASE);

/** Every route handler under app/api/content/v1 as an OpenAPI path ("posts/[slug]" → "/posts/{slug}"). */
function routePaths(dir = API_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routePaths(full);
    if (entry.name !== "route.ts") return [];
    return [`/${path.relative(API_DIR, dir).split(path.sep).join("/")}`.replace(/\[(\w+)\]/g, "{$1}")];
  });
}

describe("the Content API's OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const result = await new Validator().validate(
      structuredClone(contentApiDocument()) as unknown as Record<string, unknown>,
    );
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(contentApiDocument().openapi).toBe("3.1.0");
  });

  it("describes every route handler, and nothing that is not one", () => {
    const documented = Object.keys(contentApiDocument().paths ?? {}).sort();
    const routes = routePaths()
      .filter((p) => p !== "/openapi.json")
      .sort();
    expect(routes).toEqual([
      "/contributors",
      "/pages",
      "/pages/{slug}",
      "/posts",
      "/posts/{slug}",
      "/sections",
      "/series",
      "/tags",
    ]);
    expect(documented).toEqual(routes);
  });

  it("asks for a key on every operation and says what a refusal and a 304 look like", () => {
    const document = contentApiDocument();
    expect(document.security).toEqual([{ bearerKey: [] }, { queryKey: [] }]);
    expect(document.servers).toEqual([{ url: CONTENT_API_BASE }]);
    for (const [route, item] of Object.entries(document.paths ?? {})) {
      expect(Object.keys(item), route).toEqual(["get"]);
      expect(Object.keys(item.get!.responses!), route).toEqual(expect.arrayContaining(["200", "304", "401", "429"]));
    }
  });

  it("documents the posts filters as optional query parameters", () => {
    const parameters = contentApiDocument().paths!["/posts"]!.get!.parameters as {
      name: string;
      in: string;
      required: boolean;
    }[];
    expect(parameters.map((p) => [p.name, p.in, p.required])).toEqual(
      ["section", "tag", "contributor", "type", "language", "updatedSince", "cursor", "limit"].map((n) => [
        n,
        "query",
        false,
      ]),
    );
  });

  it("never describes an email address or phone number", () => {
    const text = JSON.stringify(contentApiDocument()).toLowerCase();
    expect(text).not.toMatch(/"email"|"phone"/);
  });
});
