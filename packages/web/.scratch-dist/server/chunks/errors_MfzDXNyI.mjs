class VisibleError extends Error {
  constructor(kind, code, message, fieldErrors) {
    super(message);
    this.kind = kind;
    this.code = code;
    this.fieldErrors = fieldErrors;
    this.name = "VisibleError";
  }
}
class InputError extends VisibleError {
  constructor(code, message, fieldErrors) {
    super("input", code, message, fieldErrors);
  }
}
class NotFoundError extends VisibleError {
  constructor(code, message = "Not found") {
    super("not_found", code, message);
  }
}
class ConflictError extends VisibleError {
  constructor(code, message, fieldErrors) {
    super("conflict", code, message, fieldErrors);
  }
}
class ForbiddenError extends VisibleError {
  constructor(code = "actor.forbidden", message = "You may not do this") {
    super("forbidden", code, message);
  }
}
class UnauthorizedError extends VisibleError {
  constructor(code = "actor.unauthorized", message = "Sign in first") {
    super("unauthorized", code, message);
  }
}

export { ConflictError as C, ForbiddenError as F, InputError as I, NotFoundError as N, UnauthorizedError as U, VisibleError as V };
