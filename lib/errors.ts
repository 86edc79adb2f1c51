// Typed domain errors. Domain code throws these; lib/action.ts and lib/http/error-response.ts
// map them to form messages and HTTP statuses in one place.

export type FieldErrors = Record<string, string[]>;

export class DomainError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
  }
}

export class NotFound extends DomainError {}
export class Forbidden extends DomainError {}
export class Unauthenticated extends DomainError {}
export class RateLimited extends DomainError {}

/** A write based on a stale version; `current` is what is stored now. */
export class Conflict<T = unknown> extends DomainError {
  constructor(
    message: string,
    readonly current?: T,
  ) {
    super(message);
  }
}

/** What error boundaries see of DatabaseUnavailable in production, where React hides the message. */
export const DATABASE_UNAVAILABLE_DIGEST = "MASTHEAD_DATABASE_UNAVAILABLE";

/**
 * The database cannot be reached just now (down, restarting, refusing
 * connections): answered with 503 and a Retry-After, never a 500, because
 * trying again shortly is the right thing to do.
 */
export class DatabaseUnavailable extends DomainError {
  static readonly retryAfterSeconds = 5;
  /** Next keeps a digest the error already has, so the error page can tell this failure apart. */
  readonly digest = DATABASE_UNAVAILABLE_DIGEST;

  /**
   * Recognised by its digest, not its prototype: the one database client is
   * created by whichever server bundle (instrumentation, proxy, pages, route
   * handlers) asks first, so what it throws may come from another bundle's
   * copy of this class.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return (
      typeof value === "object" &&
      value !== null &&
      (value as { digest?: unknown }).digest === DATABASE_UNAVAILABLE_DIGEST
    );
  }

  constructor(
    message = "The site cannot reach its database just now. Please try again in a few seconds.",
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/**
 * The media store (an S3-compatible bucket) cannot be reached or refuses us
 * just now: a 503, like an unreachable database. The store logs the cause.
 */
export class MediaStorageUnavailable extends DomainError {
  constructor(
    message = "The site cannot reach its media storage just now. Please try again in a few seconds.",
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

export class ValidationError extends DomainError {
  constructor(
    message: string,
    readonly fieldErrors: FieldErrors = {},
  ) {
    super(message);
  }
}

export function httpStatusOf(error: unknown): number {
  if (error instanceof NotFound) return 404;
  if (error instanceof Forbidden) return 403;
  if (error instanceof Unauthenticated) return 401;
  if (error instanceof Conflict) return 409;
  if (error instanceof ValidationError) return 422;
  if (error instanceof RateLimited) return 429;
  if (error instanceof DatabaseUnavailable || error instanceof MediaStorageUnavailable) return 503;
  return 500;
}
