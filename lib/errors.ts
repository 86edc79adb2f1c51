// Typed domain errors. Domain code throws these; lib/action.ts and lib/http/error-response.ts
// map them to form messages and HTTP statuses in one place.

export type FieldErrors = Record<string, string[]>;

export class DomainError extends Error {
  constructor(message: string) {
    super(message);
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
  return 500;
}
