import "server-only";
import { recordAudit } from "../../audit/data/record";
import { authorize, type Viewer } from "../../auth/permissions";
import { db } from "../../db";
import { claimPath } from "../../redirects/data/mutations";
import { publicPath } from "../../redirects/paths";
import { slugify } from "../../text/slug";
import { issueToken } from "../../users/data/tokens";
import type { ImportReport } from "../wordpress/report";
import { importedTargets, recordImported } from "./imported-items";

// An export's writers as contributors (WordPress authors by login, Blogger
// authors by profile): one per person who signs an imported article. A
// person imported before maps to what they became; a contributor with the
// same slug is taken to be the same person (a site that set up its writers
// before importing); anyone else is a new guest contributor. Exports carry
// no biography, so bios start empty. With staff accounts asked for, each
// writer with an address also gets an author account with no password: a
// pending invitation an admin sends from the Users page when ready.

/** The people an export names, by the key it names them with (a WordPress login, a Blogger profile). */
export interface WriterIndex {
  /** What the ledger files this export's ids under. */
  source: string;
  /** Keys of the people who sign at least one imported article. */
  writers: Set<string>;
  authors: Map<string, { name: string; email: string | null; firstName: string | null }>;
  /** The old site answered /author/<key>/ (WordPress): the key is kept for old-address lookups. */
  keyInAddresses: boolean;
  /** Named in the audit entry of a staff account made for a writer ("WordPress import"). */
  via: string;
}

export interface ImportedWriter {
  id: string;
  userId: string | null;
  jobTitle: string | null;
  organisation: string | null;
  socialHandle: string | null;
  organisationHandle: string | null;
}

const writerSelect = {
  id: true,
  userId: true,
  jobTitle: true,
  organisation: true,
  socialHandle: true,
  organisationHandle: true,
} as const;

/** The contributor for each writing login; in a dry run only counted, and the map is empty. */
export async function ensureWriters(
  viewer: Viewer,
  scan: WriterIndex,
  options: { staffAccounts: boolean; dryRun: boolean },
  report: ImportReport,
): Promise<Map<string, ImportedWriter>> {
  authorize(viewer, "site:import");
  const logins = [...scan.writers].sort();
  const known = await importedTargets(scan.source, "CONTRIBUTOR", logins);
  const writers = new Map<string, ImportedWriter>();
  for (const login of logins) {
    const author = scan.authors.get(login);
    const name = author?.name || login;
    const target = known.get(login);
    const existing = target
      ? await db.contributor.findUnique({ where: { id: target }, select: writerSelect })
      : await db.contributor.findUnique({ where: { slug: slugify(name) || slugify(login) }, select: writerSelect });
    if (existing) report.contributors.existing++;
    else report.contributors.created++;
    if (existing && target) {
      writers.set(login, existing);
      continue;
    }
    if (options.dryRun) {
      if (options.staffAccounts && author?.email && !existing?.userId) report.contributors.staffAccounts++;
      continue;
    }
    const written = await db.$transaction(async (tx) => {
      const contributor =
        existing ??
        (await tx.contributor.create({
          data: {
            slug: slugify(name) || slugify(login) || `writer-${login}`,
            name,
            firstName: author?.firstName ?? null,
          },
          select: writerSelect,
        }));
      if (!existing) await claimPath(tx, publicPath("contributor", slugify(name) || slugify(login)));
      await recordImported(tx, scan.source, "CONTRIBUTOR", [
        { sourceId: login, sourceSlug: scan.keyInAddresses ? login : null, targetId: contributor.id },
      ]);
      if (!options.staffAccounts || !author?.email || contributor.userId) return contributor;
      const userId = await staffAccountFor(tx, viewer, author.email, name, scan.via);
      if (!userId) return contributor;
      report.contributors.staffAccounts++;
      return tx.contributor.update({ where: { id: contributor.id }, data: { userId }, select: writerSelect });
    });
    writers.set(login, written);
  }
  return writers;
}

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

/**
 * An author account with no password for this address, as a pending
 * invitation whose email is not sent; null when the address already has an
 * account that is linked to another contributor.
 */
async function staffAccountFor(
  tx: Tx,
  viewer: Viewer,
  email: string,
  name: string,
  via: string,
): Promise<string | null> {
  const address = email.toLowerCase();
  const user = await tx.user.findUnique({
    where: { email: address },
    select: { id: true, contributor: { select: { id: true } } },
  });
  if (user) return user.contributor ? null : user.id;
  const created = await tx.user.create({ data: { email: address, name, role: "AUTHOR", invitedById: viewer.id } });
  await issueToken(tx, created.id, "INVITATION");
  await recordAudit(tx, {
    actorId: viewer.id,
    action: "user.invite",
    subjectType: "user",
    subjectId: created.id,
    data: { email: address, role: "AUTHOR", via, emailSent: false },
  });
  return created.id;
}
