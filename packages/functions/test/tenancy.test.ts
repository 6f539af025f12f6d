import { Auth } from "@cunjing/core/auth/index";
import { Session } from "@cunjing/core/auth/session";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { roles, withActor, type Actor, type Role } from "@cunjing/core/actor";
import { Appointment } from "@cunjing/core/appointment/index";
import { Counter } from "@cunjing/core/counter/index";
import { Outbox } from "@cunjing/core/outbox/index";
import { County } from "@cunjing/core/county/index";
import { Rating, RatingCode } from "@cunjing/core/rating/index";
import { Brand } from "@cunjing/core/brand/index";
import { Story } from "@cunjing/core/story/index";
import { Task } from "@cunjing/core/task/index";
import { User } from "@cunjing/core/user/index";
import { WorkLog } from "@cunjing/core/worklog/index";
import { copyDemo } from "../../../scripts/vitest/demo-copy";
import { demoAccounts, demoPassword } from "../../../scripts/seed/demo-data";
import { policy } from "../src/api/policy";
import { appRouter } from "../src/api/root";
import { createCallerFactory } from "../src/api/trpc";
import { attacks, type Target } from "./tenancy/attacks";
import { seedIntakeTarget } from "./tenancy/intake";
import { randomInt } from "../../../scripts/vitest/random";
import { fullScale } from "../../../scripts/vitest/scale";

/**
 * Every procedure, called by every role of county A (boluo) and by anonymous callers with county
 * B's (huicheng) ids: each call is refused, or answers without a trace of county B.
 */
const denialCodes = new Set(["FORBIDDEN", "NOT_FOUND", "UNAUTHORIZED"]);
const createCaller = createCallerFactory(appRouter);
const procedures = Object.keys(appRouter._def.procedures).map((path) => [path] as const);
let target: Target;
let secrets: string[];
const callers: Array<{ name: string; actor: Actor }> = [
  { name: "anonymous", actor: { type: "public", properties: {} } },
];
let checked = 0;
let leaks = 0;

beforeAll(async () => {
  await copyDemo();
  const system = { type: "system", properties: {} } as const;
  const huicheng = await withActor(system, () => County.bySlug("huicheng"));
  const roster = await withActor({ type: "system", properties: { countyId: huicheng.countyId } }, () =>
    County.roster(),
  );
  const users = await withActor({ type: "system", properties: { countyId: huicheng.countyId } }, () => User.list());
  // One work-log entry in county B, recorded by its own officer.
  const liao = await withActor({ type: "public", properties: {} }, () =>
    Auth.signIn({ county: "huicheng", username: "liao-yanxia", password: demoPassword, ip: "127.0.0.2" }),
  );
  const liaoActor = (await withActor({ type: "public", properties: {} }, () => Session.actorOf(liao.sessionId)))!.actor;
  const entry = await withActor(liaoActor, () =>
    WorkLog.record({
      idempotencyKey: "tenancy-b-entry",
      villageId: liaoActor.properties.villageIds[0]!,
      gridId: "01",
      occurredAt: "2026-01-06T09:00",
      details: { category: "visit", household: "9号" },
    }),
  );
  // One overdue task in county B, with a comment, assigned to its first officer.
  const bTaskTitle = "惠城区专项任务：核查消防通道";
  const bTaskId = await withActor({ type: "system", properties: { countyId: huicheng.countyId } }, async () => {
    const taskId = await Task.create({
      title: bTaskTitle,
      dueDate: Counter.dayOf(Date.now() - 2 * 86_400_000),
      villageId: roster.villages[0]!.villageId,
      officerIds: [roster.officers[0]!.officerId],
    });
    await Task.comment({ taskId, text: "惠城区内部备注" });
    return taskId;
  });
  // One rating of county B's officer, with praise waiting for moderation.
  const bPraise = "惠城区居民的感谢信";
  const bCode = await withActor(liaoActor, () => RatingCode.issue({ workLogId: entry.entryId }));
  const bRating = await withActor({ type: "public", properties: { countyId: huicheng.countyId } }, () =>
    Rating.submit({
      officerId: liaoActor.properties.officerId!,
      idempotencyKey: "tenancy-b-rating",
      overall: 5,
      responsiveness: 5,
      courtesy: 5,
      solved: "yes",
      text: bPraise,
      code: bCode.code,
      ip: "127.0.0.2",
    }),
  );
  const bIntake = await seedIntakeTarget(huicheng.countyId, roster.villages[0]!.villageId);
  // A story and a brand of county B, drafted by its officer and waiting for review.
  const bStoryTitle = "惠城区待审稿件";
  const bDrafts = await withActor(liaoActor, async () => {
    const draft = {
      title: bStoryTitle,
      summary: "惠城区摘要",
      body: "惠城区正文",
      officerIds: [liaoActor.properties.officerId!],
    };
    const story = await Story.draft(draft);
    const brand = await Brand.draft(draft);
    await Story.submit({ refId: story.refId, version: 1 });
    await Brand.submit({ refId: brand.refId, version: 1 });
    return { storyId: story.refId, brandId: brand.refId };
  });
  // One booking with county B's officer, at a desk-hours slot, after the phone check.
  const bResident = { type: "public", properties: { countyId: huicheng.countyId } } as const;
  const bOfficerId = liaoActor.properties.officerId!;
  await withActor(liaoActor, () =>
    Appointment.setDeskHours({
      villageId: liaoActor.properties.villageIds[0]!,
      weekly: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: "09:00", end: "11:00" })),
    }),
  );
  const bSlot = (await withActor(bResident, () => Appointment.freeSlots({ officerId: bOfficerId })))[0]!;
  const bOtp = await withActor(bResident, () =>
    Appointment.requestOtp({ officerId: bOfficerId, phone: "13912345678", ip: "127.0.0.2" }),
  );
  const bOtpSms = (await Outbox.list(huicheng.countyId, 20)).find((m) => m.subject === "appointment-otp")!;
  const bBooking = await withActor(bResident, () =>
    Appointment.book({
      officerId: bOfficerId,
      idempotencyKey: "tenancy-b-booking",
      purpose: "certificate",
      mode: "desk",
      villageId: bSlot.villageId,
      startsAt: bSlot.startsAt,
      phone: "13912345678",
      otp: { otpId: bOtp.otpId, value: /(\d{6})/.exec(bOtpSms.body)![1]! },
      ip: "127.0.0.2",
    }),
  );
  target = {
    ...bIntake.ids,
    countyId: huicheng.countyId,
    slug: huicheng.slug,
    precinctIds: roster.precincts.map((p) => p.precinctId),
    villageIds: roster.villages.map((v) => v.villageId),
    officerIds: roster.officers.map((o) => o.officerId),
    userIds: users.map((u) => u.userId),
    entryIds: [entry.entryId],
    taskIds: [bTaskId],
    ratingIds: [bRating.ratingId],
    storyIds: [bDrafts.storyId],
    brandIds: [bDrafts.brandId],
    appointmentIds: [bBooking.reference],
  };
  secrets = [
    ...Object.values(target)
      .flat()
      .filter((value) => value !== huicheng.slug),
    ...[roster.county, ...roster.precincts, ...roster.villages, ...roster.officers].flatMap((item) => [
      item.nameZh,
      item.nameEn,
    ]),
    ...users.map((u) => u.username),
    bTaskTitle,
    "惠城区内部备注",
    bPraise,
    ...bIntake.secrets,
    bStoryTitle,
  ].filter((value) => value && value.length >= 3);

  // Real sessions for every role of county A.
  const covered = new Set<Role>();
  for (const account of demoAccounts.filter((a) => a.county === "boluo")) {
    const { sessionId } = await withActor({ type: "public", properties: {} }, () =>
      Auth.signIn({ county: "boluo", username: account.username, password: demoPassword, ip: "127.0.0.1" }),
    );
    const resolved = await withActor({ type: "public", properties: {} }, () => Session.actorOf(sessionId));
    callers.push({ name: account.role, actor: resolved!.actor });
    covered.add(account.role);
  }
  expect([...covered].sort()).toEqual(roles.filter((r) => r !== "platform_admin").sort());
});

afterAll(() => {
  console.log(`procedures checked: ${checked}, leaks: ${leaks}`);
});

function call(actor: Actor, path: string, input: unknown) {
  const caller = createCaller({ actor, sameOrigin: true }) as unknown as Record<string, unknown>;
  const procedure = path.split(".").reduce<any>((node, key) => node[key], caller);
  return procedure(input) as Promise<unknown>;
}

describe("tenant isolation", () => {
  it("has attacks for every procedure", () => {
    expect(procedures.map(([path]) => path).filter((path) => !attacks[path])).toEqual([]);
  });

  // `npm test` attacks each procedure anonymously and as one role of county A drawn from the run's
  // seed (TEST_SEED); `npm run test:slow` as every role.
  it(`refuses county B's data to ${fullScale ? "every role" : "a drawn role"} of county A and to anonymous callers`, async () => {
    const problems: string[] = [];
    for (const [path] of procedures) {
      const attackers = fullScale ? callers : [callers[0]!, callers[randomInt(1, callers.length - 1)]!];
      for (const input of attacks[path]!(target)) {
        for (const { name, actor } of attackers) {
          let body: string;
          try {
            body = JSON.stringify(await call(actor, path, input)) ?? "";
          } catch (error) {
            if (!(error instanceof TRPCError) || !denialCodes.has(error.code)) {
              problems.push(
                `${path} as ${name}: unexpected ${error instanceof TRPCError ? error.code : String(error)}`,
              );
              continue;
            }
            body = JSON.stringify({ code: error.code, message: error.message });
          }
          if (!policy[path]?.public) {
            const leaked = secrets.filter((secret) => body.includes(secret));
            if (leaked.length) {
              leaks++;
              problems.push(`${path} as ${name} leaked ${leaked.join(", ")}`);
            }
          }
        }
      }
      checked++;
    }
    expect(problems).toEqual([]);
    expect(checked).toBe(procedures.length);
  });
});
