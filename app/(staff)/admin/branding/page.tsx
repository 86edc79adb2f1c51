import type { Metadata } from "next";
import { AccentForm } from "@/components/admin/branding/accent-form";
import { BrandImageForm } from "@/components/admin/branding/brand-image-form";
import { ForbiddenNotice } from "@/components/admin/shell/forbidden-notice";
import { adminPage } from "@/lib/auth/page-viewer";
import { toBranding } from "@/lib/branding/dto";
import { DEFAULT_ACCENT } from "@/lib/branding/schema";
import { getSiteSettings } from "@/lib/settings/data/queries";
import "../manage.css";
import "./branding.css";

export const instant = false;
export const metadata: Metadata = { title: "Branding" };

export default async function BrandingPage() {
  const { forbidden } = await adminPage("/admin/branding");
  if (forbidden) return <ForbiddenNotice what={forbidden} />;
  // Read past the cache: the page must show what is stored right now.
  const settings = await getSiteSettings();
  const branding = toBranding(settings);
  const largestIcon = branding.icons.at(-1);
  return (
    <div className="manage-page">
      <header className="admin-page-header">
        <h1>Branding</h1>
      </header>
      <p className="manage-intro">
        The site&apos;s logo, icon, accent colour and share image. Changes show on every public page as soon as you
        save. SVG files are turned into PNG images here; the SVG itself is never stored or served.
      </p>
      <div className="branding-grid">
        <BrandImageForm
          kind="logo"
          title="Logo"
          hint="SVG, PNG, JPEG or WebP, up to 2 MB. Shown 48 pixels high in place of the site name, which stays its text alternative."
          accept="image/svg+xml,image/png,image/jpeg,image/webp,.svg"
          current={branding.logo && { ...branding.logo, alt: `Logo: ${settings.siteName}` }}
          defaultText="No logo: the header shows the site name as text."
        />
        <AccentForm current={branding.accentColor} defaultColour={DEFAULT_ACCENT} />
        <BrandImageForm
          kind="favicon"
          title="Icon"
          hint="PNG or SVG, up to 2 MB, ideally square and at least 512 pixels. Made into the browser tab icon and the home-screen icons (32, 180, 192 and 512 pixels)."
          accept="image/png,image/svg+xml,.svg"
          current={largestIcon ? { src: largestIcon.url, width: 64, height: 64, alt: "The site's icon" } : null}
          defaultText="No icon: browsers show their default."
        />
        <BrandImageForm
          kind="socialImage"
          title="Share image"
          hint="PNG, JPEG or WebP, up to 2 MB. Cropped to 1200 × 630 pixels and shown in link previews of the home page, listings and articles without a picture."
          accept="image/png,image/jpeg,image/webp"
          current={branding.socialImage && { ...branding.socialImage, alt: "The site's share image" }}
          defaultText="No share image: pages without a picture of their own are shared without one."
        />
      </div>
    </div>
  );
}
