import Link from "next/link";

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#main">Skip to content</a>
      <header className="site-header">
        <div className="container">
          <Link href="/" className="site-name">Masthead</Link>
        </div>
      </header>
      <main id="main" className="container">{children}</main>
      <footer className="site-footer">
        <div className="container">Published with Masthead</div>
      </footer>
    </>
  );
}
