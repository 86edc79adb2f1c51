"use client";

import { ShownOnceSecret } from "../shown-once-secret";

/** A new Content API key, shown this once, with a request to try it. */
export function NewKeyPanel({
  name,
  secret,
  apiBase,
  onDone,
}: {
  name: string;
  secret: string;
  apiBase: string;
  onDone: () => void;
}) {
  return (
    <ShownOnceSecret
      title={`Your new key “${name}”`}
      secret={secret}
      example={{ lead: "Try it:", code: `curl -H "Authorization: Bearer ${secret}" ${apiBase}/posts` }}
      wording={{
        field: "The new key",
        copy: "Copy key",
        copied: "Key copied.",
        copyRefused: "Copying is not allowed here: the key is selected, press Ctrl+C (⌘C on a Mac) to copy it.",
        done: "I have copied the key",
      }}
      onDone={onDone}
    >
      <p>
        Copy it now and keep it somewhere safe: it is shown only this once. Anyone who has it can read what the site
        publishes through the Content API, until you revoke it.
      </p>
    </ShownOnceSecret>
  );
}
