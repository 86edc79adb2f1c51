import "server-only";
import { rolesAllowed, type Viewer } from "../../auth/permissions";
import { db } from "../../db";
import { env } from "../../env";
import { sendMailOrLog } from "../../mail/send";
import { getSiteSettings } from "../../settings/data/queries";

// Tells those who may review (the matrix's post:review roles) that a post
// waits for them, when the site wants that. Sent after the submission is
// committed: a mail failure is logged and never undoes the submission.

export async function notifyEditorsOfReview(post: { id: string; title: string }, submitter: Viewer): Promise<void> {
  const settings = await getSiteSettings();
  if (!settings.notifyEditorsOnReview) return;
  const editors = await db.user.findMany({
    where: { role: { in: [...rolesAllowed("post:review")] }, disabled: false, id: { not: submitter.id } },
    select: { email: true },
    orderBy: { email: "asc" },
  });
  const link = new URL(`/admin/posts/${post.id}`, env().SITE_URL).toString();
  const who = submitter.name ?? submitter.email;
  for (const editor of editors) {
    await sendMailOrLog({
      to: editor.email,
      subject: `For review: ${post.title}`,
      text: `${who} has submitted “${post.title}” for review on ${settings.siteName}.\n\nReview it here:\n${link}\n`,
    });
  }
}
