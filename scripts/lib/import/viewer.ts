import type { Viewer } from "../../../lib/auth/permissions";
import type { Db } from "../../../lib/db";

// The command line has no session: an import acts as an administrator
// account, named with --as or else the oldest active one, so its posts,
// revisions and audit entry are credited to a person.

export class NoAdministrator extends Error {}

export async function administratorViewer(db: Db, email: string | null): Promise<Viewer> {
  const admin = await db.user.findFirst({
    where: { role: "ADMIN", disabled: false, ...(email ? { email: email.toLowerCase() } : {}) },
    orderBy: { createdAt: "asc" },
    select: { id: true, email: true, name: true, contributor: { select: { id: true } } },
  });
  if (!admin) {
    throw new NoAdministrator(
      email
        ? `No active administrator has the address ${email}.`
        : "This site has no active administrator account to import as: create one first (npm run db:seed makes demo accounts in development).",
    );
  }
  return {
    id: admin.id,
    email: admin.email,
    name: admin.name,
    role: "ADMIN",
    contributorId: admin.contributor?.id ?? null,
    banned: false,
  };
}
