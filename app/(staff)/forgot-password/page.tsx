import type { Metadata } from "next";
import { AuthShell } from "@/components/auth/auth-shell";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { getSiteSettingsCached } from "@/lib/settings/cached";
import "../auth.css";

export const metadata: Metadata = { title: "Forgot your password?", robots: { index: false, follow: false } };

export default async function ForgotPasswordPage() {
  const settings = await getSiteSettingsCached();
  return (
    <AuthShell siteName={settings.siteName} title="Forgot your password?">
      <ForgotPasswordForm />
    </AuthShell>
  );
}
