"use client";

import { useSyncExternalStore } from "react";
import { formatDate } from "@/lib/i18n";
import { relativeTime } from "@/lib/comments/wording";

// The cached page carries the date; the reader's browser turns it into
// "3 days ago", so a page cached for hours never shows a stale "just now".

const subscribe = () => () => {};

export function RelativeTime({ iso, language }: { iso: string; language: string }) {
  const date = new Date(iso);
  const label = useSyncExternalStore(
    subscribe,
    () => relativeTime(date, new Date(), language),
    () => formatDate(date, language),
  );
  return (
    <time dateTime={iso} title={formatDate(date, language)}>
      {label}
    </time>
  );
}
