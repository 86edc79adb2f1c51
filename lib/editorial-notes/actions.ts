"use server";

import { defineAction } from "../action";
import { addEditorialNote, resolveEditorialNote } from "./data/notes";
import { noteAddSchema, noteResolveSchema } from "./schema";

// Notes change nothing readers see, so no cache is touched.

export const addEditorialNoteAction = defineAction({
  schema: noteAddSchema,
  permission: "post:note",
  handler: (input, viewer) => addEditorialNote(viewer, input),
});

export const resolveEditorialNoteAction = defineAction({
  schema: noteResolveSchema,
  permission: "post:note",
  handler: (input, viewer) => resolveEditorialNote(viewer, input),
});
