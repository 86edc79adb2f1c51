import type { Translate } from "@/lib/i18n";

/** Says, above a previewed article, that readers cannot see this yet. */
export function PreviewBanner({ status, t, children }: { status: string; t: Translate; children?: React.ReactNode }) {
  return (
    <div
      className="preview-banner"
      role="note"
      style={{ border: "3px dashed currentColor", padding: "0.75rem 1rem", margin: "1rem 0", fontWeight: 700 }}
    >
      <p style={{ margin: 0 }}>{t(status === "PUBLISHED" ? "preview.published" : "preview.notPublished")}</p>
      {children}
    </div>
  );
}
