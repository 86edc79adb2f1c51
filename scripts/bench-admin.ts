import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { z } from "zod";
import { autosaveFields, makeBenchDraft, pickAdminFixtures, type AdminBenchFixtures } from "./lib/bench/admin-fixtures";
import { BenchProblem } from "./lib/bench/errors";
import { assertLoopback } from "./lib/bench/load";
import { machineFacts } from "./lib/bench/machine";
import { timeSequential, type LatencySummary } from "./lib/bench/sequential";
import { callServerAction, serverActionId } from "./lib/bench/server-action";
import { startBenchSite } from "./lib/bench/site";
import { signInOverHttp } from "./lib/bench/staff-session";
import { formatMs } from "./lib/bench/stats";
import { distDir } from "./lib/cli/build";
import { runCli } from "./lib/cli/run";
import { scaleCountSchema } from "./lib/content/scale/flags";
import { DEMO_PASSWORD } from "./lib/content/demo-accounts";

// `npm run bench:admin`: the staff side at scale. Signs in as the demo editor
// over HTTP and times, one request after another: the dashboard, the posts
// list filtered and searched, an autosave round trip and a publish (server
// actions called over HTTP as the editor calls them, cache invalidation
// included). Reports p50/p99 beside the issue's targets; asserts nothing.

const argsSchema = z.object({
  scale: scaleCountSchema.default(1000),
  samples: z.coerce.number().int().min(5).max(1000).default(50),
  skipBuild: z.boolean().default(false),
  port: z.coerce.number().int().min(1024).max(65535).default(3300),
  json: z.string().min(1).optional(),
});

const TARGETS: Record<string, number> = { page: 300, autosave: 150, publish: 500 };

runCli(async () => {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    strict: true,
    options: {
      scale: { type: "string" },
      samples: { type: "string" },
      "skip-build": { type: "boolean" },
      port: { type: "string" },
      json: { type: "string" },
    },
  });
  const parsed = argsSchema.safeParse({ ...values, skipBuild: values["skip-build"] });
  if (!parsed.success) {
    console.error(`✖ ${parsed.error.issues.map((i) => `--${i.path.join(".")} ${i.message}`).join("; ")}`);
    return 2;
  }
  try {
    await benchAdmin(parsed.data);
  } catch (err) {
    if (!(err instanceof BenchProblem)) throw err;
    console.error(`✖ ${err.message}`);
    return 1;
  }
});

async function benchAdmin(args: z.infer<typeof argsSchema>): Promise<void> {
  let fixtures!: AdminBenchFixtures;
  const { baseUrl } = await startBenchSite({
    scale: args.scale,
    port: args.port,
    skipBuild: args.skipBuild,
    prepare: async (db) => {
      fixtures = await pickAdminFixtures(db);
    },
  });
  const { db } = await import("../lib/db");
  const cookie = await signInOverHttp(baseUrl, "editor@masthead.local", DEMO_PASSWORD);
  const base = assertLoopback(baseUrl);

  const page = (label: string, path: string) =>
    timeSequential(label, {
      samples: args.samples,
      timed: async () => {
        const response = await fetch(new URL(path, base), { headers: { cookie }, redirect: "manual" });
        await response.arrayBuffer();
        if (response.status !== 200)
          throw new BenchProblem(`${path} answered ${response.status} for the signed-in editor.`);
      },
    });

  const action = (name: string) => serverActionId(distDir(), name);
  const saveId = action("savePostAction");
  const publishId = action("publishPostAction");

  console.log(`Timing ${args.samples} samples each, one after another…`);
  const results: (LatencySummary & { target: number })[] = [];
  const record = (summary: LatencySummary, target: number) => {
    results.push({ ...summary, target });
    console.log(`  ${summary.label}: p50 ${formatMs(summary.p50Ms)} ms, p99 ${formatMs(summary.p99Ms)} ms`);
  };

  record(await page("dashboard", "/admin"), TARGETS.page!);
  record(
    await page(
      "posts list, filtered",
      `/admin/posts?status=PUBLISHED&section=${fixtures.sectionId}&contributor=${fixtures.contributorId}&sort=published`,
    ),
    TARGETS.page!,
  );
  record(
    await page("posts list, searched", `/admin/posts?q=${encodeURIComponent(fixtures.searchWord)}`),
    TARGETS.page!,
  );

  // One draft autosaved again and again, as the editor does while someone types.
  const draft = await makeBenchDraft(db, fixtures, "autosave");
  let version = draft.version;
  record(
    await timeSequential("autosave round trip", {
      samples: args.samples,
      timed: async (_prepared, i) => {
        const text = await callServerAction(baseUrl, {
          pagePath: `/admin/posts/${draft.id}`,
          actionId: saveId,
          cookie,
          args: [
            {
              postId: draft.id,
              version,
              autosave: true,
              fields: autosaveFields(fixtures, "Bench autosave", `Typed so far: ${i} paragraphs.`),
            },
          ],
        });
        version = Number(/"version":(\d+)/.exec(text)?.[1] ?? version);
      },
    }),
    TARGETS.autosave!,
  );

  record(
    await timeSequential("publish (with cache invalidation)", {
      samples: args.samples,
      setup: () => makeBenchDraft(db, fixtures, "publish"),
      timed: (post) =>
        callServerAction(baseUrl, {
          pagePath: `/admin/posts/${post.id}`,
          actionId: publishId,
          cookie,
          args: [{ postId: post.id, version: post.version }],
        }),
    }),
    TARGETS.publish!,
  );

  // The published bench drafts stay out of later runs' listings and the content fingerprint's way.
  await db.post.deleteMany({ where: { slug: { startsWith: "bench-admin-" } } });

  const machine = machineFacts();
  const table = [
    `## Masthead admin bench: ${args.scale.toLocaleString("en-GB")} scale posts`,
    "",
    `Machine: ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGb} GB, Node ${machine.node}. ${args.samples} sequential samples each, signed in as an editor, over HTTP on 127.0.0.1.`,
    "",
    "| Measure | p50 | p99 | Target (p50) |",
    "| --- | ---: | ---: | ---: |",
    ...results.map((r) => `| ${r.label} | ${formatMs(r.p50Ms)} ms | ${formatMs(r.p99Ms)} ms | ≤ ${r.target} ms |`),
  ].join("\n");
  console.log(`\n${table}`);
  if (args.json)
    writeFileSync(
      args.json,
      `${JSON.stringify({ scale: args.scale, machine, results, finishedAt: new Date().toISOString() }, null, 2)}\n`,
    );
}
