import Link from "next/link";

/** The frame of the sign-in and account pages: the site's name, a heading and one card. */
export function AuthShell({
  siteName,
  title,
  intro,
  children,
}: {
  siteName: string;
  title: string;
  intro?: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <main id="main" className="auth-page">
      <div className="auth-card">
        <p className="auth-site-name">
          <Link href="/">{siteName}</Link>
        </p>
        <h1>{title}</h1>
        {intro ? <div className="auth-intro">{intro}</div> : null}
        {children}
      </div>
    </main>
  );
}
