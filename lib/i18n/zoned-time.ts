// Schedule times are typed in the site's time zone (settings.timeZone) with a
// datetime-local input, which has no zone of its own. These convert between
// that wall-clock text ("2026-12-01T10:30") and real instants, without
// depending on the time zone of the browser or the server.

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

function wallClockParts(instant: number, timeZone: string) {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(instant));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return {
    year: get("year"),
    month: get("month"),
    day: get("day"),
    hour: get("hour"),
    minute: get("minute"),
    second: get("second"),
  };
}

/** Minutes the zone is ahead of UTC at this instant (London in summer: 60). */
export function zoneOffsetMinutes(instant: number, timeZone: string): number {
  const p = wallClockParts(instant, timeZone);
  const wallAsUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((wallAsUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

/**
 * The instant a datetime-local value means in `timeZone`, or null for text
 * that is not a real date and time. A time skipped by a clock change (01:30
 * when clocks jump from 01:00 to 02:00) moves forward by the jump.
 */
export function zonedLocalToUtc(local: string, timeZone: string): Date | null {
  const match = LOCAL.exec(local.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((v) => Number(v ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(wall);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59)
    return null;
  // The offset at the wall-clock time read as UTC is at most one clock change
  // away from the right one; asking again at the corrected instant settles it.
  const guess = wall - zoneOffsetMinutes(wall, timeZone) * 60_000;
  return new Date(wall - zoneOffsetMinutes(guess, timeZone) * 60_000);
}

/** The datetime-local value ("2026-12-01T10:30") showing this instant in `timeZone`. */
export function utcToZonedLocal(instant: Date | string, timeZone: string): string {
  const p = wallClockParts(new Date(instant).getTime(), timeZone);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${p.year}-${two(p.month)}-${two(p.day)}T${two(p.hour)}:${two(p.minute)}`;
}

/** "Tue, 1 Dec 2026, 10:30 GMT": a date and time as staff in the site's zone read it. */
export function formatInZone(instant: Date | string, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone,
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZoneName: "short",
  }).format(new Date(instant));
}

/** "10:42": the time of day of a save, in the browser's own zone (the writer's clock). */
export function formatClockTime(instant: Date | string): string {
  return new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit" }).format(new Date(instant));
}
