"use client";

import { useEffect, useEffectEvent, useReducer, useState, useSyncExternalStore } from "react";
import { DraftSaver, type SendOutcome } from "@/components/admin/editor/draft-saver";
import {
  type EditorForm,
  formFieldErrors,
  formFromPost,
  sameFields,
  toFieldsInput,
} from "@/components/admin/editor/editor-form";
import type { FieldErrors } from "@/lib/errors";
import { savePostAction } from "@/lib/posts/actions";
import type { EditablePost } from "@/lib/posts/dto";
import type { SaveResult } from "@/lib/posts/dto";

export type SaveStatus =
  | { kind: "saved"; at: string | null }
  | { kind: "dirty" }
  | { kind: "saving" }
  | { kind: "retrying" }
  | { kind: "invalid"; message: string }
  | { kind: "refused"; message: string }
  | { kind: "conflict"; theirs: EditablePost };

/** Text kept in this browser until the server confirms it: the last resort if everything else fails. */
interface LocalCopy {
  fields: EditorForm;
  baseVersion: number;
  at: string;
}

const localKey = (postId: string) => `masthead:post-draft:${postId}`;

function keepLocally(postId: string, copy: LocalCopy): void {
  try {
    localStorage.setItem(localKey(postId), JSON.stringify(copy));
  } catch {
    /* storage full or disabled: the server copy still comes */
  }
}

function forgetLocally(postId: string): void {
  try {
    localStorage.removeItem(localKey(postId));
  } catch {
    /* nothing kept */
  }
}

function parseLocalCopy(raw: string | null): LocalCopy | null {
  if (!raw) return null;
  try {
    const copy = JSON.parse(raw) as LocalCopy;
    if (!copy || typeof copy.baseVersion !== "number" || !copy.fields || typeof copy.fields.body !== "string") {
      return null;
    }
    // A copy kept before the editor had "Read more" choices has none.
    return { ...copy, fields: { ...copy.fields, related: copy.fields.related ?? [] } };
  } catch {
    return null;
  }
}

const subscribeToStorage = (onChange: () => void) => {
  window.addEventListener("storage", onChange);
  return () => window.removeEventListener("storage", onChange);
};

async function send(
  postId: string,
  form: EditorForm,
  version: number,
  autosave: boolean,
): Promise<SendOutcome<SaveResult>> {
  const result = await savePostAction({ postId, version, autosave, fields: toFieldsInput(form) });
  if (result.ok) return { kind: "saved", version: result.data.version, result: result.data };
  switch (result.error.code) {
    case "conflict":
      return { kind: "conflict", current: result.error.current };
    case "validation":
      return { kind: "invalid", message: result.error.message, fieldErrors: result.error.fieldErrors };
    case "server":
    case "unavailable":
      return { kind: "unreachable" };
    case "unauthenticated":
      return {
        kind: "refused",
        message:
          "you have been signed out. Your text is kept in this browser: sign in again in another tab, then save.",
      };
    default:
      return { kind: "refused", message: result.error.message };
  }
}

/**
 * The post being edited: form state, autosave with status, field errors from
 * the server, the conflict when someone else saved first, and the copy kept in
 * this browser until the server has the text.
 */
export function usePostDraft(post: EditablePost) {
  const [form, setForm] = useState(() => formFromPost(post));
  const [status, setStatus] = useState<SaveStatus>({ kind: "saved", at: null });
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [missing, setMissing] = useState(post.missingForPublish);
  const [saver] = useState(
    () =>
      new DraftSaver<EditorForm, SaveResult>({
        fields: formFromPost(post),
        version: post.version,
        send: (fields, version, autosave) => send(post.id, fields, version, autosave),
        onEvent: (event, self) => {
          switch (event.type) {
            case "dirty":
              setStatus((s) => (s.kind === "saving" ? s : { kind: "dirty" }));
              break;
            case "saving":
              setStatus({ kind: "saving" });
              break;
            case "retrying":
              setStatus({ kind: "retrying" });
              break;
            case "invalid":
              setFieldErrors(formFieldErrors(event.fieldErrors));
              setStatus({ kind: "invalid", message: event.message });
              break;
            case "refused":
              setStatus({ kind: "refused", message: event.message });
              break;
            case "conflict":
              setStatus({ kind: "conflict", theirs: event.current as EditablePost });
              break;
            case "saved": {
              setFieldErrors({});
              setMissing(event.result.missingForPublish);
              setStatus(event.clean ? { kind: "saved", at: event.result.savedAt } : { kind: "dirty" });
              if (event.clean) forgetLocally(post.id);
              // An empty slug is filled from the title by the server: show it unless the writer has typed one since.
              const latest = self.latestFields;
              if (latest.slug === event.sent.slug && event.result.slug !== latest.slug) {
                const amended = { ...latest, slug: event.result.slug };
                self.amend(amended);
                setForm(amended);
                // The kept copy must match the form, or it would look like text the server never had.
                if (!event.clean)
                  keepLocally(post.id, {
                    fields: amended,
                    baseVersion: self.baseVersion,
                    at: new Date().toISOString(),
                  });
              }
              break;
            }
          }
        },
      }),
  );

  const [, rereadStorage] = useReducer((n: number) => n + 1, 0);
  const localRaw = useSyncExternalStore(
    subscribeToStorage,
    () => localStorage.getItem(localKey(post.id)),
    () => null,
  );
  const localCopy = parseLocalCopy(localRaw);
  // A copy that differs from what the form shows is text the server never confirmed.
  const unsavedCopy = localCopy && !sameFields(localCopy.fields, form) ? localCopy : null;

  function update(patch: Partial<EditorForm>) {
    const next = { ...saver.latestFields, ...patch };
    setForm(next);
    keepLocally(post.id, { fields: next, baseVersion: saver.baseVersion, at: new Date().toISOString() });
    saver.change(next);
  }

  const save = () => saver.save(false);

  function keepMine() {
    if (status.kind !== "conflict") return;
    void saver.keepMine(status.theirs.version);
  }

  function takeTheirs() {
    if (status.kind !== "conflict") return;
    const theirs = formFromPost(status.theirs);
    saver.takeTheirs(theirs, status.theirs.version);
    forgetLocally(post.id);
    setForm(theirs);
    setFieldErrors({});
    setMissing(status.theirs.missingForPublish);
    setStatus({ kind: "saved", at: status.theirs.updatedAt });
  }

  function restoreLocalCopy() {
    if (!unsavedCopy) return;
    setForm(unsavedCopy.fields);
    saver.restore(unsavedCopy.fields, unsavedCopy.baseVersion);
  }

  function discardLocalCopy() {
    forgetLocally(post.id);
    rereadStorage();
  }

  const onBeforeUnload = useEffectEvent((event: BeforeUnloadEvent) => {
    if (saver.hasUnsavedChanges || status.kind === "conflict") event.preventDefault();
  });
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === "s") {
      event.preventDefault();
      void saver.save(false);
    }
  });
  useEffect(() => {
    const unload = (e: BeforeUnloadEvent) => onBeforeUnload(e);
    const keys = (e: KeyboardEvent) => onKeyDown(e);
    window.addEventListener("beforeunload", unload);
    window.addEventListener("keydown", keys);
    return () => {
      window.removeEventListener("beforeunload", unload);
      window.removeEventListener("keydown", keys);
    };
  }, []);
  useEffect(() => {
    saver.start();
    return () => saver.stop();
  }, [saver]);

  return {
    form,
    update,
    status,
    fieldErrors,
    missing,
    save,
    keepMine,
    takeTheirs,
    unsavedCopy,
    restoreLocalCopy,
    discardLocalCopy,
    forgetLocalCopy: () => forgetLocally(post.id),
    /** The version workflow actions must name; read only in event handlers. */
    currentVersion: () => saver.baseVersion,
  };
}
