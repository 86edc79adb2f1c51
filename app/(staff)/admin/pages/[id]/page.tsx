import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { PostEditor } from "@/components/admin/editor/post-editor";
import { ForbiddenNotice } from "@/components/admin/shell/forbidden-notice";
import { getEditorOptions } from "@/lib/posts/data/editor-options";
import { adminPage } from "@/lib/auth/page-viewer";
import { listEditorialNotes } from "@/lib/editorial-notes/data/notes";
import { getEditablePost } from "@/lib/posts/data/editable";
import { getSiteSettingsCached } from "@/lib/settings/cached";

export const instant = false;
export const metadata: Metadata = { title: "Edit page" };

/** A standalone page in the post editor, which shows a page's own fields. */
export default async function EditPageRoute({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { viewer, forbidden } = await adminPage("/admin/pages/[id]", `/admin/pages/${encodeURIComponent(id)}`);
  if (forbidden) return <ForbiddenNotice what={forbidden} />;
  const [post, options, settings] = await Promise.all([
    getEditablePost(viewer, id),
    getEditorOptions(viewer),
    getSiteSettingsCached(),
  ]);
  if (!post) notFound();
  if (post.kind !== "PAGE") redirect(`/admin/posts/${encodeURIComponent(id)}`);
  const notes = await listEditorialNotes(viewer, id);
  return <PostEditor post={post} options={options} timeZone={settings.timeZone} notes={notes} />;
}
