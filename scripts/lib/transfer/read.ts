import { strFromU8, unzipSync } from "fflate";
import { z } from "zod";
import { isStorageKey } from "../../../lib/media/storage";
import {
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  EXPORT_JSON_FILES,
  exportManifestSchema,
  exportedPostSchema,
} from "../../../lib/export/schema";
import { ContentError, parseFrontMatter } from "../content/load";

// Reads an export zip (lib/export) back: every file is checked against the
// export's schemas before anything is written, and a name the export never
// writes is refused rather than ignored. Posts' front matter goes through the
// same parser as the demo content in content/.

export class ImportError extends Error {}

type JsonFiles = typeof EXPORT_JSON_FILES;
type Rows<K extends keyof JsonFiles> = z.output<JsonFiles[K]>[];

export interface ExportArchive {
  users: Rows<"users.json">;
  contributors: Rows<"contributors.json">;
  sections: Rows<"sections.json">;
  tags: Rows<"tags.json">;
  series: Rows<"series.json">;
  comments: Rows<"comments.json">;
  media: Rows<"media.json">;
  settings: Rows<"settings.json">;
  slugRedirects: Rows<"slug-redirects.json">;
  pathRedirects: Rows<"path-redirects.json">;
  menus: Rows<"menus.json">;
  menuItems: Rows<"menu-items.json">;
  posts: { frontMatter: z.output<typeof exportedPostSchema>; body: string }[];
  /** Storage key → bytes. */
  mediaFiles: Map<string, Uint8Array>;
}

const POST_FILE = /^(posts|pages)\/[a-z0-9-]+\.md$/;

export function readExportZip(bytes: Uint8Array): ExportArchive {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch (error) {
    throw new ImportError(`This is not a readable zip file (${(error as Error).message}).`);
  }
  const text = (name: string) => {
    const content = files[name];
    if (!content) throw new ImportError(`The export has no ${name}: it is not a Masthead export, or it is incomplete.`);
    return strFromU8(content);
  };
  readManifest(text("manifest.json"));
  const json = <K extends keyof JsonFiles>(name: K): Rows<K> => {
    const parsed = z.array(EXPORT_JSON_FILES[name]).safeParse(parseJson(name, text(name)));
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new ImportError(`${name}: ${issue.path.join(".")}: ${issue.message}`);
    }
    return parsed.data as Rows<K>;
  };
  const archive: ExportArchive = {
    users: json("users.json"),
    contributors: json("contributors.json"),
    sections: json("sections.json"),
    tags: json("tags.json"),
    series: json("series.json"),
    comments: json("comments.json"),
    media: json("media.json"),
    settings: json("settings.json"),
    slugRedirects: json("slug-redirects.json"),
    pathRedirects: json("path-redirects.json"),
    menus: json("menus.json"),
    menuItems: json("menu-items.json"),
    posts: [],
    mediaFiles: new Map(),
  };
  for (const [name, content] of Object.entries(files)) {
    if (name === "manifest.json" || name in EXPORT_JSON_FILES || name.endsWith("/")) continue;
    if (POST_FILE.test(name)) {
      archive.posts.push(readPost(name, strFromU8(content)));
    } else if (name.startsWith("media/") && isStorageKey(name.slice("media/".length))) {
      archive.mediaFiles.set(name.slice("media/".length), content);
    } else {
      throw new ImportError(`The export holds ${name}, which no Masthead export has: refused.`);
    }
  }
  return archive;
}

function readManifest(source: string): void {
  const head = z
    .object({ format: z.string(), formatVersion: z.number() })
    .safeParse(parseJson("manifest.json", source));
  if (!head.success || head.data.format !== EXPORT_FORMAT) {
    throw new ImportError("This is not a Masthead export (its manifest.json names no masthead-export format).");
  }
  if (head.data.formatVersion !== EXPORT_FORMAT_VERSION) {
    throw new ImportError(
      `This export has format version ${head.data.formatVersion}; this Masthead reads version ${EXPORT_FORMAT_VERSION}.`,
    );
  }
  if (!exportManifestSchema.safeParse(JSON.parse(source)).success) throw new ImportError("manifest.json is damaged.");
}

function parseJson(name: string, source: string): unknown {
  try {
    return JSON.parse(source);
  } catch {
    throw new ImportError(`${name} is not JSON: the export is damaged.`);
  }
}

function readPost(name: string, source: string): ExportArchive["posts"][number] {
  try {
    const { data, body } = parseFrontMatter(source, exportedPostSchema, name);
    const expected = `${data.kind === "PAGE" ? "pages" : "posts"}/${data.slug}.md`;
    if (name !== expected) throw new ImportError(`${name} holds ${data.kind.toLowerCase()} ${data.slug}: refused.`);
    return { frontMatter: data, body };
  } catch (error) {
    if (error instanceof ContentError) throw new ImportError(error.message);
    throw error;
  }
}
