import { withActor, type Actor, type UserActor } from "@cunjing/core/actor";
import { Appointment } from "@cunjing/core/appointment/index";
import { Auth } from "@cunjing/core/auth/index";
import { Session } from "@cunjing/core/auth/session";
import { Brand } from "@cunjing/core/brand/index";
import { Counter } from "@cunjing/core/counter/index";
import { County } from "@cunjing/core/county/index";
import { Grid } from "@cunjing/core/grid/index";
import { Outbox } from "@cunjing/core/outbox/index";
import { Rating, RatingCode } from "@cunjing/core/rating/index";
import { Story } from "@cunjing/core/story/index";
import { Task } from "@cunjing/core/task/index";
import { User } from "@cunjing/core/user/index";
import { WorkLog } from "@cunjing/core/worklog/index";
import { demoPassword } from "../../../../scripts/seed/demo-data";
import type { Target } from "./procedures/attacks";
import { seedIntakeTarget } from "./procedures/intake";

export type { Target };

/** One attacked set of records and the strings whose presence in an answer is a leak. */
export type TargetSet = { name: string; countyId: string; target: Target; secrets: string[] };

const publicActor: Actor = { type: "public", properties: {} };
export const system = (countyId: string): Actor => ({ type: "system", properties: { countyId } });

/** A real session of a county's user, resolved to the actor its requests run as. */
export async function sessionActor(county: string, username: string, password = demoPassword) {
  const { sessionId } = await withActor(publicActor, () =>
    Auth.signIn({ county, username, password, ip: "127.0.0.3" }),
  );
  return (await withActor(publicActor, () => Session.actorOf(sessionId)))!.actor as UserActor;
}

/**
 * Seeds, as one officer of a county, one record of every kind a door can name: a work-log entry, an
 * overdue task with a comment, a rating with praise waiting for moderation, an intake form with a
 * registration that raised an alert, a draft story and brand in review, a booking; and a grid note.
 * `label` makes every text unique to this set (e.g. 惠城区 or 城镇所).
 */
export async function seedRecords(slug: string, officerUsername: string, label: string) {
  const { countyId } = await withActor(system(""), () => County.bySlug(slug));
  const officer = await sessionActor(slug, officerUsername);
  const officerId = officer.properties.officerId!;
  const villageId = officer.properties.villageIds[0]!;
  const key = (what: string) => `tenancy-${slug}-${officerUsername}-${what}`;

  const entry = await withActor(officer, () =>
    WorkLog.record({
      idempotencyKey: key("entry"),
      villageId,
      gridId: "01",
      occurredAt: "2026-01-06T09:00",
      details: { category: "visit", household: `${label}9号` },
    }),
  );
  const taskTitle = `${label}专项任务：核查消防通道`;
  const taskComment = `${label}内部备注`;
  const taskId = await withActor(system(countyId), async () => {
    const id = await Task.create({
      title: taskTitle,
      dueDate: Counter.dayOf(Date.now() - 2 * 86_400_000),
      villageId,
      officerIds: [officerId],
    });
    await Task.comment({ taskId: id, text: taskComment });
    return id;
  });
  const praise = `${label}居民的感谢信`;
  const code = await withActor(officer, () => RatingCode.issue({ workLogId: entry.entryId }));
  const rating = await withActor({ type: "public", properties: { countyId } }, () =>
    Rating.submit({
      officerId,
      idempotencyKey: key("rating"),
      overall: 5,
      responsiveness: 5,
      courtesy: 5,
      solved: "yes",
      text: praise,
      code: code.code,
      ip: "127.0.0.2",
    }),
  );
  const intake = await seedIntakeTarget(countyId, villageId, label);
  const storyTitle = `${label}待审稿件`;
  const drafts = await withActor(officer, async () => {
    const draft = { title: storyTitle, summary: `${label}摘要`, body: `${label}正文`, officerIds: [officerId] };
    const story = await Story.draft(draft);
    const brand = await Brand.draft(draft);
    await Story.submit({ refId: story.refId, version: 1 });
    await Brand.submit({ refId: brand.refId, version: 1 });
    return { storyId: story.refId, brandId: brand.refId };
  });
  const gridNote = `${label}网格内部备注`;
  await withActor(system(countyId), () => Grid.update({ villageId, code: "01", note: gridNote }));
  const appointmentId = await seedBooking(countyId, officer, key("booking"));
  return {
    countyId,
    officer,
    ids: {
      ...intake.ids,
      entryIds: [entry.entryId],
      taskIds: [taskId],
      ratingIds: [rating.ratingId],
      storyIds: [drafts.storyId],
      brandIds: [drafts.brandId],
      appointmentIds: [appointmentId],
    },
    texts: [taskTitle, taskComment, praise, storyTitle, gridNote, `${label}9号`, ...intake.secrets],
  };
}

/** One booking with the officer at a desk-hours slot, after the phone check. */
async function seedBooking(countyId: string, officer: UserActor, idempotencyKey: string) {
  const resident: Actor = { type: "public", properties: { countyId } };
  const officerId = officer.properties.officerId!;
  const phone = "13912345678";
  await withActor(officer, () =>
    Appointment.setDeskHours({
      villageId: officer.properties.villageIds[0]!,
      weekly: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: "09:00", end: "11:00" })),
    }),
  );
  const slot = (await withActor(resident, () => Appointment.freeSlots({ officerId })))[0]!;
  const otp = await withActor(resident, () => Appointment.requestOtp({ officerId, phone, ip: "127.0.0.2" }));
  const sms = (await Outbox.list(countyId, 50)).find((m) => m.subject === "appointment-otp" && m.to === phone)!;
  const booking = await withActor(resident, () =>
    Appointment.book({
      officerId,
      idempotencyKey,
      purpose: "certificate",
      mode: "desk",
      villageId: slot.villageId,
      startsAt: slot.startsAt,
      phone,
      otp: { otpId: otp.otpId, value: /(\d{6})/.exec(sms.body)![1]! },
      ip: "127.0.0.2",
    }),
  );
  return booking.reference;
}

/** County B (huicheng): every record of the county is foreign to county A, names included. */
export async function seedCountyB(): Promise<TargetSet> {
  const seeded = await seedRecords("huicheng", "liao-yanxia", "惠城区");
  const { countyId } = seeded;
  const roster = await withActor(system(countyId), () => County.roster());
  const users = await withActor(system(countyId), () => User.list());
  const target: Target = {
    ...seeded.ids,
    countyId,
    slug: "huicheng",
    precinctIds: roster.precincts.map((p) => p.precinctId),
    villageIds: roster.villages.map((v) => v.villageId),
    officerIds: roster.officers.map((o) => o.officerId),
    officerSlugs: roster.officers.map((o) => o.slug),
    userIds: users.map((u) => u.userId),
  };
  const secrets = [
    ...Object.values(target)
      .flat()
      .filter((value) => value !== "huicheng"),
    // The county's own name is on the portal's home page and the sign-in form's county list.
    ...[...roster.precincts, ...roster.villages, ...roster.officers].flatMap((item) => [item.nameZh, item.nameEn]),
    ...users.map((u) => u.username),
    ...seeded.texts,
  ];
  return { name: "county B", countyId, target, secrets: usable(secrets) };
}

/**
 * Inside county A (boluo): the demo precinct chengzhen and its officer xu-jieshan, as seen by a
 * supervisor of another precinct and an officer of other villages. Names and ids of precincts,
 * villages and officers are the county's public directory (the portal shows them), so they are not
 * secrets here; the records' own contents, staff accounts and the work of the precinct are.
 */
export async function seedOtherPrecinct(): Promise<TargetSet> {
  const seeded = await seedRecords("boluo", "xu-jieshan", "城镇所");
  const { countyId } = seeded;
  const roster = await withActor(system(countyId), () => County.roster());
  const precinctId = seeded.officer.properties.precinctId!;
  const users = (await withActor(system(countyId), () => User.list())).filter((u) => u.precinctId === precinctId);
  // An officer's username is often the public address of the officer's page (xu-jieshan).
  const slugs = new Set(roster.officers.map((o) => o.slug));
  const target: Target = {
    ...seeded.ids,
    countyId,
    slug: "boluo",
    precinctIds: [precinctId],
    villageIds: roster.villages.filter((v) => v.precinctId === precinctId).map((v) => v.villageId),
    officerIds: [
      seeded.officer.properties.officerId!,
      ...roster.officers
        .filter((o) => o.precinctId === precinctId && o.officerId !== seeded.officer.properties.officerId)
        .map((o) => o.officerId),
    ],
    officerSlugs: roster.officers.filter((o) => o.officerId === seeded.officer.properties.officerId).map((o) => o.slug),
    userIds: users.map((u) => u.userId),
  };
  // The county's alert rule is county-wide, not the precinct's: not a secret between its precincts.
  const { ruleIds: _rules, ...own } = seeded.ids;
  const secrets = [
    precinctId,
    ...Object.values(own).flat(),
    ...target.userIds,
    ...users.map((u) => u.username).filter((name) => !slugs.has(name)),
    ...seeded.texts,
  ];
  return { name: "other precinct", countyId, target, secrets: usable(secrets) };
}

function usable(values: Array<string | undefined>): string[] {
  return [...new Set(values.filter((value): value is string => Boolean(value) && value!.length >= 3))];
}
