import { Document } from "@/components/site/document";
import { getSiteSettingsCached } from "@/lib/settings/cached";

// Sign-in, the admin and previews: one language, the site's.
export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const settings = await getSiteSettingsCached();
  return (
    <Document language={settings.language} accentColor={settings.accentColor}>
      {children}
    </Document>
  );
}
