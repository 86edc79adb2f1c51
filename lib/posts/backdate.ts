// The one rule of backdating both the editor and the server apply: a
// publication date in the future is scheduling, which has its own move.

export const FUTURE_REFUSAL = "Choose a date and time in the past. To publish later, unpublish and use Schedule.";

export const isInFuture = (at: Date, now: Date = new Date()) => at.getTime() > now.getTime();
