/** The last workflow move's confirmation or refusal; held by PostEditor, which outlives the form's restart after a move. */
export type Outcome = { kind: "done" | "error"; message: string } | null;
