import { formatOf, type ImportReport, type Tally } from "@/lib/imports/wordpress/report";

// The import's report as the admin page shows it: what is new, what was
// already here, what was left out and why. The same facts the command prints.

const n = (value: number) => value.toLocaleString("en-GB");

function Row({ label, tally, extra }: { label: string; tally: Tally; extra?: string }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{n(tally.created)}</td>
      <td>{n(tally.existing)}</td>
      <td>{extra ?? ""}</td>
    </tr>
  );
}

function Notes({ title, list }: { title: string; list: ImportReport["notes"] }) {
  if (list.count === 0) return null;
  return (
    <section>
      <h3>
        {title} ({n(list.count)})
      </h3>
      <ul>
        {list.examples.map((note) => (
          <li key={`${note.id}-${note.text}`}>
            #{note.id} {note.title ? `“${note.title}”` : ""}: {note.text}
          </li>
        ))}
      </ul>
      {list.count > list.examples.length ? <p>… and {n(list.count - list.examples.length)} more.</p> : null}
    </section>
  );
}

export function ImportReportView({ report }: { report: ImportReport }) {
  const { byStatus } = report.posts;
  const skipped = Object.entries(report.skipped);
  return (
    <div className="import-report">
      <p>
        From “{report.site.title}” ({report.site.url}, {formatOf(report)})
        {report.dryRun ? ": nothing has been written yet." : `, in ${report.seconds.toFixed(1)} s.`}
      </p>
      <table>
        <caption className="visually-hidden">What the export holds</caption>
        <thead>
          <tr>
            <th scope="col">Kind</th>
            <th scope="col">{report.dryRun ? "To import" : "Imported"}</th>
            <th scope="col">Already here</th>
            <th scope="col">Notes</th>
          </tr>
        </thead>
        <tbody>
          <Row
            label="Posts"
            tally={report.posts}
            extra={`${n(byStatus.PUBLISHED)} published, ${n(byStatus.SCHEDULED)} scheduled, ${n(byStatus.DRAFT)} drafts`}
          />
          <Row label="Pages" tally={report.pages} />
          <Row label="Contributors" tally={report.contributors} />
          <Row label="Sections" tally={report.sections} />
          <Row label="Tags" tally={report.tags} />
          <Row
            label="Comments"
            tally={report.comments}
            extra={
              report.comments.skipped
                ? `${n(report.comments.skipped)} left out (trash, removed, pingbacks, on pages)`
                : ""
            }
          />
          <Row
            label="Images"
            tally={report.images}
            extra={report.images.missing ? `${n(report.images.missing)} missing: left as links` : ""}
          />
        </tbody>
      </table>
      {skipped.length ? <p>Left out: {skipped.map(([what, count]) => `${n(count)} ${what}`).join(", ")}.</p> : null}
      {report.leftOut ? <Notes title="Left out" list={report.leftOut} /> : null}
      <Notes title="Imported with changes" list={report.notes} />
      <Notes title="Could not import" list={report.problems} />
      {report.images.missingExamples.length ? (
        <section>
          <h3>Missing images ({n(report.images.missing)})</h3>
          <ul>
            {report.images.missingExamples.map((address) => (
              <li key={address}>{address}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
