"use client";

import { useEffect, useRef, useState } from "react";
import {
  insertDocumentLink,
  insertFigure,
  insertLink,
  insertShareline,
  type TextEdit,
  toggleHeading,
} from "@/components/admin/editor/markdown-snippets";
import { renderPreviewAction } from "@/lib/posts/actions";
import { MediaPicker } from "@/components/admin/media/media-picker";
import { describedBy } from "@/components/ui/described-by";
import type { AccessibilityFlag } from "@/lib/markdown";
import { AccessibilityReport } from "./accessibility-report";
import { FieldErrors } from "./field";

const PREVIEW_DELAY_MS = 600;

type Preview =
  | { body: string; language: string; html: string; flags: AccessibilityFlag[] }
  | { body: string; language: string; error: string };

/** The Markdown body: a toolbar for the house syntax, the text, and a live preview beside it. */
export function BodyField({
  postId,
  body,
  language,
  errors,
  disabled,
  onChange,
}: {
  postId: string;
  body: string;
  language: string;
  errors: readonly string[];
  disabled: boolean;
  onChange: (body: string) => void;
}) {
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [picking, setPicking] = useState(false);
  const [preview, setPreview] = useState<Preview | null>(null);

  useEffect(() => {
    let current = true;
    const timer = setTimeout(async () => {
      const result = await renderPreviewAction({ body, language, postId }).catch(() => null);
      if (!current) return;
      setPreview(
        result?.ok
          ? { body, language, html: result.data.html, flags: result.data.accessibilityFlags }
          : {
              body,
              language,
              error:
                // A body too complex to render in time says so on the body itself.
                result?.error.fieldErrors.body?.[0] ??
                result?.error.message ??
                "The preview could not be loaded. Your text is safe; it will refresh when you type.",
            },
      );
    }, PREVIEW_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [body, language, postId]);

  function apply(edit: (text: string, start: number, end: number) => TextEdit) {
    const box = textarea.current;
    if (!box) return;
    const result = edit(box.value, box.selectionStart, box.selectionEnd);
    onChange(result.text);
    // Put the cursor back once React has written the new text into the box.
    requestAnimationFrame(() => {
      box.focus();
      box.setSelectionRange(result.selectionStart, result.selectionEnd);
    });
  }

  /** Selects the flagged text in the body, where the writer fixes it. */
  function show(flag: AccessibilityFlag) {
    const box = textarea.current;
    if (!box) return;
    // Blur first: a textarea scrolls to its selection when it gains focus.
    box.blur();
    box.setSelectionRange(flag.start, flag.end);
    box.focus();
  }

  const stale = preview !== null && (preview.body !== body || preview.language !== language);
  return (
    <div className="field body-field">
      <label htmlFor="post-body">Body</label>
      <p id="post-body-hint" className="field-hint">
        Markdown. Start headings at ##. Pull quotes with share links, figures and document links use the buttons below;
        a YouTube or Vimeo address alone on its line becomes a video, and an X, Bluesky, Instagram or LinkedIn post
        address a post that readers load when they choose.
      </p>
      <div className="markdown-toolbar" role="group" aria-label="Formatting">
        <button type="button" disabled={disabled} onClick={() => apply(toggleHeading)}>
          Heading
        </button>
        <button type="button" disabled={disabled} onClick={() => apply((t, s, e) => insertLink(t, s, e))}>
          Link
        </button>
        <button type="button" disabled={disabled} onClick={() => apply(insertShareline)}>
          Shareline
        </button>
        <button type="button" disabled={disabled} onClick={() => setPicking(true)}>
          Figure or document
        </button>
      </div>
      <div className="body-panes">
        <textarea
          ref={textarea}
          {...describedBy("post-body", { hint: true, errors })}
          name="body"
          value={body}
          disabled={disabled}
          rows={24}
          spellCheck
          onChange={(e) => onChange(e.currentTarget.value)}
        />
        {/* Focusable so that a long preview, which scrolls, can be scrolled from the keyboard. */}
        <section
          className="body-preview"
          aria-labelledby="body-preview-title"
          aria-busy={stale || preview === null}
          tabIndex={0}
        >
          <h2 id="body-preview-title" className="body-preview-title">
            Preview{stale ? <span className="form-note"> (updating…)</span> : null}
          </h2>
          {preview === null ? (
            <p className="form-note">Loading preview…</p>
          ) : "error" in preview ? (
            <p className="field-error">{preview.error}</p>
          ) : (
            // The Markdown pipeline's sanitized output, the one place raw HTML is allowed.
            <div className="article-body" dangerouslySetInnerHTML={{ __html: preview.html }} />
          )}
        </section>
      </div>
      <FieldErrors id="post-body" errors={errors} />
      <AccessibilityReport flags={preview && "flags" in preview ? preview.flags : null} stale={stale} onShow={show} />
      <MediaPicker
        open={picking}
        onClose={() => setPicking(false)}
        onSelect={(media) => {
          setPicking(false);
          apply((t, s, e) =>
            media.kind === "document"
              ? insertDocumentLink(t, s, e, media)
              : insertFigure(t, s, e, { src: media.url, alt: media.alt, caption: media.caption, credit: media.credit }),
          );
        }}
      />
    </div>
  );
}
