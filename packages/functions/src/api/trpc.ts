import { initTRPC, TRPCError } from "@trpc/server";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";
import { scopeUnder, type Access } from "@cunjing/core/access";
import { withActor, type Actor } from "@cunjing/core/actor";
import { VisibleError } from "@cunjing/core/util/errors";
import { ZodError, ZodVoid } from "zod";
import type * as z from "zod";

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

/** The declaration of the verb a procedure calls: the gate reads it before anything runs. */
export type Meta = { who?: Access };

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
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

/**
 * The verb's own declaration decides before the input is read: a visitor gets 401 and a signed-in
 * user 403 for what their role may not call. The verb checks it again whatever the door; reading it
 * here keeps refused callers from learning anything from validation. Mutations must come from our
 * own pages.
 */
const gate = t.middleware(({ ctx, path, type, meta, next }) => {
  if (!meta?.who) {
    console.error(JSON.stringify({ level: "error", message: "procedure without a verb declaration", path }));
    throw new TRPCError({ code: "FORBIDDEN", message: "You may not do this" });
  }
  if (!scopeUnder(meta.who, ctx.actor)) {
    throw ctx.actor.type === "user"
      ? new TRPCError({ code: "FORBIDDEN", message: "You may not do this" })
      : new TRPCError({ code: "UNAUTHORIZED", message: "Sign in first" });
  }
  if (type === "mutation" && !ctx.sameOrigin) {
    throw new TRPCError({ code: "FORBIDDEN", message: "Cross-origin requests are refused" });
  }
  return next();
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
/** Every procedure goes through the gate; one without a verb's declaration is refused. */
export const procedure = t.procedure.use(gate).use(actorContext);

type Verb = ((input: any) => Promise<unknown>) & { schema: z.ZodType; who: Access };

/**
 * The procedure of a verb: its declaration for the gate, and its schema for the input (none for a
 * verb without input, so a query string without `input` is not refused).
 */
function verbProcedure<V extends Verb>(verb: V) {
  const declared = procedure.meta({ who: verb.who });
  return (verb.schema instanceof ZodVoid ? declared : declared.input(verb.schema)) as ReturnType<
    typeof declared.input<V["schema"]>
  >;
}

/** A query that calls one verb with its own schema and declaration. */
export function query<V extends Verb>(verb: V) {
  return verbProcedure(verb).query<Awaited<ReturnType<V>>>(
    ({ input }) => verb(input) as Promise<Awaited<ReturnType<V>>>,
  );
}

/** A query that calls one verb and shapes its answer for the wire. */
export function queryMapped<V extends Verb, Out>(verb: V, map: (result: Awaited<ReturnType<V>>) => Out | Promise<Out>) {
  return verbProcedure(verb).query<Out>(async ({ input }) => map((await verb(input)) as Awaited<ReturnType<V>>));
}

/**
 * A mutation that calls one verb with its own schema and declaration; `prepare` loads what the schema
 * validates against (the region codes) before the input is read.
 */
export function mutation<V extends Verb>(verb: V, prepare?: () => Promise<void>) {
  const prepared = procedure.meta({ who: verb.who }).use(async ({ next }) => {
    await prepare?.();
    return next();
  });
  return prepared
    .input(verb.schema as V["schema"])
    .mutation<Awaited<ReturnType<V>>>(({ input }) => verb(input) as Promise<Awaited<ReturnType<V>>>);
}
