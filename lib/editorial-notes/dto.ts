// Editorial notes as staff see them: threads, newest activity kept in order
// of writing. Names only, never email addresses.

export interface EditorialNoteView {
  id: string;
  author: string;
  body: string;
  createdAt: string;
  /** The post's version when it was written. */
  postVersion: number;
}

export interface EditorialThread extends EditorialNoteView {
  replies: EditorialNoteView[];
  resolved: { at: string; by: string } | null;
}
