import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleView } from "@/components/article/article-view";
import { PreviewBanner } from "@/components/article/preview-banner";
import { PageView } from "@/components/page/page-view";
import { ForbiddenNotice } from "@/components/admin/shell/forbidden-notice";
import { adminPage } from "@/lib/auth/page-viewer";
import { env } from "@/lib/env";
import { translator } from "@/lib/i18n";
import { ownInterface } from "@/lib/i18n/interface";
import { getStaffPreview } from "@/lib/posts/data/preview";
import { getSiteSettingsCached } from "@/lib/settings/cached";

// The post as readers will see it, whatever its status, for staff who may read it.
export const instant = false;
export const metadata: Metadata = { title: "Preview", robots: { index: false, follow: false } };

export default async function StaffPreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { viewer, forbidden } = await adminPage(
    "/admin/posts/[id]/preview",
    `/admin/posts/${encodeURIComponent(id)}/preview`,
  );
  if (forbidden) return <ForbiddenNotice what={forbidden} />;
  const [page, settings] = await Promise.all([getStaffPreview(viewer, id), getSiteSettingsCached()]);
  if (!page) notFound();
  return (
    <>
      <PreviewBanner status={page.status} t={translator(page.post.language)}>
        <p style={{ margin: "0.5rem 0 0", fontWeight: 400 }}>
          <Link href={`/admin/posts/${encodeURIComponent(id)}`}>Back to the editor</Link>
        </p>
      </PreviewBanner>
      {page.standalone ? (
        <PageView page={page.standalone} />
      ) : (
        <ArticleView page={page} settings={settings} siteUrl={env().SITE_URL} ui={ownInterface(settings)} />
      )}
    </>
  );
}
