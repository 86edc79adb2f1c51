import type { Metadata } from "next";
import Link from "next/link";
import { AuthShell } from "@/components/auth/auth-shell";
import { UnlockAccountForm } from "@/components/auth/unlock-account-form";
import { isUnlockLinkLive } from "@/lib/auth/throttle/data/unlock";
import { unlockTokenSchema } from "@/lib/auth/throttle/schema";
import { UNLOCK_LINK_MINUTES } from "@/lib/auth/throttle/limits";
import { getSiteSettingsCached } from "@/lib/settings/cached";
import "../../auth.css";

// The link from the "failed sign-in attempts" email. The token comes from the query and is checked on every visit.
export const instant = false;

export const metadata: Metadata = {
  title: "Unlock your account",
  robots: { index: false, follow: false },
  // The token is in this page's address: never pass it on to another site.
  referrer: "no-referrer",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function UnlockPage({ searchParams }: Props) {
  const [query, settings] = await Promise.all([searchParams, getSiteSettingsCached()]);
  const token = unlockTokenSchema.safeParse(query.token);
  const live = token.success && (await isUnlockLinkLive(token.data));
  if (!live) {
    return (
      <AuthShell siteName={settings.siteName} title="This link no longer works">
        <p>
          Unlock links work once, for {UNLOCK_LINK_MINUTES} minutes. You can still{" "}
          <Link href="/forgot-password">reset your password</Link>, which lifts the limits too.
        </p>
      </AuthShell>
    );
  }
  return (
    <AuthShell siteName={settings.siteName} title="Unlock your account">
      <UnlockAccountForm token={token.data} />
    </AuthShell>
  );
}
