"use client";

import { useEffect, useId, useState, useTransition } from "react";
import { confirmImportAction } from "@/lib/imports/actions";
import type { JobStatus } from "@/lib/imports/jobs/status";
import { ImportReportView } from "./import-report";

// Upload a WordPress or Blogger export, see what it holds, confirm: the page
// only uploads and watches. The checking and the import run as that system's
// import command in a process of its own (lib/imports/jobs), which reports
// through a status file this component polls.

const POLL_MS = 1_000;

type System = "wordpress" | "blogger";

const SYSTEMS: Record<System, { name: string; file: string; accept: string }> = {
  wordpress: {
    name: "WordPress",
    file: "WordPress export file (Tools → Export → All content)",
    accept: ".xml,application/xml,text/xml",
  },
  blogger: {
    name: "Blogger",
    file: "Blogger export file (Settings → Back up content, or feed.atom from Google Takeout)",
    accept: ".xml,.atom,application/xml,application/atom+xml,text/xml",
  },
};

async function readError(response: Response): Promise<string> {
  const body = (await response.json().catch(() => null)) as { error?: string } | null;
  return body?.error ?? `The server answered ${response.status}.`;
}

function Progress({ status }: { status: JobStatus | null }) {
  const what = !status
    ? "Starting…"
    : status.phase === "reading"
      ? "Reading the export"
      : status.dryRun
        ? "Checking posts and pages"
        : "Importing posts and pages";
  return (
    <div role="status" className="import-progress">
      <p>
        {what}
        {status && status.total ? ` (${Math.floor((100 * status.done) / status.total)} %)` : ""}
      </p>
      {status && status.total ? <progress max={status.total} value={status.done} /> : <progress />}
    </div>
  );
}

export function SiteImport() {
  const [system, setSystem] = useState<System>("wordpress");
  const [jobId, setJobId] = useState<string | null>(null);
  const [status, setStatus] = useState<JobStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [watching, setWatching] = useState(false);
  const [pending, startTransition] = useTransition();
  const fileId = useId();
  const staffId = useId();
  const systemName = useId();

  useEffect(() => {
    if (!jobId || !watching) return;
    const timer = setInterval(async () => {
      const response = await fetch(`/api/imports/wordpress/${jobId}`, { cache: "no-store" }).catch(() => null);
      if (!response?.ok) return setError(response ? await readError(response) : "Could not reach the server.");
      const { status: next } = (await response.json()) as { status: JobStatus | null };
      setStatus(next);
      if (next && next.state !== "running") setWatching(false);
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [jobId, watching]);

  function upload(form: HTMLFormElement) {
    const file = (form.elements.namedItem("export") as HTMLInputElement).files?.[0];
    if (!file) return setError("Choose the export file first.");
    setError(null);
    setStatus(null);
    startTransition(async () => {
      const response = await fetch(`/api/imports/${system}`, {
        method: "POST",
        body: file,
        headers: { "content-type": "application/xml" },
      }).catch(() => null);
      if (!response?.ok) return setError(response ? await readError(response) : "Could not reach the server.");
      setJobId(((await response.json()) as { jobId: string }).jobId);
      setWatching(true);
    });
  }

  function confirm(form: HTMLFormElement) {
    if (!jobId) return;
    const staffAccounts = (form.elements.namedItem("staffAccounts") as HTMLInputElement | null)?.checked ?? false;
    startTransition(async () => {
      const result = await confirmImportAction({ jobId, staffAccounts });
      if (!result.ok) return setError(result.error.message);
      setError(null);
      setStatus(null);
      setWatching(true);
    });
  }

  const report = status?.state === "done" ? status.report : null;
  return (
    <div className="wordpress-import">
      {error ? (
        <p className="form-status form-status-error" role="alert">
          {error}
        </p>
      ) : null}
      {!watching && !report?.dryRun ? (
        <form
          className="action-form"
          onSubmit={(event) => {
            event.preventDefault();
            upload(event.currentTarget);
          }}
        >
          <fieldset>
            <legend>Import from</legend>
            {(Object.keys(SYSTEMS) as System[]).map((key) => (
              <div className="field field-checkbox" key={key}>
                <input
                  type="radio"
                  id={`${systemName}-${key}`}
                  name="system"
                  value={key}
                  checked={system === key}
                  onChange={() => setSystem(key)}
                />
                <label htmlFor={`${systemName}-${key}`}>{SYSTEMS[key].name}</label>
              </div>
            ))}
          </fieldset>
          <label htmlFor={fileId}>{SYSTEMS[system].file}</label>
          <input id={fileId} name="export" type="file" accept={SYSTEMS[system].accept} required />
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={pending}>
              {pending ? "Uploading…" : "Upload and check"}
            </button>
          </div>
        </form>
      ) : null}
      {watching ? <Progress status={status} /> : null}
      {status?.state === "failed" ? (
        <p className="form-status form-status-error" role="alert">
          {status.error}
        </p>
      ) : null}
      {report ? (
        <section aria-label={report.dryRun ? "What the export holds" : "What was imported"}>
          <h2>{report.dryRun ? "What will be imported" : "Imported"}</h2>
          <ImportReportView report={report} />
        </section>
      ) : null}
      {report?.dryRun ? (
        <form
          className="action-form"
          onSubmit={(event) => {
            event.preventDefault();
            confirm(event.currentTarget);
          }}
        >
          {system === "wordpress" ? (
            <div className="field-checkbox">
              <input id={staffId} name="staffAccounts" type="checkbox" />
              <label htmlFor={staffId}>
                Also give each author with an email address a staff account (an invitation you send later from Users)
              </label>
            </div>
          ) : null}
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={pending}>
              Import {(report.posts.created + report.pages.created).toLocaleString("en-GB")} posts and pages
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
