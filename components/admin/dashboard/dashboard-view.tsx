import Link from "next/link";
import type { AdminPostRow, Dashboard } from "@/lib/posts/dto";
import { formatInZone } from "@/lib/i18n/zoned-time";
import { NewPostButton } from "../posts/new-post-button";
import { StatusBadge } from "../posts/status-badge";

function PostList({
  rows,
  timeZone,
  when,
}: {
  rows: AdminPostRow[];
  timeZone: string;
  when: (row: AdminPostRow) => string | null;
}) {
  return (
    <ul className="dashboard-list">
      {rows.map((row) => {
        const at = when(row);
        return (
          <li key={row.id}>
            <Link href={`/admin/posts/${row.id}`}>{row.title || "Untitled"}</Link>
            <span className="dashboard-meta">
              <StatusBadge status={row.status} />
              {row.bylineNames.length > 0 ? ` ${row.bylineNames.join(", ")}` : null}
              {at ? (
                <>
                  {" "}
                  · <time dateTime={at}>{formatInZone(at, timeZone)}</time>
                </>
              ) : null}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

function Panel({
  id,
  title,
  more,
  children,
}: {
  id: string;
  title: string;
  more?: { href: string; label: string };
  children: React.ReactNode;
}) {
  return (
    <section className="dashboard-panel" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
      {more ? (
        <p className="dashboard-more">
          <Link href={more.href}>{more.label}</Link>
        </p>
      ) : null}
    </section>
  );
}

/** The admin home: what needs doing, in the site's time zone. */
export function DashboardView({
  dashboard,
  timeZone,
  viewerName,
  canCreate,
}: {
  dashboard: Dashboard;
  timeZone: string;
  viewerName: string;
  canCreate: boolean;
}) {
  const { posts, pendingComments } = dashboard;
  return (
    <>
      <header className="admin-page-header">
        <h1>Dashboard</h1>
        {canCreate ? <NewPostButton /> : null}
      </header>
      <p className="form-note">
        Welcome, {viewerName}. Times are shown in {timeZone.replace(/_/g, " ")} time.
      </p>
      <div className="dashboard-grid">
        {posts ? (
          <>
            <Panel id="my-drafts" title="My drafts" more={{ href: "/admin/posts?status=DRAFT", label: "All drafts" }}>
              {posts.myDrafts.length > 0 ? (
                <PostList rows={posts.myDrafts} timeZone={timeZone} when={(r) => r.updatedAt} />
              ) : (
                <p className="empty-state">You have no drafts. {canCreate ? "Start one with “New post”." : null}</p>
              )}
            </Panel>
            <Panel
              id="in-review"
              title="Waiting for review"
              more={{ href: "/admin/posts?status=IN_REVIEW", label: "Everything in review" }}
            >
              {posts.inReview.length > 0 ? (
                <PostList rows={posts.inReview} timeZone={timeZone} when={(r) => r.updatedAt} />
              ) : (
                <p className="empty-state">Nothing is waiting for review.</p>
              )}
            </Panel>
            <Panel
              id="scheduled"
              title="Scheduled"
              more={{ href: "/admin/posts?status=SCHEDULED", label: "All scheduled posts" }}
            >
              {posts.scheduled.length > 0 ? (
                <PostList rows={posts.scheduled} timeZone={timeZone} when={(r) => r.scheduledAt} />
              ) : (
                <p className="empty-state">Nothing is scheduled. Schedule a post from its editor’s workflow panel.</p>
              )}
            </Panel>
            <Panel
              id="recently-published"
              title="Recently published"
              more={{ href: "/admin/posts?status=PUBLISHED&sort=published", label: "All published posts" }}
            >
              {posts.recentlyPublished.length > 0 ? (
                <PostList rows={posts.recentlyPublished} timeZone={timeZone} when={(r) => r.publishedAt} />
              ) : (
                <p className="empty-state">Nothing has been published yet.</p>
              )}
            </Panel>
          </>
        ) : null}
        {pendingComments !== null ? (
          <Panel id="pending-comments" title="Comments waiting for moderation">
            <p className="dashboard-count">
              {pendingComments === 0
                ? "No comments are waiting. All caught up."
                : `${pendingComments} ${pendingComments === 1 ? "comment is" : "comments are"} waiting for moderation.`}
            </p>
          </Panel>
        ) : null}
      </div>
    </>
  );
}
