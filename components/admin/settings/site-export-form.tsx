/**
 * The site export as a download: a plain form, so it works without
 * JavaScript and the browser saves the zip itself. The route checks that the
 * request comes from this site and that the viewer is an administrator.
 */
export function SiteExportForm() {
  return (
    <form method="post" action="/api/export">
      <p>
        Every post, page and draft as Markdown, with contributors, sections, tags, series, comments, accounts (without
        passwords) and media files, in one zip. Another Masthead imports it with <code>npm run import:masthead</code>.
        Each download is recorded in the audit log.
      </p>
      <button type="submit" className="button">
        Download the export (.zip)
      </button>
    </form>
  );
}
