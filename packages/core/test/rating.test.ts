import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { withActor, type Actor, type UserActor } from "../src/actor";
import { County } from "../src/county/index";
import { db } from "../src/db/service";
import { Feature } from "../src/feature/index";
import { Officer } from "../src/officer/index";
import { Outbox } from "../src/outbox/index";
import { Precinct } from "../src/precinct/index";
import { Rating, RatingCode } from "../src/rating/index";
import { customAlphabet } from "nanoid";
import { codeAlphabet } from "../src/rating/code";
import { secretHash, unkeyedHash } from "../src/rating/secret";
import { UnavailableError } from "../src/db/unavailable";
import { VisibleError } from "../src/util/errors";
import { Village } from "../src/village/index";
import { WorkLog } from "../src/worklog/index";
import { randomIp } from "../../../scripts/vitest/random";
import { scale } from "../../../scripts/vitest/scale";

const newCode = customAlphabet(codeAlphabet, 8);
let countyId: string;
let precinctId: string;
let otherPrecinct: string;
let officerA: string;
let officerB: string;
let officerC: string;
let entryA: string;
let asA: UserActor;
let asB: UserActor;
let supervisor: UserActor;
let otherSupervisor: UserActor;
let resident: Actor;
let system: Actor;

const user = (props: Partial<UserActor["properties"]> & Pick<UserActor["properties"], "role">): UserActor => ({
  type: "user",
  properties: { userId: `user-${randomUUID()}`, countyId, villageIds: [], ...props },
});

beforeAll(async () => {
  countyId = await withActor({ type: "system", properties: {} }, () =>
    County.create({
      slug: "rate-county",
      nameZh: "博罗县",
      nameEn: "Boluo",
      cityZh: "惠州市",
      cityEn: "Huizhou",
      divisionCode: "441322",
      joinedOn: "2026-01-01",
    }),
  );
  system = { type: "system", properties: { countyId } };
  resident = { type: "public", properties: { countyId } };
  let villageA = "";
  let villageB = "";
  await withActor(system, async () => {
    precinctId = await Precinct.create({ nameZh: "城镇派出所" });
    otherPrecinct = await Precinct.create({ nameZh: "龙溪派出所" });
    officerA = await Officer.create({ slug: "xu", nameZh: "徐洁珊", nameEn: "Xu", badge: "100001", precinctId });
    officerB = await Officer.create({ slug: "he", nameZh: "何建国", nameEn: "He", badge: "100002", precinctId });
    officerC = await Officer.create({
      slug: "li",
      nameZh: "李明",
      nameEn: "Li",
      badge: "100003",
      precinctId: otherPrecinct,
    });
    villageA = await Village.create({ precinctId, kind: "community", nameZh: "西区社区" });
    villageB = await Village.create({ precinctId, kind: "village", nameZh: "东区村" });
    await Village.assignOfficer({ villageId: villageA, officerId: officerA });
    await Village.assignOfficer({ villageId: villageB, officerId: officerB });
  });
  asA = user({ role: "officer", precinctId, officerId: officerA, villageIds: [villageA] });
  asB = user({ role: "officer", precinctId, officerId: officerB, villageIds: [villageB] });
  supervisor = user({ role: "precinct_supervisor", precinctId });
  otherSupervisor = user({ role: "precinct_supervisor", precinctId: otherPrecinct });
  const entry = await withActor(asA, () =>
    WorkLog.record({
      idempotencyKey: randomUUID(),
      villageId: villageA,
      gridId: "g1",
      occurredAt: "2026-11-20T10:00",
      details: { category: "visit", household: "12号" },
    }),
  );
  entryA = entry.entryId;
});

async function failure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(VisibleError);
  return error as VisibleError;
}

const issue = (actor: Actor = asA, workLogId = entryA, phone?: string) =>
  withActor(actor, () => RatingCode.issue({ workLogId, phone }));
const rating = (
  officerId: string,
  proof: { code?: string; otp?: { otpId: string; value: string } },
  extra: Record<string, unknown> = {},
) => ({
  officerId,
  idempotencyKey: randomUUID(),
  overall: 5,
  responsiveness: 4,
  courtesy: 5,
  solved: "yes" as const,
  ip: randomIp(),
  ...proof,
  ...extra,
});
const submit = (input: Parameters<typeof Rating.submit>[0]) => withActor(resident, () => Rating.submit(input));

/** A resident told "busy, try again" (503) sends the same form again, as the rating page asks them to. */
async function submitUntilAnswered(input: Parameters<typeof Rating.submit>[0]) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await submit(input);
    } catch (error) {
      if (!(error instanceof UnavailableError) || attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
    }
  }
}

async function summary(officerId: string) {
  const { data } = await db.entities.ratingSummary
    .get({ countyId, scope: `officer:${officerId}` })
    .go({ consistent: true });
  return data;
}

async function lastSms(subject: string) {
  const messages = await Outbox.list(countyId, 20);
  return messages.find((message) => message.subject === subject)!;
}

describe("rating codes", () => {
  it("issues a short code and link for the officer's own visit, sends it by SMS and stores only its hash", async () => {
    const issued = await issue(asA, entryA, "13800138000");
    expect(issued.code).toMatch(/^[2-9A-HJ-NP-Z]{8}$/);
    expect(issued.link).toBe(`/rate-county/officers/xu/rate?code=${issued.code}`);
    expect(issued.sentTo).toBe("138****8000");
    expect((await lastSms("rating-code")).body).toContain(issued.code);
    const { data } = await db.entities.ratingCode.get({ countyId, codeHash: secretHash(countyId, issued.code) }).go();
    expect(data).toMatchObject({ officerId: officerA, entryId: entryA });
    expect(JSON.stringify(data)).not.toContain(issued.code);
    expect(JSON.stringify(data)).not.toContain("13800138000");
  });

  it("refuses other officers' entries and categories without a resident", async () => {
    expect((await failure(issue(asB))).code).toBe("worklog.not_found");
    // Issuing codes is declared for officers only: a supervisor is refused before anything is read.
    expect((await failure(issue(supervisor))).kind).toBe("forbidden");
    const patrol = await withActor(asA, () =>
      WorkLog.record({
        idempotencyKey: randomUUID(),
        villageId: asA.properties.villageIds[0]!,
        gridId: "g1",
        occurredAt: "2026-11-20T11:00",
        details: { category: "publicity", topic: "防诈骗", audience: 30 },
      } as never),
    ).catch(() => undefined);
    if (patrol) expect((await failure(issue(asA, patrol.entryId))).code).toBe("rating.code_category");
  });

  it("makes a verified rating once; reused, expired, foreign and made-up codes are refused", async () => {
    const { code } = await issue();
    const first = await submit(rating(officerA, { code: code.toLowerCase() }));
    expect(first).toMatchObject({ verified: true, complaint: false });
    expect((await failure(submit(rating(officerA, { code })))).code).toBe("rating.code_used");

    const foreign = await issue();
    expect((await failure(submit(rating(officerB, { code: foreign.code })))).code).toBe("rating.code_foreign");

    const old = await issue();
    await db.entities.ratingCode
      .patch({ countyId, codeHash: secretHash(countyId, old.code) })
      .set({ usedAt: undefined as never })
      .go()
      .catch(() => undefined);
    const raw = await db.entities.ratingCode.get({ countyId, codeHash: secretHash(countyId, old.code) }).go();
    await db.entities.ratingCode.delete({ countyId, codeHash: secretHash(countyId, old.code) }).go();
    await db.entities.ratingCode.create({ ...raw.data!, validUntil: Date.now() - 1000 }).go();
    expect((await failure(submit(rating(officerA, { code: old.code })))).code).toBe("rating.code_expired");

    expect((await failure(submit(rating(officerA, { code: "ABCDEFGH" })))).code).toBe("rating.code_invalid");
    expect((await failure(submit(rating(officerA, {})))).code).toBe("input.invalid");
    expect((await summary(officerA))?.count).toBe(1);
  });

  it("keeps codes only under a keyed hash; a code stored under the earlier unkeyed digest still rates once", async () => {
    const { code } = await issue();
    expect(
      (await db.entities.ratingCode.get({ countyId, codeHash: unkeyedHash(countyId, code) }).go()).data,
    ).toBeNull();
    const keyed = await db.entities.ratingCode.get({ countyId, codeHash: secretHash(countyId, code) }).go();
    expect(keyed.data?.officerId).toBe(officerA);
    // Another secret gives another hash: the table alone does not let anyone try every code.
    const secret = process.env.CUNJING_PHONE_HASH_SECRET;
    process.env.CUNJING_PHONE_HASH_SECRET = "another-secret";
    expect(secretHash(countyId, code)).not.toBe(keyed.data!.codeHash);
    if (secret === undefined) delete process.env.CUNJING_PHONE_HASH_SECRET;
    else process.env.CUNJING_PHONE_HASH_SECRET = secret;

    const earlier = await issue();
    const stored = (await db.entities.ratingCode.get({ countyId, codeHash: secretHash(countyId, earlier.code) }).go())
      .data!;
    await db.entities.ratingCode.delete({ countyId, codeHash: stored.codeHash }).go();
    await db.entities.ratingCode.create({ ...stored, codeHash: unkeyedHash(countyId, earlier.code) }).go();
    expect(await submit(rating(officerA, { code: earlier.code }))).toMatchObject({ verified: true });
    expect((await failure(submit(rating(officerA, { code: earlier.code })))).code).toBe("rating.code_used");
  });

  it("refuses out-of-range scores, overlong praise and full names", async () => {
    const { code } = await issue();
    for (const bad of [
      { overall: 0 },
      { courtesy: 6 },
      { text: "好".repeat(10_000) },
      { surname: "王小明", honorific: "先生" },
      { solved: "maybe" },
    ]) {
      const error = await failure(submit(rating(officerA, { code }, bad) as never));
      expect(error.code).toBe("input.invalid");
    }
  });
});

describe("open ratings with a phone check", () => {
  const phone = "13912345678";
  const requestOtp = (officerId: string, ip = "10.1.1.1") =>
    withActor(resident, () => Rating.requestOtp({ officerId, phone, ip }));
  const otpOf = async () => (await lastSms("rating-otp")).body.match(/\d{6}/)![0];

  it("counts wrong codes, stops after 5 attempts and refuses expired codes", async () => {
    const { otpId } = await requestOtp(officerB);
    const right = await otpOf();
    const wrong = right === "000000" ? "111111" : "000000";
    const first = await failure(submit(rating(officerB, { otp: { otpId, value: wrong } })));
    expect(first.code).toBe("rating.otp_wrong");
    expect(first.message).toContain("4 attempts left");
    for (let i = 0; i < 4; i++) await failure(submit(rating(officerB, { otp: { otpId, value: wrong } })));
    expect((await failure(submit(rating(officerB, { otp: { otpId, value: right } })))).code).toBe(
      "rating.otp_attempts",
    );

    const again = await requestOtp(officerB, "10.1.1.2");
    const value = await otpOf();
    const { data } = await db.entities.ratingOtp.get({ countyId, otpId: again.otpId }).go();
    await db.entities.ratingOtp.delete({ countyId, otpId: again.otpId }).go();
    await db.entities.ratingOtp.create({ ...data!, validUntil: Date.now() - 1 }).go();
    expect((await failure(submit(rating(officerB, { otp: { otpId: again.otpId, value } })))).code).toBe(
      "rating.otp_expired",
    );
  });

  it("allows one rating per phone and officer in 30 days, stored as a keyed hash", async () => {
    const { otpId } = await requestOtp(officerB, "10.1.1.3");
    const value = await otpOf();
    const done = await submit(rating(officerB, { otp: { otpId, value } }));
    expect(done.verified).toBe(false);
    expect((await failure(submit(rating(officerB, { otp: { otpId, value } })))).code).toBe("rating.otp_used");
    expect((await failure(requestOtp(officerB, "10.1.1.4"))).code).toBe("rating.phone_recently");
    const { data } = await db.entities.ratingPhone.query
      .byPhone({ countyId } as never)
      .go()
      .catch(() => ({ data: [] }));
    expect(JSON.stringify(data)).not.toContain(phone);
  });

  it("limits verification codes per phone with a clear message", async () => {
    const other = "13700000001";
    for (let i = 0; i < 3; i++)
      await withActor(resident, () => Rating.requestOtp({ officerId: officerA, phone: other, ip: `10.2.0.${i}` }));
    const limited = await failure(
      withActor(resident, () => Rating.requestOtp({ officerId: officerA, phone: other, ip: "10.2.0.9" })),
    );
    expect(limited.kind).toBe("rate_limited");
    expect(limited.code).toBe("rating.limited_phone");
    expect(limited.message).toMatch(/Too many verification codes sent to this phone: please try again in \d+ minutes/);
  });

  it("limits ratings per client address", async () => {
    let limited: VisibleError | undefined;
    for (let i = 0; i < 25 && !limited; i++) {
      const error = await submit(rating(officerA, { code: "ABCDEFGH" }, { ip: "10.9.9.9" })).then(
        () => undefined,
        (e) => e as VisibleError,
      );
      if (error?.kind === "rate_limited") limited = error;
    }
    expect(limited?.code).toMatch(/^rating\.limited_address/);
  });
});

describe("aggregates", () => {
  const concurrent = scale(20, 200);
  it(`stay exact under ${concurrent} concurrent ratings, some retried`, async () => {
    const before = (await summary(officerC)) ?? { count: 0, overall: 0, weight: 0 };
    const asC = user({ role: "officer", precinctId: otherPrecinct, officerId: officerC });
    const villageC = await withActor(system, async () => {
      const villageId = await Village.create({ precinctId: otherPrecinct, kind: "village", nameZh: "南区村" });
      await Village.assignOfficer({ villageId, officerId: officerC });
      return villageId;
    });
    asC.properties.villageIds = [villageC];
    const entry = await withActor(asC, () =>
      WorkLog.record({
        idempotencyKey: randomUUID(),
        villageId: villageC,
        gridId: "g1",
        occurredAt: "2026-11-21T10:00",
        details: { category: "help", helpKind: "elderly", summary: "找回走失老人" },
      }),
    );
    // Codes written directly (what RatingCode.issue stores), to keep this test's load on the shared database down.
    const unique = [...new Set(Array.from({ length: concurrent }, () => newCode()))].map((code) => ({ code }));
    expect(unique).toHaveLength(concurrent);
    for (let i = 0; i < unique.length; i += 25) {
      await Promise.all(
        unique.slice(i, i + 25).map(({ code }) =>
          db.entities.ratingCode
            .create({
              countyId,
              codeHash: secretHash(countyId, code),
              officerId: officerC,
              entryId: entry.entryId,
              validUntil: Date.now() + 86_400_000,
              expiresAt: Math.floor(Date.now() / 1000) + 172_800,
            })
            .go(),
        ),
      );
    }
    const inputs = unique.map(({ code }, i) =>
      rating(officerC, { code }, { overall: (i % 5) + 1, responsiveness: ((i + 1) % 5) + 1, ip: `10.3.${i % 200}.1` }),
    );
    const retried = inputs.filter((_, i) => i % 5 === 0);
    const results = await Promise.all([...inputs, ...retried].map((input) => submitUntilAnswered(input)));
    const again = await Promise.all(retried.map((input) => submitUntilAnswered(input)));
    expect(new Set(results.map((r) => r.ratingId)).size).toBe(concurrent);
    expect(again.map((r) => r.ratingId)).toEqual(
      results
        .slice(0, concurrent)
        .filter((_, i) => i % 5 === 0)
        .map((r) => r.ratingId),
    );
    const after = (await summary(officerC))!;
    expect(after.count - before.count).toBe(concurrent);
    expect(after.overall - before.overall).toBe(inputs.reduce((sum, input) => sum + input.overall, 0));
    expect(after.responsiveness).toBe(inputs.reduce((sum, input) => sum + input.responsiveness, 0));
    expect(after.verified).toBe(concurrent);
    expect(after.weight).toBe(2 * concurrent);
  }, 120_000);
});

describe("moderation and complaints", () => {
  it("keeps praise out of public until the supervisor approves, flags personal data, shows the score from 5 ratings", async () => {
    const { code } = await issue();
    const praised = await submit(
      rating(
        officerA,
        { code },
        { text: "<script>alert(1)</script>徐警官帮我找回了电动车，电话13800138000", surname: "王", honorific: "先生" },
      ),
    );
    expect(praised.praiseState).toBe("pending");
    const page = async () => {
      const roster = await withActor(resident, () => County.roster());
      const { items } = await withActor(resident, () =>
        Feature.withTotals({ scope: `officer:${officerA}`, from: "2026-01-01", to: "2026-12-31" }),
      );
      return Rating.forPage(items, roster.ratings);
    };
    expect((await page()).praise).toEqual([]);

    const queue = await withActor(supervisor, () => Rating.queue({ queue: "praise" }));
    const waiting = queue.items.find((item) => item.ratingId === praised.ratingId)!;
    expect(waiting.flags).toEqual(["phone"]);
    expect((await withActor(otherSupervisor, () => Rating.queue({ queue: "praise" }))).items).toEqual([]);
    expect(
      (
        await failure(
          withActor(otherSupervisor, () => Rating.moderate({ ratingId: praised.ratingId, decision: "approve" })),
        )
      ).code,
    ).toBe("rating.not_found");
    // Moderating is declared for supervisors only: an officer is refused before the rating is read.
    expect(
      (await failure(withActor(asA, () => Rating.moderate({ ratingId: praised.ratingId, decision: "approve" })))).kind,
    ).toBe("forbidden");

    await withActor(supervisor, () =>
      Rating.moderate({
        ratingId: praised.ratingId,
        decision: "approve",
        text: "<script>alert(1)</script>徐警官帮我找回了电动车",
      }),
    );
    expect(
      (
        await failure(
          withActor(supervisor, () => Rating.moderate({ ratingId: praised.ratingId, decision: "reject", reason: "x" })),
        )
      ).code,
    ).toBe("rating.not_pending");
    const shown = await page();
    expect(shown.praise).toHaveLength(1);
    expect(shown.praise[0]).toMatchObject({
      text: "<script>alert(1)</script>徐警官帮我找回了电动车",
      signedAs: "王先生",
      verified: true,
    });

    // The score appears from the fifth rating.
    expect(shown.score).toBeUndefined();
    const count = (await summary(officerA))!.count;
    for (let i = count; i < 5; i++) await submit(rating(officerA, { code: (await issue()).code }, { overall: 3 }));
    const scored = (await page()).score!;
    expect(scored.count).toBe(5);
    const own = (await summary(officerA))!;
    const { data: county } = await db.entities.ratingCounty.get({ countyId }).go({ consistent: true });
    const prior = county!.weightedOverall / county!.weight;
    expect(scored.score).toBeCloseTo((10 * prior + own.weightedOverall) / (10 + own.weight), 10);
    expect(scored.verifiedShare).toBe(1);

    const mine = await withActor(asA, () => Rating.mine());
    expect(mine.map((item) => item.ratingId)).toEqual([praised.ratingId]);
    await withActor(asA, () => Rating.reply({ ratingId: praised.ratingId, text: "谢谢您的信任！" }));
    expect(
      (await failure(withActor(asA, () => Rating.reply({ ratingId: praised.ratingId, text: "再次感谢" })))).code,
    ).toBe("rating.replied");
    expect((await failure(withActor(asB, () => Rating.reply({ ratingId: praised.ratingId, text: "谢谢" })))).code).toBe(
      "rating.not_found",
    );
    expect((await page()).praise[0]!.reply).toBe("谢谢您的信任！");
  });

  it("rejects praise with a reason and publishes nothing", async () => {
    const { code } = await issue();
    const praised = await submit(rating(officerA, { code }, { text: "看 http://spam.example.com" }));
    const queue = await withActor(supervisor, () => Rating.queue({ queue: "praise" }));
    expect(queue.items.find((item) => item.ratingId === praised.ratingId)!.flags).toEqual(["link"]);
    await withActor(supervisor, () =>
      Rating.moderate({ ratingId: praised.ratingId, decision: "reject", reason: "广告" }),
    );
    const { items } = await withActor(resident, () =>
      Feature.withTotals({ scope: `officer:${officerA}`, from: "2026-01-01", to: "2026-12-31" }),
    );
    expect(JSON.stringify(items)).not.toContain("spam.example.com");
  });

  it("holds repeated text and bursts from one address with a mark for the moderator", async () => {
    const original = await submit(rating(officerA, { code: (await issue()).code }, { text: "何警官办事认真负责！" }));
    // The same words with other spacing and punctuation, from another address.
    const copy = await submit(rating(officerA, { code: (await issue()).code }, { text: "何警官 办事认真负责" }));
    const burstIp = "10.7.7.7";
    const fromOneAddress = [];
    for (let i = 0; i < 4; i++) {
      const text = `第${i}次来评价，民警很热心`;
      fromOneAddress.push(await submit(rating(officerA, { code: (await issue()).code }, { text, ip: burstIp })));
    }

    const { items: queue } = await withActor(supervisor, () => Rating.queue({ queue: "praise" }));
    const flagsOf = (ratingId: string) => queue.find((item) => item.ratingId === ratingId)?.flags;
    expect(flagsOf(original.ratingId)).toEqual([]);
    expect(flagsOf(copy.ratingId)).toEqual(["repeated"]);
    expect(fromOneAddress.map((item) => flagsOf(item.ratingId))).toEqual([[], [], [], ["burst"]]);
    // Held, not published: each still waits for the supervisor.
    expect([copy, ...fromOneAddress].every((item) => item.praiseState === "pending")).toBe(true);
    // The tally keeps only a hash of the text.
    const { data: tallies } = await db.entities.countyLimit.scan.go({ pages: "all" });
    expect(JSON.stringify(tallies)).not.toContain("认真负责");
  });

  it("routes complaints to the supervisor only, with a status the resident checks by reference", async () => {
    const low = await submit(
      rating(officerA, { code: (await issue()).code }, { overall: 1, text: "出警太慢，态度差" }),
    );
    const privately = await submit(
      rating(officerA, { code: (await issue()).code }, { overall: 4, text: "有件事想私下反映", reportPrivately: true }),
    );
    expect(low.complaint).toBe(true);
    expect(privately.complaint).toBe(true);
    const praiseQueue = await withActor(supervisor, () => Rating.queue({ queue: "praise" }));
    expect(praiseQueue.items.map((item) => item.ratingId)).not.toContain(low.ratingId);
    const complaints = await withActor(supervisor, () => Rating.queue({ queue: "complaint" }));
    expect(complaints.items.map((item) => item.ratingId)).toEqual(
      expect.arrayContaining([low.ratingId, privately.ratingId]),
    );
    expect(await withActor(asA, () => Rating.mine())).not.toContainEqual(
      expect.objectContaining({ ratingId: low.ratingId }),
    );

    const status = await withActor(resident, () => Rating.complaintStatus({ reference: low.ratingId.toLowerCase() }));
    expect(status).toMatchObject({ reference: low.ratingId, state: "open" });
    expect(JSON.stringify(status)).not.toContain("出警太慢");
    await withActor(supervisor, () =>
      Rating.handleComplaint({ ratingId: low.ratingId, state: "resolved", note: "已约谈" }),
    );
    expect((await withActor(resident, () => Rating.complaintStatus({ reference: low.ratingId }))).state).toBe(
      "resolved",
    );
    expect((await withActor(supervisor, () => Rating.queueSizes())).complaint).toBe(1);
    const { items } = await withActor(resident, () =>
      Feature.withTotals({ scope: `officer:${officerA}`, from: "2026-01-01", to: "2026-12-31" }),
    );
    expect(JSON.stringify(items)).not.toContain("出警太慢");
  });
});
