import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@cunjing/core/actor";
import { appRouter } from "../../functions/src/api/root";
import { createCallerFactory } from "../../functions/src/api/trpc";
import { copyDemo } from "../../../scripts/vitest/demo-copy";
import { randomInt } from "../../../scripts/vitest/random";
import { fullScale } from "../../../scripts/vitest/scale";
import { startSiteServer, type SiteServer } from "../../../scripts/site-server";
import { attackersFor, type Attacker } from "./tenancy/attackers";
import { doorName, forms, type FormDoor, type FormPost } from "./tenancy/forms/index";
import { privateKeysIn, refusedOverHttp, secretsIn } from "./tenancy/judge";
import { pages } from "./tenancy/pages";
import { isPublicProcedure } from "./tenancy/policy";
import { attacks } from "./tenancy/procedures/attacks";
import { changed, snapshot } from "./tenancy/snapshot";
import { consoleRoutes, intentValues, writingRoutes } from "./tenancy/sources";
import { seedCountyB, seedOtherPrecinct, type TargetSet } from "./tenancy/targets";

/**
 * Every door of the product — tRPC procedures in-process, console pages and form posts over HTTP
 * against the built site — tried by every role of county A (boluo), by anonymous callers, and, inside
 * county A, by a supervisor of another precinct and an officer of other villages. County A's callers
 * use county B's (huicheng) ids; the two insiders also the demo precinct chengzhen's. An answer that
 * reveals a secret of a target set, or a change to an attacked record, is a leak.
 */
const denialCodes = new Set(["FORBIDDEN", "NOT_FOUND", "UNAUTHORIZED"]);
const createCaller = createCallerFactory(appRouter);
const procedures = Object.keys(appRouter._def.procedures).sort();
const isMutation = (path: string) => (appRouter._def.procedures as any)[path]._def.type === "mutation";

let server: SiteServer;
let sets: TargetSet[];
let attackers: Attacker[];
/** `npm test`: anonymous and one attacker drawn from the run's seed; full scale: every attacker. */
let drawn: Attacker[];
const cookies = new Map<string, string | undefined>();
const counted = { procedures: 0, pages: 0, forms: 0, leaks: 0 };

beforeAll(async () => {
  await copyDemo();
  const countyB = await seedCountyB();
  const otherPrecinct = await seedOtherPrecinct();
  sets = [countyB, otherPrecinct];
  attackers = await attackersFor(countyB, otherPrecinct);
  drawn = fullScale ? attackers : [attackers[0]!, attackers[randomInt(1, attackers.length - 1)]!];
  server = await startSiteServer({ endpoint: process.env.DYNAMODB_ENDPOINT!, tableName: process.env.TABLE_NAME! });
  for (const attacker of attackers) cookies.set(attacker.name, await attacker.signIn?.(server.base));
});

afterAll(async () => {
  console.log(
    `procedures checked: ${counted.procedures}, pages checked: ${counted.pages}, forms checked: ${counted.forms}, leaks: ${counted.leaks}`,
  );
  await server?.stop();
});

const secretsOf = (attacker: Attacker) => [...new Set(attacker.targets.flatMap((set) => set.secrets))];

/** Records a leak; `problems` collects leaks and unexpected answers for the test's verdict. */
function leak(problems: string[], text: string) {
  counted.leaks++;
  problems.push(`LEAK ${text}`);
}

type Watch = { last: Map<string, string>; since: string[] };

/** Compares the attacked records with the last snapshot; a difference is a leak of `who`. */
async function checkUnchanged(state: Watch, problems: string[], who: string, attacked = sets) {
  const now = await snapshot(sets);
  // Only the attacker's target sets count: xu-jieshan may change his own desk hours.
  const diff = changed(state.last, now).filter((label) => attacked.some((set) => label.startsWith(`${set.name}:`)));
  if (diff.length) leak(problems, `${who} changed ${diff.join(", ")}`);
  state.last = now;
}

/**
 * After an accepted call the harness looks at once (above); refused calls must not write either,
 * and are checked every few doors (a snapshot takes a few hundred milliseconds), naming the doors.
 */
async function checkDoors(state: Watch, problems: string[], door?: string) {
  if (door) state.since.push(door);
  if (door ? state.since.length < 8 : state.since.length === 0) return;
  await checkUnchanged(state, problems, `one of ${state.since.join(", ")} (refused)`);
  state.since = [];
}

/** The code of a tRPC error (by name: the web and functions packages each have their own copy of tRPC). */
function trpcCode(error: unknown): string | undefined {
  return error instanceof Error && error.name === "TRPCError" ? String((error as { code?: unknown }).code) : undefined;
}

describe("the door tables", () => {
  it("know every procedure, console page, writing page and form intent", () => {
    expect(
      procedures.filter((path) => !attacks[path]),
      "procedures without attacks",
    ).toEqual([]);
    const routes = consoleRoutes();
    expect(
      routes.filter((route) => !pages[route]),
      "console pages not in the page table",
    ).toEqual([]);
    expect(
      Object.keys(pages).filter((route) => !routes.includes(route)),
      "page table rows without a page",
    ).toEqual([]);
    const formRoutes = new Set(forms.map((door) => door.route));
    expect(
      writingRoutes().filter((route) => !formRoutes.has(route)),
      "writing pages not in the form table",
    ).toEqual([]);
    const formIntents = new Set(forms.map((door) => door.intent));
    expect(
      intentValues().filter((intent) => !formIntents.has(intent)),
      "intents not in the form table",
    ).toEqual([]);
  });
});

describe("the harness's own eyes", () => {
  // Controls: the owners of the attacked records see them through the same doors, and their writes
  // show in the snapshot, so a quiet harness means refusals, not a blind check.
  it("sees the other precinct's records where they belong: its officer, the county admin, a write", async () => {
    const other = sets[1]!;
    const get = async (who: string, url: string) => {
      const response = await fetch(server.base + url, { headers: { cookie: cookies.get(who)! } });
      return { status: response.status, body: await response.text() };
    };
    const task = await get("xu-jieshan", `/console/tasks/${other.target.taskIds[0]}`);
    expect(task.status).toBe(200);
    expect(secretsIn(task.body, other.secrets)).toContain("城镇所专项任务：核查消防通道");
    const precinct = await get("boluo.admin", `/console/onboarding/precincts/${other.target.precinctIds[0]}`);
    expect(precinct.status).toBe(200);
    expect(secretsIn(precinct.body, other.secrets)).toContain("boluo.supervisor");

    const before = await snapshot(sets);
    const response = await fetch(`${server.base}/console/tasks/${other.target.taskIds[0]}`, {
      method: "POST",
      redirect: "manual",
      headers: {
        origin: server.base,
        cookie: cookies.get("xu-jieshan")!,
        "content-type": "application/x-www-form-urlencoded",
      },
      body: new URLSearchParams({ intent: "comment", taskId: other.target.taskIds[0]!, text: "own comment" }),
    });
    expect(response.status).toBe(303);
    expect(changed(before, await snapshot(sets))).toEqual([`other precinct: task ${other.target.taskIds[0]}`]);
  });
});

describe("tenant isolation at every door", () => {
  function call(actor: Actor, path: string, input: unknown) {
    const caller = createCaller({ actor, sameOrigin: true }) as unknown as Record<string, unknown>;
    const procedure = path.split(".").reduce<any>((node, key) => node[key], caller);
    return procedure(input) as Promise<unknown>;
  }

  it(`procedures refuse foreign records to ${fullScale ? "every attacker" : "anonymous and a drawn attacker"}`, async () => {
    const problems: string[] = [];
    const state: Watch = { last: await snapshot(sets), since: [] };
    for (const path of procedures) {
      for (const attacker of drawn) {
        const secrets = secretsOf(attacker);
        for (const set of attacker.targets) {
          for (const input of attacks[path]!(set.target)) {
            const who = `${path} as ${attacker.name} (${set.name})`;
            let body: string;
            let refused = false;
            try {
              body = JSON.stringify(await call(attacker.actor, path, input)) ?? "";
            } catch (error) {
              const code = trpcCode(error);
              if (!code || !denialCodes.has(code)) {
                problems.push(`${who}: unexpected ${code ?? String(error)}`);
                continue;
              }
              refused = true;
              body = JSON.stringify({ code, message: (error as Error).message });
            }
            // Public directory data is anyone's, but never its private fields.
            const leaked = isPublicProcedure(path) ? privateKeysIn(body) : secretsIn(body, secrets);
            if (leaked.length) leak(problems, `${who} revealed ${leaked.join(", ")}`);
            if (!refused && isMutation(path)) await checkUnchanged(state, problems, who, attacker.targets);
          }
        }
      }
      if (isMutation(path)) await checkDoors(state, problems, path);
      counted.procedures++;
    }
    await checkDoors(state, problems);
    expect(problems).toEqual([]);
    expect(counted.procedures).toBe(procedures.length);
  });

  it(`console pages refuse foreign records to ${fullScale ? "every attacker" : "anonymous and a drawn attacker"}`, async () => {
    const problems: string[] = [];
    for (const route of Object.keys(pages).sort()) {
      for (const attacker of drawn) {
        const secrets = secretsOf(attacker);
        for (const set of attacker.targets) {
          for (const url of pages[route]!(set.target)) {
            const who = `GET ${url} as ${attacker.name} (${set.name})`;
            const response = await fetch(server.base + url, {
              redirect: "manual",
              headers: cookies.get(attacker.name) ? { cookie: cookies.get(attacker.name)! } : {},
            });
            const body = await response.text();
            if (response.status >= 500) problems.push(`${who}: ${response.status}`);
            const leaked = secretsIn(body, secrets, decodeURIComponent(url));
            if (leaked.length) leak(problems, `${who} revealed ${leaked.join(", ")}`);
            // A page named by a foreign id must refuse it (303 to sign-in, 403, 404), not serve it.
            if (route.includes("[") && !refusedOverHttp(response.status, response.headers.get("location"))) {
              leak(problems, `${who} answered ${response.status}`);
            }
          }
        }
      }
      counted.pages++;
    }
    expect(problems).toEqual([]);
  });

  async function send(post: FormPost, cookie: string | undefined) {
    const headers: Record<string, string> = { origin: server.base, ...(cookie ? { cookie } : {}) };
    let body: BodyInit | undefined;
    if (post.method === "PUT") {
      body = new Uint8Array([137, 80, 78, 71]);
      headers["content-type"] = "image/png";
    } else if (post.file) {
      const form = new FormData();
      for (const [name, value] of Object.entries(post.fields ?? {})) {
        for (const item of [value].flat()) form.append(name, item);
      }
      form.append(post.file.field, new Blob([post.file.text], { type: "text/csv" }), post.file.name);
      body = form;
    } else {
      const form = new URLSearchParams();
      for (const [name, value] of Object.entries(post.fields ?? {})) {
        for (const item of [value].flat()) form.append(name, item);
      }
      body = form;
      headers["content-type"] = "application/x-www-form-urlencoded";
    }
    return fetch(server.base + post.path, { method: post.method ?? "POST", redirect: "manual", headers, body });
  }

  it(`forms change nothing foreign for ${fullScale ? "every attacker" : "anonymous and a drawn attacker"}`, async () => {
    const problems: string[] = [];
    const state: Watch = { last: await snapshot(sets), since: [] };
    // Doors that end a session last, so the others keep the attackers' sessions.
    const ordered: FormDoor[] = [...forms.filter((d) => !d.freshSession), ...forms.filter((d) => d.freshSession)];
    for (const door of ordered) {
      for (const attacker of drawn) {
        const secrets = secretsOf(attacker);
        const targetSets =
          door.public || door.foreignCountyOnly
            ? attacker.targets.filter((set) => set.name === "county B")
            : attacker.targets;
        for (const set of targetSets) {
          const cookie = door.freshSession ? await attacker.signIn?.(server.base) : cookies.get(attacker.name);
          for (const post of door.posts(set.target)) {
            const who = `${doorName(door)} (${post.method ?? "POST"} ${post.path}) as ${attacker.name} (${set.name})`;
            const response = await send(post, cookie);
            const body = await response.text();
            if (response.status >= 500) problems.push(`${who}: ${response.status}`);
            const leaked = secretsIn(body, secrets, decodeURIComponent(post.path) + JSON.stringify(post.fields ?? {}));
            if (leaked.length) leak(problems, `${who} revealed ${leaked.join(", ")}`);
            const refused = refusedOverHttp(response.status, response.headers.get("location"));
            if (door.refuses && !refused) leak(problems, `${who} was accepted (${response.status})`);
            if (!refused) await checkUnchanged(state, problems, who, attacker.targets);
          }
        }
      }
      await checkDoors(state, problems, doorName(door));
      counted.forms++;
    }
    await checkDoors(state, problems);
    expect(problems).toEqual([]);
  });
});
