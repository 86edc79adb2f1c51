import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../../lib/auth/permissions";
import {
  createContributorAction,
  createContributorProfileAction,
  deleteContributorAction,
  updateContributorAction,
} from "../../lib/contributors/actions";
import { getContributorForEdit, listContributorsForAdmin } from "../../lib/contributors/data/admin-queries";
import { db } from "../../lib/db";
import { findPathRedirect } from "../../lib/redirects/data/queries";
import { makeContributor, makePost } from "../helpers/factories";
import { asViewer, makeAccount, type TestAccount } from "../helpers/sign-in-as";

let editor: TestAccount;

beforeAll(async () => {
  editor = await makeAccount("EDITOR");
});

const profile = (overrides: Record<string, unknown> = {}) => ({
  name: "Priya Shah",
  slug: "",
  jobTitle: "Tenant organiser",
  organisation: "Riverside Tenants' Union",
  bio: "Priya has **campaigned** for better repairs. <script>alert(1)</script>",
  email: "priya@example.org",
  phone: "+44 20 7946 0000",
  contactOptIn: true,
  photoUrl: "/images/priya.jpg",
  ...overrides,
});

describe("creating guest writers inline from the post editor", () => {
  it("an author creates a guest writer and gets exactly its id, name, slug, job title and organisation", async () => {
    const author = await makeAccount("AUTHOR", { withContributor: true });
    const result = await asViewer(author, () =>
      createContributorAction({ name: "Jo Bloggs", jobTitle: "Chair", organisation: "Residents' Panel" }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.keys(result.data).sort()).toEqual(["id", "jobTitle", "name", "organisation", "slug"]);
    expect(result.data).toMatchObject({
      name: "Jo Bloggs",
      slug: "jo-bloggs",
      jobTitle: "Chair",
      organisation: "Residents' Panel",
    });
    const row = await db.contributor.findUniqueOrThrow({ where: { id: result.data.id } });
    expect(row.userId).toBeNull();
    expect(
      await db.auditLog.count({
        where: { action: "contributor.create", subjectId: row.id, actorId: author.viewer.id },
      }),
    ).toBe(1);
  });

  it("a second writer with the same name gets a numbered slug, and blank optional fields are stored as null", async () => {
    await asViewer(editor, () => createContributorAction({ name: "Sam Lee" }));
    const second = await asViewer(editor, () =>
      createContributorAction({ name: "Sam Lee", jobTitle: " ", organisation: "" }),
    );
    expect(second).toMatchObject({ ok: true, data: { slug: "sam-lee-2", jobTitle: null, organisation: null } });
  });

  it("an empty name is a field error", async () => {
    const result = await asViewer(editor, () => createContributorAction({ name: "" }));
    expect(result).toMatchObject({ ok: false, error: { code: "validation", fieldErrors: { name: ["Enter a name"] } } });
  });
});

describe("managing contributor profiles", () => {
  it("an editor creates a full guest profile with its bio rendered by the bio profile", async () => {
    const result = await asViewer(editor, () => createContributorProfileAction(profile()));
    expect(result).toMatchObject({ ok: true, data: { slug: "priya-shah" } });
    if (!result.ok) return;
    const row = await db.contributor.findUniqueOrThrow({ where: { id: result.data.id } });
    expect(row).toMatchObject({
      email: "priya@example.org",
      contactOptIn: true,
      photoUrl: "/images/priya.jpg",
      userId: null,
    });
    expect(row.bioHtml).toContain("<strong>campaigned</strong>");
    expect(row.bioHtml).not.toContain("<script");
  });

  it("bad contact details and a taken slug are field errors", async () => {
    const taken = await makeContributor({ slug: "taken-slug" });
    const result = await asViewer(editor, () =>
      createContributorProfileAction(
        profile({ email: "not-an-email", phone: "call me", photoUrl: "javascript:alert(1)", slug: taken.slug }),
      ),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.error.fieldErrors).sort()).toEqual(["email", "phone", "photoUrl"]);
    const clash = await asViewer(editor, () => createContributorProfileAction(profile({ slug: taken.slug })));
    expect(clash).toMatchObject({
      ok: false,
      error: { fieldErrors: { slug: [expect.stringContaining("taken-slug")] } },
    });
  });

  it("renaming a contributor's slug redirects the old profile path, logging which fields changed but not contact values", async () => {
    const c = await makeContributor({ slug: "alex-old", name: "Alex Old", email: "alex@example.org" });
    const result = await asViewer(editor, () =>
      updateContributorAction({
        id: c.id,
        ...profile({ name: "Alex New", slug: "alex-new", email: "new@example.org" }),
      }),
    );
    expect(result).toMatchObject({ ok: true, data: { slug: "alex-new" } });
    expect(await findPathRedirect("/contributors/alex-old")).toBe("/contributors/alex-new");
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "contributor.update", subjectId: c.id } });
    expect(audit.data).toMatchObject({
      changed: expect.arrayContaining(["name", "slug", "email"]),
      slug: ["alex-old", "alex-new"],
    });
    expect(JSON.stringify(audit.data)).not.toContain("new@example.org");
  });

  it("deletes a contributor without bylines and refuses one credited on posts", async () => {
    const unused = await makeContributor();
    expect(await asViewer(editor, () => deleteContributorAction({ id: unused.id }))).toMatchObject({ ok: true });
    expect(await db.contributor.findUnique({ where: { id: unused.id } })).toBeNull();
    const credited = await makeContributor({ name: "Busy Writer" });
    await makePost({ contributorIds: [credited.id] });
    const refused = await asViewer(editor, () => deleteContributorAction({ id: credited.id }));
    expect(refused).toMatchObject({
      ok: false,
      error: { code: "validation", message: expect.stringContaining("1 post") },
    });
    expect(await db.contributor.findUnique({ where: { id: credited.id } })).not.toBeNull();
  });

  it("lists everyone for an editor, marking guest writers, with search", async () => {
    const staff = await makeAccount("AUTHOR", { withContributor: true, name: "Quentin Staff" });
    await makeContributor({ name: "Quentin Guest" });
    const page = await listContributorsForAdmin(editor.viewer, { q: "quentin", page: 1 });
    expect(page.items.map((c) => [c.name, c.isGuest])).toEqual([
      ["Quentin Guest", true],
      ["Quentin Staff", false],
    ]);
    expect(staff.viewer.contributorId).not.toBeNull();
  });
});

describe("an author and their own profile", () => {
  it("sees only their own profile and may edit it", async () => {
    const author = await makeAccount("AUTHOR", { withContributor: true, name: "Ola Author" });
    await makeContributor({ name: "Ola Someone Else" });
    const page = await listContributorsForAdmin(author.viewer, { q: "", page: 1 });
    expect(page.items.map((c) => c.id)).toEqual([author.viewer.contributorId]);
    const result = await asViewer(author, () =>
      updateContributorAction({
        id: author.viewer.contributorId!,
        ...profile({ name: "Ola Author", bio: "I write about repairs." }),
      }),
    );
    expect(result).toMatchObject({ ok: true });
    const row = await db.contributor.findUniqueOrThrow({ where: { id: author.viewer.contributorId! } });
    expect(row.bio).toBe("I write about repairs.");
  });

  it("may not edit, open or delete someone else's profile, and nothing changes", async () => {
    const author = await makeAccount("AUTHOR", { withContributor: true });
    const other = await makeContributor({ name: "Not Yours" });
    const before = await db.contributor.findUniqueOrThrow({ where: { id: other.id } });
    expect(await asViewer(author, () => updateContributorAction({ id: other.id, ...profile() }))).toMatchObject({
      ok: false,
      error: { code: "forbidden" },
    });
    expect(await asViewer(author, () => deleteContributorAction({ id: author.viewer.contributorId! }))).toMatchObject({
      ok: false,
      error: { code: "forbidden" },
    });
    await expect(getContributorForEdit(author.viewer, other.id)).rejects.toThrow("No such contributor");
    expect(await db.contributor.findUniqueOrThrow({ where: { id: other.id } })).toEqual(before);
    expect(await db.contributor.findUnique({ where: { id: author.viewer.contributorId! } })).not.toBeNull();
  });
});

describe("who may manage contributors", () => {
  const refusedRoles: (Role | null)[] = ["MODERATOR", "READER", null];

  for (const role of refusedRoles) {
    it(`${role ?? "an anonymous visitor"} can neither create, update nor delete contributors, and nothing changes`, async () => {
      const account = role ? await makeAccount(role) : null;
      const target = await makeContributor({ name: "Guarded" });
      const before = await Promise.all([
        db.contributor.findUniqueOrThrow({ where: { id: target.id } }),
        db.contributor.count(),
        db.auditLog.count(),
      ]);
      const code = role ? "forbidden" : "unauthenticated";
      const attempts: (() => Promise<unknown>)[] = [
        () => createContributorAction({ name: "Sneaky" }),
        () => createContributorProfileAction(profile()),
        () => updateContributorAction({ id: target.id, ...profile() }),
        () => deleteContributorAction({ id: target.id }),
      ];
      for (const attempt of attempts) {
        expect(await asViewer(account, attempt)).toMatchObject({ ok: false, error: { code } });
      }
      expect(
        await Promise.all([
          db.contributor.findUniqueOrThrow({ where: { id: target.id } }),
          db.contributor.count(),
          db.auditLog.count(),
        ]),
      ).toEqual(before);
    });
  }

  it("an author may create inline guests but not full profiles or deletions", async () => {
    const author = await makeAccount("AUTHOR");
    const count = await db.contributor.count();
    expect(
      await asViewer(author, () => createContributorProfileAction(profile({ name: "Full profile" }))),
    ).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await db.contributor.count()).toBe(count);
  });
});
