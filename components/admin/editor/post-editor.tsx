"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { EditorOptions } from "@/lib/posts/dto";
import { errorsFor } from "@/components/admin/editor/editor-form";
import type { EditablePost } from "@/lib/posts/dto";
import type { EditorialThread } from "@/lib/editorial-notes/dto";
import { ArticleFields } from "./article-fields";
import { BodyField } from "./body-field";
import { ConflictPanel } from "./conflict-panel";
import { describedBy } from "@/components/ui/described-by";
import { Field } from "./field";
import { LocalCopyBanner } from "./local-copy-banner";
import { NotesPanel } from "./notes-panel";
import { PageFields } from "./page-fields";
import { SaveStatusText } from "./save-status";
import { SeoFields } from "./seo-fields";
import { SlugField } from "./slug-field";
import { usePostDraft } from "./use-post-draft";
import type { Outcome } from "./outcome";
import { WorkflowPanel } from "./workflow-panel";

const LANGUAGES = [
  { tag: "en-GB", name: "English" },
  { tag: "nl-NL", name: "Dutch" },
];

type EditorProps = { post: EditablePost; options: EditorOptions; timeZone: string; notes: EditorialThread[] };

/**
 * The post editor. A workflow move changes the status (backdating, the
 * publication date), and the form then starts afresh from the stored post
 * (its text was saved before the move), picking up the new version and
 * permissions; the move's confirmation lives out here so that restart does
 * not wipe it.
 */
export function PostEditor(props: EditorProps) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  return (
    <EditorForm
      key={`${props.post.id}:${props.post.status}:${props.post.publishedAt}`}
      {...props}
      outcome={outcome}
      setOutcome={setOutcome}
    />
  );
}

/** Every field, saved as the writer types, beside the workflow panel. */
function EditorForm({
  post,
  options,
  timeZone,
  notes,
  outcome,
  setOutcome,
}: EditorProps & { outcome: Outcome; setOutcome: (outcome: Outcome) => void }) {
  const router = useRouter();
  const draft = usePostDraft(post);
  const { form, update, status, fieldErrors } = draft;
  const errorsOf = (name: string) => errorsFor(fieldErrors, name);
  const readOnly = !post.permissions.canEdit || status.kind === "conflict";
  const formErrors = fieldErrors._form ?? [];
  const isPage = post.kind === "PAGE";
  const listHref = isPage ? "/admin/pages" : "/admin/posts";
  const languages = LANGUAGES.some((l) => l.tag === form.language)
    ? LANGUAGES
    : [...LANGUAGES, { tag: form.language, name: form.language }];

  return (
    <div className="editor">
      <header className="editor-header">
        <p className="breadcrumbs">
          <Link href={listHref}>{isPage ? "Pages" : "Posts"}</Link>
        </p>
        <h1>{form.title.trim() || (isPage ? "Untitled page" : "Untitled post")}</h1>
        <div className="editor-save">
          <SaveStatusText status={status} />
          {post.permissions.canEdit ? (
            <button
              type="button"
              className="button"
              disabled={status.kind === "conflict"}
              onClick={() => void draft.save()}
              aria-keyshortcuts="Control+S Meta+S"
            >
              Save
            </button>
          ) : null}
        </div>
      </header>

      {!post.permissions.canEdit ? (
        <p className="notice">
          You can read this post but not change it in its current status
          {post.status === "IN_REVIEW" ? " (it is waiting for review)" : ""}.
        </p>
      ) : null}
      {draft.unsavedCopy && status.kind !== "conflict" && post.permissions.canEdit ? (
        <LocalCopyBanner
          at={draft.unsavedCopy.at}
          onRestore={draft.restoreLocalCopy}
          onDiscard={draft.discardLocalCopy}
        />
      ) : null}
      {status.kind === "conflict" ? (
        <ConflictPanel
          theirs={status.theirs}
          mine={form}
          onKeepMine={draft.keepMine}
          onUseTheirs={() => {
            draft.takeTheirs();
            // Their save may also have moved the post in the workflow.
            router.refresh();
          }}
        />
      ) : null}
      {formErrors.length > 0 ? (
        <p className="notice notice-danger" role="alert">
          {formErrors.join(" ")}
        </p>
      ) : null}

      <form
        className="editor-layout"
        onSubmit={(e) => {
          e.preventDefault();
          void draft.save();
        }}
        aria-label={isPage ? "Page" : "Post"}
      >
        <fieldset className="editor-main" disabled={readOnly}>
          <legend className="visually-hidden">Text</legend>
          <Field id="post-title" label="Title" errors={errorsOf("title")} className="field-title">
            <input
              {...describedBy("post-title", { errors: errorsOf("title") })}
              name="title"
              value={form.title}
              onChange={(e) => update({ title: e.currentTarget.value })}
            />
          </Field>
          <SlugField
            postId={post.id}
            prefix={isPage ? "/" : "/articles/"}
            slug={form.slug}
            errors={errorsOf("slug")}
            disabled={readOnly}
            onChange={(slug) => update({ slug })}
          />
          <Field
            id="post-standfirst"
            label="Standfirst"
            hint={
              isPage
                ? "Optional: a sentence under the title."
                : "One or two sentences under the title that say what the piece is about."
            }
            errors={errorsOf("standfirst")}
          >
            <textarea
              {...describedBy("post-standfirst", { hint: true, errors: errorsOf("standfirst") })}
              rows={3}
              value={form.standfirst}
              onChange={(e) => update({ standfirst: e.currentTarget.value })}
            />
          </Field>
          <BodyField
            postId={post.id}
            body={form.body}
            language={form.language}
            errors={errorsOf("body")}
            disabled={readOnly}
            onChange={(body) => update({ body })}
          />
        </fieldset>

        <div className="editor-side">
          <WorkflowPanel
            post={post}
            missing={draft.missing}
            timeZone={timeZone}
            saveFirst={draft.save}
            currentVersion={draft.currentVersion}
            outcome={outcome}
            setOutcome={setOutcome}
            onDeleted={() => {
              draft.forgetLocalCopy();
              router.push(listHref);
            }}
          />
          <NotesPanel postId={post.id} initial={notes} timeZone={timeZone} />
          <fieldset className="editor-details" disabled={readOnly}>
            <legend className="visually-hidden">Details</legend>
            {isPage ? (
              <PageFields
                template={form.template}
                contactId={form.contactId}
                contributors={options.contributors}
                errorsOf={errorsOf}
                onChange={update}
              />
            ) : (
              <ArticleFields
                form={form}
                options={options}
                postId={post.id}
                fieldErrors={fieldErrors}
                readOnly={readOnly}
                update={update}
              />
            )}
            <SeoFields
              seoTitle={form.seoTitle}
              seoDescription={form.seoDescription}
              hashtag={isPage ? null : form.hashtag}
              errorsOf={errorsOf}
              disabled={readOnly}
              onChange={update}
            />
            <Field id="post-language" label="Language of the text" errors={errorsOf("language")}>
              <select
                {...describedBy("post-language", { errors: errorsOf("language") })}
                value={form.language}
                onChange={(e) => update({ language: e.currentTarget.value })}
              >
                {languages.map((l) => (
                  <option key={l.tag} value={l.tag}>
                    {l.name}
                  </option>
                ))}
              </select>
            </Field>
            {isPage ? null : (
              <>
                <div className="field field-check">
                  <input
                    id="post-comments"
                    type="checkbox"
                    checked={form.commentsEnabled}
                    onChange={(e) => update({ commentsEnabled: e.currentTarget.checked })}
                  />
                  <label htmlFor="post-comments">Readers may comment</label>
                </div>
                <div className="field field-check">
                  <input
                    id="post-sign-off"
                    type="checkbox"
                    checked={form.signOff}
                    aria-describedby="post-sign-off-hint"
                    onChange={(e) => update({ signOff: e.currentTarget.checked })}
                  />
                  <label htmlFor="post-sign-off">Sign-off byline at the end</label>
                  <p id="post-sign-off-hint" className="field-hint">
                    Repeats the writers’ names and roles under the article.
                  </p>
                </div>
              </>
            )}
          </fieldset>
        </div>
      </form>
    </div>
  );
}
