"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { decideCommentsAction, undoLastDecisionAction } from "@/lib/comments/moderation/actions";
import type { ModerationItem as Item } from "@/lib/comments/moderation/dto";
import { MODERATION_DECISIONS, type ModerationDecision } from "@/lib/comments/moderation/schema";
import type { Notice } from "./author-summary";
import { availableDecisions, DECISION_VERBS, decisionDone, undoDone } from "./decision-wording";
import { EditCommentDialog } from "./edit-comment-dialog";
import { ModerationItem } from "./moderation-item";
import { type ModerationKey, useModerationKeys } from "./use-moderation-keys";

const DECISION_OF_KEY: Partial<Record<ModerationKey, ModerationDecision>> = { a: "approve", r: "reject", s: "spam" };

const OFFLINE = "Could not reach the server. Nothing changed; please try again.";

/**
 * A queue page: the comments with their decisions, selection and bulk
 * decisions, the undo bar, the edit dialog and the keyboard shortcuts.
 */
export function ModerationBoard({
  items,
  timeZone,
  empty,
}: {
  items: Item[];
  timeZone: string;
  /** Shown instead of the list when the queue is empty; the notice and its Undo stay, so deciding on the last comment can still be undone. */
  empty: React.ReactNode;
}) {
  const router = useRouter();
  const [busy, startTransition] = useTransition();
  const [focusIndex, setFocusIndex] = useState(0);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [notice, setNotice] = useState<Notice | null>(null);
  const [editing, setEditing] = useState<Item | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const elements = useRef(new Map<string, HTMLElement>());
  // After a decision the acted-on item leaves the queue; focus moves to the one now in its place.
  const refocus = useRef(false);

  const current = Math.max(0, Math.min(focusIndex, items.length - 1));
  const selectedIds = items.filter((item) => selected.has(item.id)).map((item) => item.id);

  useEffect(() => {
    if (!refocus.current) return;
    refocus.current = false;
    const item = items[current];
    if (item) elements.current.get(item.id)?.focus();
  }, [items, current]);

  function focusItem(index: number) {
    const item = items[index];
    if (!item) return;
    setFocusIndex(index);
    const element = elements.current.get(item.id);
    element?.focus();
    element?.scrollIntoView({ block: "nearest" });
  }

  function finish(next: Notice, refresh: boolean) {
    setNotice(next);
    if (refresh) router.refresh();
  }

  function decide(ids: string[], decision: ModerationDecision) {
    if (ids.length === 0) return;
    refocus.current = true;
    startTransition(async () => {
      const result = await decideCommentsAction({ commentIds: ids, decision }).catch(() => null);
      if (!result) return finish({ tone: "error", text: OFFLINE }, false);
      if (!result.ok) return finish({ tone: "error", text: result.error.message }, true);
      setSelected(new Set());
      finish({ tone: "success", text: decisionDone(result.data.decision, result.data.count), undoable: true }, true);
    });
  }

  function undo() {
    startTransition(async () => {
      const result = await undoLastDecisionAction({}).catch(() => null);
      if (!result) return finish({ tone: "error", text: OFFLINE }, false);
      if (!result.ok) return finish({ tone: "error", text: result.error.message }, false);
      finish({ tone: "success", text: undoDone(result.data) }, true);
    });
  }

  function toggle(id: string, on: boolean) {
    setSelected((previous) => {
      const next = new Set(previous);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  useModerationKeys(editing === null, (key) => {
    const inList = list.current?.contains(document.activeElement) ?? false;
    if (key === "j" || key === "k") return focusItem(inList ? current + (key === "j" ? 1 : -1) : current);
    if (busy) return;
    if (key === "u") return undo();
    const item = items[current];
    if (!item) return;
    if (key === "x") return toggle(item.id, !selected.has(item.id));
    const decision = DECISION_OF_KEY[key]!;
    if (!availableDecisions(item).includes(decision)) {
      return setNotice({
        tone: "error",
        text: `“${DECISION_VERBS[decision]}” would not change this comment: it has that status already and no open reports.`,
      });
    }
    decide([item.id], decision);
  });

  const allSelected = items.length > 0 && selectedIds.length === items.length;

  return (
    <>
      <div className="moderation-notice">
        <p role="status">
          {notice?.tone === "success" ? notice.text : null}
          {notice?.tone === "success" && notice.undoable ? (
            <>
              {" "}
              <button
                type="button"
                className="button button-small"
                onClick={undo}
                disabled={busy}
                aria-keyshortcuts="u"
              >
                Undo
              </button>
            </>
          ) : null}
        </p>
        <p role="alert" className="field-error">
          {notice?.tone === "error" ? notice.text : null}
        </p>
      </div>

      {items.length === 0 ? (
        empty
      ) : (
        <>
          <div className="moderation-bulk" role="group" aria-label="Decide on the selected comments">
            <label className="choice">
              <input
                type="checkbox"
                checked={allSelected}
                ref={(box) => {
                  if (box) box.indeterminate = selectedIds.length > 0 && !allSelected;
                }}
                onChange={(e) =>
                  setSelected(e.currentTarget.checked ? new Set(items.map((item) => item.id)) : new Set())
                }
              />
              Select all on this page
            </label>
            <span className="moderation-bulk-count">{selectedIds.length} selected</span>
            {MODERATION_DECISIONS.map((decision) => (
              <button
                key={decision}
                type="button"
                className={`button button-small decision-${decision}`}
                disabled={busy || selectedIds.length === 0}
                onClick={() => decide(selectedIds, decision)}
              >
                {DECISION_VERBS[decision]} selected
              </button>
            ))}
          </div>

          <ol ref={list} className="moderation-list" aria-busy={busy}>
            {items.map((item, index) => (
              <li key={item.id}>
                <ModerationItem
                  ref={(element) => {
                    if (element) elements.current.set(item.id, element);
                    else elements.current.delete(item.id);
                  }}
                  item={item}
                  focused={index === current}
                  selected={selected.has(item.id)}
                  busy={busy}
                  timeZone={timeZone}
                  onFocusItem={() => setFocusIndex(index)}
                  onSelect={(on) => toggle(item.id, on)}
                  onDecide={(decision) => decide([item.id], decision)}
                  onEdit={() => setEditing(item)}
                  onNotice={finish}
                />
              </li>
            ))}
          </ol>
        </>
      )}

      {editing ? (
        <EditCommentDialog
          item={editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            finish({ tone: "success", text: `Saved your edit of the comment by ${editing.author.name}.` }, true);
          }}
        />
      ) : null}
    </>
  );
}
