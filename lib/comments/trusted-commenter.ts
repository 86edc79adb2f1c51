// The trusted-commenter rule, in one place for the moderation page (which
// shows who is trusted) and for posting (which lets their comments skip the
// queue): at least `threshold` approved comments and none rejected. Spam
// counts as rejected, since a moderator turned the comment down either way.

export function isTrustedCommenter(
  history: { approved: number; rejected: number; spam: number },
  threshold: number | null,
): boolean {
  return threshold !== null && history.approved >= threshold && history.rejected === 0 && history.spam === 0;
}
