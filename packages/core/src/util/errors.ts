/**
 * Errors a user may see. The code is dotted (`officer.not_found`) so clients and tests can match it
 * and the message can be translated; anything that is not a VisibleError is an internal fault.
 */
export class VisibleError extends Error {
  constructor(
    readonly kind: "input" | "not_found" | "conflict" | "forbidden" | "unauthorized" | "unavailable" | "rate_limited",
    readonly code: string,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "VisibleError";
  }
}

export class InputError extends VisibleError {
  constructor(code: string, message: string, fieldErrors?: Record<string, string[]>) {
    super("input", code, message, fieldErrors);
  }
}

export class NotFoundError extends VisibleError {
  constructor(code: string, message = "Not found") {
    super("not_found", code, message);
  }
}

export class ConflictError extends VisibleError {
  constructor(code: string, message: string, fieldErrors?: Record<string, string[]>) {
    super("conflict", code, message, fieldErrors);
  }
}

export class ForbiddenError extends VisibleError {
  constructor(code = "actor.forbidden", message = "You may not do this") {
    super("forbidden", code, message);
  }
}

export class UnauthorizedError extends VisibleError {
  constructor(code = "actor.unauthorized", message = "Sign in first") {
    super("unauthorized", code, message);
  }
}
