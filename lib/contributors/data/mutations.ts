import "server-only";
import { recordAudit } from "../../audit/data/record";
import { type Viewer, authorize } from "../../auth/permissions";
import { cacheTags, type Written } from "../../cache-tags";
import { db, type Db } from "../../db";
import { NotFound, ValidationError } from "../../errors";
import { renderForField } from "../../markdown/pool";
import { claimPath, forgetPath, redirectPath } from "../../redirects/data/mutations";
import { publicPath } from "../../redirects/paths";
import { assertSlugFree, type ChosenSlug, chooseSlug, withSlugGuard } from "../../taxonomy/data/slugs";
import { plural } from "../../text/plural";
import type { CreatedContributor, EditableContributor } from "../dto";
import type { ContributorInlineCreateInput, ContributorProfileInput, ContributorUpdateInput } from "../schema";

// Contributor profiles, guest writers included. Two people may share a name,
// so a slug derived from a name gets a number ("jane-smith-2"); a slug typed
// by hand that is taken is a field error instead. Each write returns the
// public cache tags it touched, for its action to invalidate.

type Tx = Pick<Db, "contributor">;

export const editableSelect = {
  id: true,
  slug: true,
  name: true,
  firstName: true,
  jobTitle: true,
  organisation: true,
  bio: true,
  email: true,
  phone: true,
  contactOptIn: true,
  socialHandle: true,
  organisationHandle: true,
  photoUrl: true,
  userId: true,
  _count: { select: { bylines: true } },
} as const;

type EditableRow = Omit<EditableContributor, "isGuest" | "bylineCount"> & { _count: { bylines: number } };

export const toEditable = ({ _count, ...c }: EditableRow): EditableContributor => ({
  ...c,
  isGuest: c.userId === null,
  bylineCount: _count.bylines,
});

async function slugFor(tx: Tx, typed: string, name: string, ownId: string | null): Promise<ChosenSlug> {
  const chosen = chooseSlug(typed, name);
  const holderOf = (slug: string) => tx.contributor.findUnique({ where: { slug }, select: { id: true } });
  if (chosen.field === "slug") {
    await assertSlugFree(chosen, "contributor", ownId, holderOf);
    return chosen;
  }
  const taken = new Set(
    (
      await tx.contributor.findMany({
        where: { slug: { startsWith: chosen.slug }, NOT: { id: ownId ?? "" } },
        select: { slug: true },
      })
    ).map((c) => c.slug),
  );
  let slug = chosen.slug;
  for (let n = 2; taken.has(slug); n++) slug = `${chosen.slug}-${n}`;
  return { ...chosen, slug };
}

// Rendered on a worker before the transaction opens (lib/markdown/pool).
const bioHtml = async (bio: string, userId: string | null) =>
  (await renderForField("bio", bio, "bio", { trustedAuthor: userId !== null })).html;

/** A guest writer from the post editor: name, job title and organisation only. */
export async function createContributor(
  viewer: Viewer,
  input: ContributorInlineCreateInput,
): Promise<Written<CreatedContributor>> {
  authorize(viewer, "contributor:create");
  const created = await db.$transaction(async (tx) => {
    const chosen = await slugFor(tx, "", input.name, null);
    const row = await tx.contributor.create({
      data: {
        name: input.name,
        slug: chosen.slug,
        jobTitle: input.jobTitle,
        organisation: input.organisation,
        createdInDraft: true,
      },
      select: { id: true, name: true, slug: true, jobTitle: true, organisation: true },
    });
    await claimPath(tx, publicPath("contributor", row.slug));
    await recordAudit(tx, {
      actorId: viewer.id,
      action: "contributor.create",
      subjectType: "contributor",
      subjectId: row.id,
      data: { name: row.name, slug: row.slug, guest: true },
    });
    return row;
  });
  // An unknown contributor's 404 is cached under the site-wide list tag.
  return { result: created, tags: [cacheTags.postsList, cacheTags.pathRedirects] };
}

export async function createContributorProfile(
  viewer: Viewer,
  input: ContributorProfileInput,
): Promise<Written<EditableContributor>> {
  authorize(viewer, "contributor:manage");
  const html = await bioHtml(input.bio, null);
  const created = await db.$transaction(async (tx) => {
    const chosen = await slugFor(tx, input.slug, input.name, null);
    const row = await withSlugGuard(chosen, "contributor", () =>
      tx.contributor.create({
        data: {
          name: input.name,
          slug: chosen.slug,
          firstName: input.firstName,
          jobTitle: input.jobTitle,
          organisation: input.organisation,
          bio: input.bio,
          bioHtml: html,
          email: input.email,
          phone: input.phone,
          contactOptIn: input.contactOptIn,
          socialHandle: input.socialHandle,
          organisationHandle: input.organisationHandle,
          photoUrl: input.photoUrl,
        },
        select: editableSelect,
      }),
    );
    await claimPath(tx, publicPath("contributor", row.slug));
    await recordAudit(tx, {
      actorId: viewer.id,
      action: "contributor.create",
      subjectType: "contributor",
      subjectId: row.id,
      data: { name: row.name, slug: row.slug, guest: true },
    });
    return row;
  });
  return { result: toEditable(created), tags: [cacheTags.postsList, cacheTags.pathRedirects] };
}

/** Editors change any profile; a writer changes only the one linked to their account. */
export async function updateContributor(
  viewer: Viewer,
  input: ContributorUpdateInput,
): Promise<Written<EditableContributor>> {
  const owner = await db.contributor.findUnique({ where: { id: input.id }, select: { id: true, userId: true } });
  if (!owner) throw new NotFound("That contributor no longer exists.");
  authorize(viewer, "contributor:update", owner);
  const html = await bioHtml(input.bio, owner.userId);
  const { updated, postIds } = await db.$transaction(async (tx) => {
    const before = await tx.contributor.findUnique({ where: { id: input.id }, select: editableSelect });
    if (!before) throw new NotFound("That contributor no longer exists.");
    authorize(viewer, "contributor:update", { id: before.id, userId: before.userId });
    // The bio's links were rendered for the account linked a moment ago.
    if (before.userId !== owner.userId) throw new ValidationError("This profile changed while saving; save again.");
    const chosen = await slugFor(tx, input.slug, input.name, before.id);
    const after = await withSlugGuard(chosen, "contributor", () =>
      tx.contributor.update({
        where: { id: before.id },
        data: {
          name: input.name,
          slug: chosen.slug,
          firstName: input.firstName,
          jobTitle: input.jobTitle,
          organisation: input.organisation,
          bio: input.bio,
          bioHtml: html,
          email: input.email,
          phone: input.phone,
          contactOptIn: input.contactOptIn,
          socialHandle: input.socialHandle,
          organisationHandle: input.organisationHandle,
          photoUrl: input.photoUrl,
        },
        select: editableSelect,
      }),
    );
    const fields = [
      "name",
      "firstName",
      "slug",
      "jobTitle",
      "organisation",
      "bio",
      "email",
      "phone",
      "contactOptIn",
      "socialHandle",
      "organisationHandle",
      "photoUrl",
    ] as const;
    const changed = fields.filter((key) => before[key] !== after[key]);
    if (changed.length > 0) {
      await redirectPath(tx, publicPath("contributor", before.slug), publicPath("contributor", after.slug));
      // Contact details are personal data: the log names the fields that changed, not their values.
      await recordAudit(tx, {
        actorId: viewer.id,
        action: "contributor.update",
        subjectType: "contributor",
        subjectId: after.id,
        data: {
          changed: [...changed],
          name: after.name,
          ...(before.slug !== after.slug ? { slug: [before.slug, after.slug] } : {}),
        },
      });
    }
    const bylines = await tx.byline.findMany({ where: { contributorId: after.id }, select: { postId: true } });
    return { updated: after, postIds: bylines.map((b) => b.postId) };
  });
  // Bylines on article pages and listing cards show the name and link.
  return {
    result: toEditable(updated),
    tags: [
      cacheTags.contributor(updated.id),
      cacheTags.postsList,
      cacheTags.pathRedirects,
      ...postIds.map(cacheTags.post),
    ],
  };
}

export async function deleteContributor(viewer: Viewer, id: string): Promise<Written<void>> {
  authorize(viewer, "contributor:manage");
  await db.$transaction(async (tx) => {
    const contributor = await tx.contributor.findUnique({ where: { id }, select: editableSelect });
    if (!contributor) throw new NotFound("That contributor no longer exists.");
    authorize(viewer, "contributor:manage", { id: contributor.id, userId: contributor.userId });
    if (contributor._count.bylines > 0) {
      throw new ValidationError(
        `${contributor.name} is credited on ${plural(contributor._count.bylines, "post")}. Remove them from those bylines before deleting the profile.`,
      );
    }
    await tx.contributor.delete({ where: { id } });
    await forgetPath(tx, publicPath("contributor", contributor.slug));
    await recordAudit(tx, {
      actorId: viewer.id,
      action: "contributor.delete",
      subjectType: "contributor",
      subjectId: id,
      data: { name: contributor.name, slug: contributor.slug },
    });
  });
  return { result: undefined, tags: [cacheTags.contributor(id), cacheTags.postsList, cacheTags.pathRedirects] };
}
