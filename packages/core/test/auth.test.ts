import { Auth } from "../src/auth/index";
import { Invitation } from "../src/auth/invitation";
import { Session } from "../src/auth/session";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { withActor, type Actor } from "../src/actor";
import { Audit } from "../src/audit/index";
import { County } from "../src/county/index";
import { Officer } from "../src/officer/index";
import { Outbox } from "../src/outbox/index";
import { Precinct } from "../src/precinct/index";
import { User } from "../src/user/index";
import { VisibleError } from "../src/util/errors";
import { Village } from "../src/village/index";

const anonymous: Actor = { type: "public", properties: {} };
const password = "correct-horse-42";
let countyId: string;
let precinctId: string;
let officerId: string;
let villageId: string;

beforeAll(async () => {
  countyId = await withActor({ type: "system", properties: {} }, () =>
    County.create({
      slug: "auth-county",
      nameZh: "测试县",
      nameEn: "Test County",
      cityZh: "惠州市",
      cityEn: "Huizhou",
      divisionCode: "441322",
    }),
  );
  await withActor({ type: "system", properties: { countyId } }, async () => {
    precinctId = await Precinct.create({ nameZh: "城镇派出所" });
    officerId = await Officer.create({
      slug: "xu",
      nameZh: "徐洁珊",
      nameEn: "Xu Jieshan",
      badge: "123456",
      precinctId,
    });
    villageId = await Village.create({ precinctId, kind: "community", nameZh: "西区社区" });
    await Village.assignOfficer({ villageId, officerId });
  });
  await Auth.createUser({ countyId, username: "admin.one", displayName: "管理员", password, role: "county_admin" });
  await Auth.createUser({
    countyId,
    username: "officer.xu",
    displayName: "徐洁珊",
    password,
    role: "officer",
    precinctId,
    officerId,
  });
});

afterEach(() => {
  vi.useRealTimers();
});

const signIn = (username: string, pass: string, ip = "10.0.0.1") =>
  withActor(anonymous, () => Auth.signIn({ county: "auth-county", username, password: pass, ip }));

async function failure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(VisibleError);
  return error as VisibleError;
}

describe("signing in", () => {
  it("opens a session whose actor carries the role, county and the officer's villages", async () => {
    const { sessionId } = await signIn("officer.xu", password);
    const resolved = await withActor(anonymous, () => Session.actorOf(sessionId));
    expect(resolved?.actor.properties).toMatchObject({
      role: "officer",
      countyId,
      precinctId,
      officerId,
      villageIds: [villageId],
    });
    expect(resolved?.user).not.toHaveProperty("passwordHash");
  });

  it("gives one message for an unknown user, an unknown county and a wrong password", async () => {
    const unknownUser = await failure(signIn("nobody.here", password, "10.0.0.2"));
    const wrongPassword = await failure(signIn("admin.one", "wrong-password", "10.0.0.2"));
    const unknownCounty = await failure(
      withActor(anonymous, () => Auth.signIn({ county: "no-county", username: "admin.one", password, ip: "10.0.0.2" })),
    );
    for (const error of [unknownUser, wrongPassword, unknownCounty]) {
      expect(error).toMatchObject({ code: "auth.invalid_credentials", message: "Wrong username or password" });
    }
  });

  it("backs off exponentially after three failures and then locks the username", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const start = new Date("2026-11-29T02:00:00Z").getTime();
    vi.setSystemTime(start);
    const user = "officer.xu";
    for (let i = 0; i < 4; i++)
      expect((await failure(signIn(user, "bad-password", `10.1.0.${i}`))).code).toBe("auth.invalid_credentials");
    // The fifth attempt comes too soon, even with the right password.
    const throttled = await failure(signIn(user, password, "10.1.0.9"));
    expect(throttled).toMatchObject({ code: "auth.throttled", kind: "rate_limited" });

    let now = start;
    for (let i = 4; i < 10; i++) {
      now += 61_000;
      vi.setSystemTime(now);
      await failure(signIn(user, "bad-password", `10.1.1.${i}`));
    }
    now += 61_000;
    vi.setSystemTime(now);
    const locked = await failure(signIn(user, password, "10.1.2.1"));
    expect(locked).toMatchObject({ code: "auth.locked" });
    // Locked for 15 minutes from the tenth failure, 61 s ago.
    expect(locked.message).toMatch(/locked for 14 minutes/);

    vi.setSystemTime(now + 16 * 60_000);
    await expect(signIn(user, password, "10.1.2.2")).resolves.toHaveProperty("sessionId");
  });

  it("rotates the session on sign-in and refuses forged, ended and expired sessions", async () => {
    const first = await signIn("admin.one", password, "10.2.0.1");
    const second = await withActor(anonymous, () =>
      Auth.signIn({
        county: "auth-county",
        username: "admin.one",
        password,
        ip: "10.2.0.1",
        previousSessionId: first.sessionId,
      }),
    );
    expect(second.sessionId).not.toBe(first.sessionId);
    await expect(withActor(anonymous, () => Session.actorOf(first.sessionId))).resolves.toBeUndefined();
    await expect(
      withActor(anonymous, () => Session.actorOf("forged-session-id-000000000000000")),
    ).resolves.toBeUndefined();
    await expect(withActor(anonymous, () => Session.actorOf("x".repeat(5000)))).resolves.toBeUndefined();

    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 13 * 3600_000);
    await expect(withActor(anonymous, () => Session.actorOf(second.sessionId))).resolves.toBeUndefined();
  });

  it("sets HttpOnly, Lax cookies with a real Max-Age, Secure outside localhost", () => {
    const expires = new Date(Date.now() + 3600_000);
    expect(Session.cookieAttributes(new URL("http://localhost:4321/console"), expires)).toMatchObject({
      httpOnly: true,
      sameSite: "lax",
      secure: false,
      path: "/",
    });
    const attributes = Session.cookieAttributes(new URL("https://cunjing.example.cn/console"), expires);
    expect(attributes.secure).toBe(true);
    expect(attributes.maxAge).toBeGreaterThan(3590);
    // Expires as well, which survives astro-sst's rewrite of Set-Cookie on Lambda.
    expect(attributes.expires).toEqual(expires);
    // Loopback over HTTPS (the production-shape harness) is still HTTPS.
    expect(Session.cookieAttributes(new URL("https://127.0.0.1:8443/console"), expires).secure).toBe(true);
  });
});

describe("invitations", () => {
  const admin = async (): Promise<Actor> => {
    const { sessionId } = await signIn("admin.one", password, "10.3.0.1");
    return (await withActor(anonymous, () => Session.actorOf(sessionId)))!.actor;
  };

  it("creates a one-time link, written to the outbox, that the invitee uses once to set a password", async () => {
    const actor = await admin();
    const invitation = await withActor(actor, () =>
      Invitation.create({ username: "boluo.supervisor", displayName: "所长", role: "precinct_supervisor", precinctId }),
    );
    expect(invitation.path).toMatch(/^\/console\/invite\/[\w-]{20,}$/);
    const outbox = await Outbox.list(countyId);
    expect(outbox.some((message) => message.body.includes(invitation.path))).toBe(true);

    await withActor(anonymous, () => Auth.acceptInvitation({ token: invitation.token, password: "a-new-password-9" }));
    const reused = await failure(
      withActor(anonymous, () => Auth.acceptInvitation({ token: invitation.token, password: "another-pass-77" })),
    );
    expect(reused.code).toBe("auth.invitation_used");
    await expect(signIn("boluo.supervisor", "a-new-password-9", "10.3.0.2")).resolves.toHaveProperty("sessionId");

    const events = await Audit.list(countyId, new Date().toISOString().slice(0, 7));
    expect(events.map((e) => e.action)).toEqual(
      expect.arrayContaining(["user.invited", "user.joined", "auth.signed_in", "auth.sign_in_failed"]),
    );
  });

  it("refuses an expired invitation, a taken username, a weak password and a patch from another county", async () => {
    const actor = await admin();
    const invitation = await withActor(actor, () =>
      Invitation.create({ username: "late.user", displayName: "迟到", role: "health_liaison" }),
    );
    const weak = await failure(
      withActor(anonymous, () => Auth.acceptInvitation({ token: invitation.token, password: "short" })),
    );
    expect(weak.fieldErrors?.password).toBeDefined();

    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 73 * 3600_000);
    const expired = await failure(
      withActor(anonymous, () => Auth.acceptInvitation({ token: invitation.token, password: "long-enough-pass-1" })),
    );
    expect(expired.code).toBe("auth.invitation_expired");
    vi.useRealTimers();

    const taken = await failure(
      withActor(actor, () =>
        Invitation.create({ username: "admin.one", displayName: "重名", role: "officer", officerId }),
      ),
    );
    expect(taken.code).toBe("user.username_taken");
    const foreign = await failure(
      withActor(actor, () =>
        Invitation.create({
          username: "x.officer",
          displayName: "外县",
          role: "officer",
          officerId: "not-in-this-county",
        }),
      ),
    );
    expect(foreign.code).toBe("officer.not_found");
    const noPatch = await failure(
      withActor(actor, () =>
        Invitation.create({ username: "y.super", displayName: "无所", role: "precinct_supervisor" }),
      ),
    );
    expect(noPatch.fieldErrors?.precinctId).toBeDefined();
  });
});

describe("roles and passwords", () => {
  it("ends a user's sessions when an admin changes their role", async () => {
    const userId = await Auth.createUser({
      countyId,
      username: "role.change",
      displayName: "换岗",
      password,
      role: "officer",
      officerId,
    });
    const { sessionId } = await signIn("role.change", password, "10.4.0.1");
    const adminSession = await signIn("admin.one", password, "10.4.0.2");
    const admin = (await withActor(anonymous, () => Session.actorOf(adminSession.sessionId)))!.actor;
    await withActor(admin, () => User.setRole({ userId, role: "precinct_supervisor", precinctId }));
    await expect(withActor(anonymous, () => Session.actorOf(sessionId))).resolves.toBeUndefined();
    const own = await failure(
      withActor(admin, () =>
        User.setRole({ userId: admin.type === "user" ? admin.properties.userId : "", role: "officer" }),
      ),
    );
    expect(own.code).toBe("user.own_role");
  });

  it("changes a password, ending other sessions and opening a new one", async () => {
    await Auth.createUser({ countyId, username: "pw.change", displayName: "改密", password, role: "health_liaison" });
    const old = await signIn("pw.change", password, "10.5.0.1");
    const actor = (await withActor(anonymous, () => Session.actorOf(old.sessionId)))!.actor;
    const wrong = await failure(
      withActor(actor, () => Auth.changePassword({ current: "nope", next: "brand-new-pass-1" })),
    );
    expect(wrong.fieldErrors?.current).toBeDefined();
    const fresh = await withActor(actor, () => Auth.changePassword({ current: password, next: "brand-new-pass-1" }));
    await expect(withActor(anonymous, () => Session.actorOf(old.sessionId))).resolves.toBeUndefined();
    await expect(withActor(anonymous, () => Session.actorOf(fresh.sessionId))).resolves.toBeDefined();
    await expect(signIn("pw.change", "brand-new-pass-1", "10.5.0.2")).resolves.toHaveProperty("sessionId");
  });
});
