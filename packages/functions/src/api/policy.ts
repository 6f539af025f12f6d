import type { Access } from "@cunjing/core/access";
import { appRouter } from "./root";
import type { Meta } from "./trpc";

/**
 * Who may call each procedure, read from the declaration of the verb it calls (core is the one place
 * that says who may do what). `public` marks answers that are public directory data.
 */
export function accessOf(path: string): Access | undefined {
  const procedure = (appRouter._def.procedures as unknown as Record<string, { _def: { meta?: Meta } }>)[path];
  return procedure?._def.meta?.who;
}

export const policy: Record<string, { public: boolean; who: Access }> = Object.fromEntries(
  Object.keys(appRouter._def.procedures).map((path) => {
    const who = accessOf(path) ?? {};
    return [path, { public: who.public === true, who }];
  }),
);
