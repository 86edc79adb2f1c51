import { formatClockTime } from "@/lib/i18n/zoned-time";

/** Offers text this browser kept but the server never confirmed (a crash, a lost connection, a closed tab). */
export function LocalCopyBanner({
  at,
  onRestore,
  onDiscard,
}: {
  at: string;
  onRestore: () => void;
  onDiscard: () => void;
}) {
  return (
    <section className="notice notice-warning" aria-labelledby="local-copy-title">
      <h2 id="local-copy-title">Unsaved text found in this browser</h2>
      <p>This browser kept changes to this post from {formatClockTime(at)} that never reached the server.</p>
      <p className="row-buttons">
        <button type="button" className="button button-primary" onClick={onRestore}>
          Restore my unsaved text
        </button>
        <button type="button" className="button" onClick={onDiscard}>
          Discard it
        </button>
      </p>
    </section>
  );
}
