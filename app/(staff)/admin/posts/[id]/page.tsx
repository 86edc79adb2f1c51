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
export const metadata: Metadata = { title: "Edit post" };

export default async function EditPostPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { viewer, forbidden } = await adminPage("/admin/posts/[id]", `/admin/posts/${encodeURIComponent(id)}`);
  if (forbidden) return <ForbiddenNotice what={forbidden} />;
  const [post, options, settings] = await Promise.all([
    getEditablePost(viewer, id),
    getEditorOptions(viewer),
    getSiteSettingsCached(),
  ]);
  if (!post) notFound();
  if (post.kind === "PAGE") redirect(`/admin/pages/${encodeURIComponent(id)}`);
  const notes = await listEditorialNotes(viewer, id);
  return <PostEditor post={post} options={options} timeZone={settings.timeZone} notes={notes} />;
}
