import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../../lib/auth/permissions";
import { listAuditActors, listAuditEntries, AUDIT_PAGE_SIZE } from "../../lib/audit/data/queries";
import { auditFiltersSchema, parseAuditFilters } from "../../lib/audit/schema";
import { db } from "../../lib/db";
import { makeContributor, makePost, makeTag } from "../helpers/factories";
import { makeAccount, type TestAccount } from "../helpers/sign-in-as";

const LONDON = "Europe/London";
let admin: TestAccount;
let editor: TestAccount;

const filters = (values: Record<string, unknown> = {}) => auditFiltersSchema.parse({ page: 1, ...values });

async function entry(data: {
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId?: string | null;
  at: string;
  data?: object;
}) {
  return db.auditLog.create({
    data: {
      actorId: data.actorId,
      action: data.action,
      subjectType: data.subjectType,
      subjectId: data.subjectId ?? null,
      createdAt: new Date(data.at),
      data: data.data ?? {},
    },
  });
}

beforeAll(async () => {
  admin = await makeAccount("ADMIN", { name: "Ada Admin" });
  editor = await makeAccount("EDITOR", { name: "Eddie Editor" });
  const post = await makePost({ title: "Damp in Block C" });
  const tag = await makeTag("Repairs");
  await entry({
    actorId: editor.viewer.id,
    action: "post.publish",
    subjectType: "post",
    subjectId: post.id,
    at: "2026-06-01T09:00:00Z",
  });
  await entry({
    actorId: editor.viewer.id,
    action: "taxonomy.rename",
    subjectType: "tag",
    subjectId: tag.id,
    at: "2026-06-02T12:00:00Z",
    data: { name: ["Repair", "Repairs"] },
  });
  // 23:30 on 2 June in London (BST).
  await entry({
    actorId: admin.viewer.id,
    action: "settings.update",
    subjectType: "settings",
    at: "2026-06-02T22:30:00Z",
    data: { changed: ["siteName"] },
  });
  // 00:30 on 3 June in London, still 2 June in UTC.
  await entry({
    actorId: admin.viewer.id,
    action: "user.role-change",
    subjectType: "user",
    subjectId: editor.viewer.id,
    at: "2026-06-02T23:30:00Z",
    data: { role: ["AUTHOR", "EDITOR"] },
  });
  await entry({
    actorId: null,
    action: "taxonomy.delete",
    subjectType: "section",
    subjectId: "gone-section",
    at: "2026-06-04T10:00:00Z",
    data: { name: "Old news", slug: "old-news" },
  });
});

describe("browsing the audit log", () => {
  it("shows the newest first, with who did it, the subject linked while it exists, and readable details", async () => {
    const page = await listAuditEntries(admin.viewer, filters(), LONDON);
    expect(page.items.map((e) => e.action)).toEqual([
      "taxonomy.delete",
      "user.role-change",
      "settings.update",
      "taxonomy.rename",
      "post.publish",
    ]);
    const [deleted, roleChange, settings, rename, publish] = page.items;
    expect(publish).toMatchObject({
      actor: { name: "Eddie Editor" },
      subject: { label: "Damp in Block C", href: expect.stringMatching(/^\/admin\/posts\//) },
    });
    expect(rename?.details).toEqual([{ label: "name", value: "Repair → Repairs" }]);
    expect(settings?.subject).toEqual({ label: "Site settings", href: "/admin/settings" });
    expect(roleChange?.subject).toMatchObject({ label: "Eddie Editor" });
    expect(deleted).toMatchObject({ actor: null, subject: { label: "Old news (no longer exists)", href: null } });
  });

  it("filters by action, person and kind of subject", async () => {
    const byAction = await listAuditEntries(admin.viewer, filters({ action: "post.publish" }), LONDON);
    expect(byAction.items.map((e) => e.action)).toEqual(["post.publish"]);
    const byPerson = await listAuditEntries(admin.viewer, filters({ actorId: admin.viewer.id }), LONDON);
    expect(byPerson.items.map((e) => e.action)).toEqual(["user.role-change", "settings.update"]);
    const bySubject = await listAuditEntries(admin.viewer, filters({ subjectType: "tag" }), LONDON);
    expect(bySubject.items.map((e) => e.action)).toEqual(["taxonomy.rename"]);
  });

  it("reads the date range as whole days in the site's time zone, both ends included", async () => {
    const secondJune = await listAuditEntries(admin.viewer, filters({ from: "2026-06-02", to: "2026-06-02" }), LONDON);
    expect(secondJune.items.map((e) => e.action)).toEqual(["settings.update", "taxonomy.rename"]);
    const fromThird = await listAuditEntries(admin.viewer, filters({ from: "2026-06-03" }), LONDON);
    expect(fromThird.items.map((e) => e.action)).toEqual(["taxonomy.delete", "user.role-change"]);
    const inUtc = await listAuditEntries(admin.viewer, filters({ from: "2026-06-02", to: "2026-06-02" }), "UTC");
    expect(inUtc.items.map((e) => e.action)).toEqual(["user.role-change", "settings.update", "taxonomy.rename"]);
  });

  it("pages through long logs", async () => {
    const contributor = await makeContributor();
    await db.auditLog.createMany({
      data: Array.from({ length: AUDIT_PAGE_SIZE + 5 }, (_, i) => ({
        actorId: editor.viewer.id,
        action: "contributor.update",
        subjectType: "contributor",
        subjectId: contributor.id,
        createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)),
      })),
    });
    const first = await listAuditEntries(admin.viewer, filters({ action: "contributor.update" }), LONDON);
    expect(first.items).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.hasNext).toBe(true);
    const second = await listAuditEntries(admin.viewer, filters({ action: "contributor.update", page: 2 }), LONDON);
    expect(second.items).toHaveLength(5);
    expect(second.hasNext).toBe(false);
    expect(new Set([...first.items, ...second.items].map((e) => e.id)).size).toBe(AUDIT_PAGE_SIZE + 5);
  });

  it("ignores filter values that make no sense instead of failing", () => {
    expect(
      parseAuditFilters({ action: "post.explode", subjectType: "planet", from: "yesterday", page: "-3", actorId: "" }),
    ).toEqual({ page: 1 });
    expect(parseAuditFilters({ action: ["post.publish", "x"], to: "2026-06-02" })).toEqual({
      action: "post.publish",
      to: "2026-06-02",
      page: 1,
    });
  });

  it("offers staff and anyone who appears in the log as people to filter by", async () => {
    const people = await listAuditActors(admin.viewer);
    expect(people.map((p) => p.id)).toEqual(expect.arrayContaining([admin.viewer.id, editor.viewer.id]));
  });
});

describe("who may read the audit log", () => {
  const refused: Role[] = ["EDITOR", "AUTHOR", "MODERATOR", "READER"];
  for (const role of refused) {
    it(`${role.toLowerCase()}s may not`, async () => {
      const account = await makeAccount(role);
      await expect(listAuditEntries(account.viewer, filters(), LONDON)).rejects.toThrow("permission");
      await expect(listAuditActors(account.viewer)).rejects.toThrow("permission");
    });
  }
});
