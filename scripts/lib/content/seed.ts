import type { Db } from "../../../lib/db";
import { progressBar } from "../cli/progress";
import { createDemoAccounts } from "./demo-accounts";
import { importContent, type ImportCounts } from "./import";
import { loadContent } from "./load";

export interface SeedResult extends ImportCounts {
  accounts: number;
}

/** Demo accounts and the demo content, in one transaction; refused in production. */
export async function seedDemo(
  db: Db,
  options: { nodeEnv: string; siteUrl: string; contentDir?: string; publicDir?: string; quiet?: boolean },
): Promise<SeedResult> {
  const content = loadContent(options.contentDir, options.publicDir);
  const progress = options.quiet ? undefined : progressBar("Importing posts", content.posts.length);
  const result = await db.$transaction(
    async (tx) => {
      const accounts = await createDemoAccounts(tx, options.nodeEnv);
      const counts = await importContent(tx, content, { siteUrl: options.siteUrl, ...(progress ? { progress } : {}) });
      return { accounts, ...counts };
    },
    { timeout: 120_000 },
  );
  progress?.done();
  return result;
}

export async function databaseIsEmpty(db: Db): Promise<boolean> {
  const [posts, users] = await Promise.all([db.post.count(), db.user.count()]);
  return posts === 0 && users === 0;
}
