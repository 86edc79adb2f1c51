"use client";

import { createContext, useContext } from "react";
import type { ActionResult } from "@/lib/action";
import type { ReaderCommentState, ReportReason } from "@/lib/comments/reader/dto";
import type { Translate } from "@/lib/i18n";

// What the island shares with the per-comment buttons rendered inside the
// server-rendered thread.

export type Failure = Extract<ActionResult<unknown>, { ok: false }>["error"];

export interface CommentsContextValue {
  t: Translate;
  language: string;
  reader: ReaderCommentState | null;
  replyingTo: string | null;
  setReplyingTo: (id: string | null) => void;
  create: (body: string, options: { parentId?: string; honeypot: string }) => Promise<Failure | null>;
  edit: (id: string, body: string) => Promise<Failure | null>;
  remove: (id: string) => Promise<Failure | null>;
  report: (commentId: string, reason: ReportReason, note: string) => Promise<Failure | null>;
}

export const CommentsContext = createContext<CommentsContextValue | null>(null);

export function useComments(): CommentsContextValue {
  const value = useContext(CommentsContext);
  if (!value) throw new Error("useComments outside <CommentsIsland>");
  return value;
}
