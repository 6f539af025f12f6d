import { initTRPC, TRPCError } from "@trpc/server";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";
import { withActor, type Actor } from "@cunjing/core/actor";
import { VisibleError } from "@cunjing/core/util/errors";
import { ZodError } from "zod";
import { decide, policy, type Caller } from "./policy";

export type Context = { actor: Actor; sameOrigin: boolean };

const codeOfKind: Record<VisibleError["kind"], TRPC_ERROR_CODE_KEY> = {
  input: "BAD_REQUEST",
  not_found: "NOT_FOUND",
  conflict: "CONFLICT",
  forbidden: "FORBIDDEN",
  unauthorized: "UNAUTHORIZED",
  unavailable: "SERVICE_UNAVAILABLE",
  rate_limited: "TOO_MANY_REQUESTS",
};

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    const visible = cause instanceof VisibleError ? cause : undefined;
    // Every rejected input names what was wrong, also when the body was not even JSON.
    const malformed =
      error.code === "PARSE_ERROR" || (error.code === "BAD_REQUEST" && !visible && !(cause instanceof ZodError));
    const fieldErrors =
      cause instanceof ZodError
        ? fieldErrorsOf(cause)
        : (visible?.fieldErrors ?? (malformed ? { _: ["The request could not be read as JSON input"] } : undefined));
    const internal = error.code === "INTERNAL_SERVER_ERROR";
    // Never return internals: no stack, and a fixed message for faults.
    return {
      message: internal
        ? "Internal error"
        : (visible?.message ?? (fieldErrors ? "The input is invalid" : shape.message)),
      code: shape.code,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        errorCode: visible?.code ?? (fieldErrors ? "input.invalid" : undefined),
        fieldErrors,
      },
    };
  },
});

function fieldErrorsOf(error: ZodError) {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const path = issue.path.length ? issue.path.join(".") : "_";
    (fieldErrors[path] ??= []).push(issue.message);
  }
  return fieldErrors;
}

/** Runs the procedure inside the caller's actor and turns core errors into tRPC errors. */
const actorContext = t.middleware(async ({ ctx, next }) => {
  const result = await withActor(ctx.actor, () => next());
  if (!result.ok && result.error.cause instanceof VisibleError) {
    const cause = result.error.cause;
    throw new TRPCError({ code: codeOfKind[cause.kind], message: cause.message, cause });
  }
  return result;
});

/** The policy table decides before any procedure runs; mutations must come from our own pages. */
const policyGate = t.middleware(({ ctx, path, type, next }) => {
  const caller: Caller = ctx.actor.type === "user" ? ctx.actor.properties.role : "anonymous";
  if (!(path in policy)) {
    console.error(JSON.stringify({ level: "error", message: "procedure without a policy entry", path }));
    throw new TRPCError({ code: "FORBIDDEN", message: "You may not do this" });
  }
  if (decide(path, caller) === "deny") {
    throw caller === "anonymous"
      ? new TRPCError({ code: "UNAUTHORIZED", message: "Sign in first" })
      : new TRPCError({ code: "FORBIDDEN", message: "You may not do this" });
  }
  if (type === "mutation" && !ctx.sameOrigin) {
    throw new TRPCError({ code: "FORBIDDEN", message: "Cross-origin requests are refused" });
  }
  return next();
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
/** Every procedure goes through the policy table; there is no way around it. */
export const procedure = t.procedure.use(policyGate).use(actorContext);
