import { d as db, u as useCounty, m as complaintStates, e as assertActor, s as solvedValues, c as createId } from './id_CvCQQS6k.mjs';
import * as z from 'zod';
import { C as Counter } from './index_ByJNsHNY.mjs';
import { a as assertCommitted, w as withConflictRetry } from './transaction_BNauezNn.mjs';
import { C as ConflictError, N as NotFoundError, I as InputError, F as ForbiddenError, V as VisibleError } from './errors_MfzDXNyI.mjs';
import { f as fn, i as id } from './schemas_Cu4Pp2P7.mjs';
import { createHash, createHmac, randomInt } from 'node:crypto';
import { customAlphabet } from 'nanoid';
import { I as Idempotency } from './index_CHcen7VC.mjs';
import { O as Outbox } from './index_Rn5mNSZO.mjs';

const patterns = [["link", /(https?:\/\/|www\.|\b[a-z0-9-]+\.(com|cn|net|org|top|xyz|io)\b)/i], ["phone", /(?<!\d)(1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}|0\d{2,3}-?\d{7,8})(?!\d)/], ["id_number", /(?<!\d)\d{17}[\dXx](?!\d)/]];
function flagsOf(text) {
  return patterns.filter(([, pattern]) => pattern.test(text)).map(([flag]) => flag);
}

const reference = z.string().trim().max(40).transform((value) => value.toUpperCase().replace(/[\s-]/g, "")).pipe(z.string().regex(/^[2-9A-HJ-NP-Z]{10}$/, "Not a valid reference code"));
const note = (max) => z.string().trim().min(1, "Required").max(max, `Use at most ${max} characters`);
function supervisor() {
  const actor = assertActor("user");
  const {
    role,
    precinctId,
    userId
  } = actor.properties;
  if (role !== "precinct_supervisor" || !precinctId) throw new ForbiddenError("rating.supervisors_only", "Only the precinct supervisor moderates feedback");
  return {
    precinctId,
    userId
  };
}
function officer() {
  const actor = assertActor("user");
  const {
    role,
    officerId
  } = actor.properties;
  if (role !== "officer" || !officerId) throw new ForbiddenError("rating.officers_only", "Only officers see their feedback");
  return {
    officerId
  };
}
async function ofPrecinct(ratingId, precinctId) {
  const {
    data
  } = await db.entities.rating.get({
    countyId: useCounty(),
    ratingId
  }).go({
    consistent: true
  });
  if (!data || data.precinctId !== precinctId) throw new NotFoundError("rating.not_found", "No such rating");
  return data;
}
const queue = fn(z.object({
  queue: z.enum(["praise", "complaint"]).default("praise")
}), async (input) => {
  const {
    precinctId
  } = supervisor();
  const {
    data
  } = await db.entities.rating.query.byPrecinctQueue({
    countyId: useCounty(),
    precinctId,
    queue: input.queue
  }).go({
    pages: "all"
  });
  const open = input.queue === "complaint" ? data.filter((item) => item.complaintState !== "resolved") : data;
  return {
    size: open.length,
    items: open
  };
});
const queueSizes = fn(z.void(), async () => {
  const [praise, complaint] = await Promise.all([queue({
    queue: "praise"
  }), queue({
    queue: "complaint"
  })]);
  return {
    praise: praise.size,
    complaint: complaint.size
  };
});
const moderate = fn(z.discriminatedUnion("decision", [z.object({
  ratingId: reference,
  decision: z.literal("approve"),
  text: note(500).optional()
}), z.object({
  ratingId: reference,
  decision: z.literal("reject"),
  reason: note(200)
})]), async (input) => {
  const {
    precinctId,
    userId
  } = supervisor();
  const countyId = useCounty();
  const item = await ofPrecinct(input.ratingId, precinctId);
  if (item.praiseState !== "pending" || !item.text) throw new ConflictError("rating.not_pending", "This praise has already been moderated");
  const pending = (a, op) => op.eq(a.praiseState, "pending");
  if (input.decision === "reject") {
    const result2 = await db.transaction.write(({
      rating
    }) => [rating.patch({
      countyId,
      ratingId: item.ratingId
    }).set({
      praiseState: "rejected",
      rejectReason: input.reason,
      queue: "done",
      submittedAt: item.submittedAt,
      moderatedBy: userId
    }).where(pending).commit()]).go();
    assertCommitted(result2, () => new ConflictError("rating.not_pending", "This praise has already been moderated"));
    return {
      ratingId: item.ratingId,
      praiseState: "rejected"
    };
  }
  const text = input.text ?? item.text;
  const result = await db.transaction.write(({
    rating,
    ratingPraise
  }) => [rating.patch({
    countyId,
    ratingId: item.ratingId
  }).set({
    praiseState: "approved",
    text,
    flags: flagsOf(text),
    queue: "done",
    submittedAt: item.submittedAt,
    moderatedBy: userId
  }).where(pending).commit(), ratingPraise.create({
    countyId,
    scope: Counter.scope.officer(item.officerId),
    ratingId: item.ratingId,
    text,
    signedAs: item.signedAs,
    overall: item.overall,
    verified: item.verified,
    publishedAt: Date.now()
  }).commit()]).go();
  assertCommitted(result, () => new ConflictError("rating.not_pending", "This praise has already been moderated"));
  return {
    ratingId: item.ratingId,
    praiseState: "approved"
  };
});
const handleComplaint = fn(z.object({
  ratingId: reference,
  state: z.enum(complaintStates),
  note: note(500).optional()
}), async (input) => {
  const {
    precinctId,
    userId
  } = supervisor();
  const item = await ofPrecinct(input.ratingId, precinctId);
  if (!item.complaint) throw new NotFoundError("rating.not_found", "No such complaint");
  await db.entities.rating.patch({
    countyId: useCounty(),
    ratingId: item.ratingId
  }).set({
    complaintState: input.state,
    complaintNote: input.note ?? item.complaintNote,
    moderatedBy: userId,
    queue: "complaint",
    submittedAt: item.submittedAt
  }).go();
  return {
    ratingId: item.ratingId,
    state: input.state
  };
});
const complaintStatus = fn(z.object({
  reference
}), async (input) => {
  const {
    data
  } = await db.entities.rating.get({
    countyId: useCounty(),
    ratingId: input.reference
  }).go();
  if (!data || !data.complaint) throw new NotFoundError("rating.complaint_not_found", "No complaint has this reference code");
  return {
    reference: data.ratingId,
    state: data.complaintState ?? "open",
    submittedAt: data.submittedAt,
    updatedAt: data.updatedAt
  };
});
const mine = fn(z.void(), async () => {
  const {
    officerId
  } = officer();
  const {
    data
  } = await db.entities.rating.query.byOfficer({
    countyId: useCounty(),
    officerId
  }).go({
    order: "desc",
    limit: 200
  });
  return data.filter((item) => item.praiseState === "approved").map(({
    ratingId,
    text,
    signedAs,
    overall,
    verified,
    reply: reply2,
    submittedAt
  }) => ({
    ratingId,
    text,
    signedAs,
    overall,
    verified,
    reply: reply2,
    submittedAt
  }));
});
const reply = fn(z.object({
  ratingId: reference,
  text: note(300)
}), async (input) => {
  const {
    officerId
  } = officer();
  const countyId = useCounty();
  const {
    data: item
  } = await db.entities.rating.get({
    countyId,
    ratingId: input.ratingId
  }).go({
    consistent: true
  });
  if (!item || item.officerId !== officerId || item.praiseState !== "approved") throw new NotFoundError("rating.not_found", "No such praise");
  if (item.reply) throw new ConflictError("rating.replied", "You have already replied to this praise");
  if (flagsOf(input.text).length) throw new InputError("rating.reply_personal", "Leave links, phone numbers and ID numbers out of a public reply", {
    text: ["No links, phone or ID numbers"]
  });
  const result = await db.transaction.write(({
    rating,
    ratingPraise
  }) => [rating.patch({
    countyId,
    ratingId: item.ratingId
  }).set({
    reply: input.text
  }).where((a, op) => op.notExists(a.reply)).commit(), ratingPraise.patch({
    countyId,
    scope: Counter.scope.officer(officerId),
    ratingId: item.ratingId
  }).set({
    reply: input.text
  }).commit()]).go();
  assertCommitted(result, () => new ConflictError("rating.replied", "You have already replied to this praise"));
  return {
    ratingId: item.ratingId
  };
});

const minimumRatings = 5;
const verifiedWeight = 2;
const priorWeight = 10;
const defaultPriorMean = 4;
function priorMean(county) {
  return county && county.weight > 0 ? county.weightedOverall / county.weight : defaultPriorMean;
}
function publicScore(summary, county) {
  if (!summary || summary.count < minimumRatings) return void 0;
  const prior = priorMean(county);
  return {
    count: summary.count,
    score: (priorWeight * prior + summary.weightedOverall) / (priorWeight + summary.weight),
    responsiveness: summary.responsiveness / summary.count,
    courtesy: summary.courtesy / summary.count,
    solvedShare: (summary.solvedYes + summary.solvedPartly / 2) / summary.count,
    verifiedShare: summary.verified / summary.count
  };
}
const method = {
  zh: `评分按贝叶斯平均计算：以全县平均分作为基准（相当于 ${priorWeight / verifiedWeight} 条核实评价），经核实接触的评价计 ${verifiedWeight} 倍权重，满 ${minimumRatings} 条评价才显示。`,
  en: `The score is a Bayesian average: it starts from the county-wide average (worth ${priorWeight / verifiedWeight} verified ratings), verified contacts count ${verifiedWeight} times, and it is shown only from ${minimumRatings} ratings.`
};

function masterSecret() {
  const configured = process.env.CUNJING_PHONE_HASH_SECRET;
  if (configured) return configured;
  if (process.env.NODE_ENV === "production") throw new Error("CUNJING_PHONE_HASH_SECRET is not set");
  return createHash("sha256").update("cunjing-local-phone-hash").digest("hex");
}
function phoneHash(countyId, phone) {
  const countyKey = createHmac("sha256", masterSecret()).update(`phone:${countyId}`).digest();
  return createHmac("sha256", countyKey).update(phone).digest("base64url");
}
function secretHash(countyId, value) {
  return createHash("sha256").update(`${countyId}:${value}`).digest("base64url");
}

const codeAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const codeLength = 8;
const codeValidDays = 14;
const ratableCategories = ["visit", "help", "dispute", "deed"];
const newCode = customAlphabet(codeAlphabet, codeLength);
function normalizeCode(value) {
  return value.toUpperCase().replace(/[\s-]/g, "");
}
const codeSchema = z.string().max(40).transform(normalizeCode).pipe(z.string().regex(new RegExp(`^[${codeAlphabet}]{${codeLength}}$`), "Not a valid rating code"));
const mobile = z.string().trim().transform((value) => value.replace(/[\s-]/g, "")).pipe(z.string().regex(/^1[3-9]\d{9}$/, "Not a valid mobile number"));
var RatingCode;
((RatingCode2) => {
  RatingCode2.phoneSchema = mobile;
  RatingCode2.issue = fn(z.object({
    workLogId: id,
    phone: mobile.optional().or(z.literal("").transform(() => void 0))
  }), async ({
    workLogId,
    phone
  }) => {
    const actor = assertActor("user");
    const {
      role,
      officerId
    } = actor.properties;
    if (role !== "officer" || !officerId) throw new ForbiddenError("rating.officers_only", "Only the officer who logged the contact issues codes");
    const countyId = useCounty();
    const [{
      data: entry
    }, {
      data: officer
    }, {
      data: county
    }] = await Promise.all([db.entities.workLog.get({
      countyId,
      entryId: workLogId
    }).go(), db.entities.officer.get({
      countyId,
      officerId
    }).go(), db.entities.county.get({
      countyId
    }).go()]);
    if (!entry || entry.officerId !== officerId || !officer || !county) {
      throw new NotFoundError("worklog.not_found", "No such entry");
    }
    if (!ratableCategories.includes(entry.category)) {
      throw new ForbiddenError("rating.code_category", "Rating codes are issued for visits, help, disputes and good deeds");
    }
    const code = newCode();
    const validUntil = Date.now() + codeValidDays * 864e5;
    await db.entities.ratingCode.create({
      countyId,
      codeHash: secretHash(countyId, code),
      officerId,
      entryId: workLogId,
      validUntil,
      expiresAt: Math.floor(validUntil / 1e3) + 86400
    }).go();
    const link = `/${county.slug}/officers/${officer.slug}/rate?code=${code}`;
    if (phone) {
      await Outbox.send({
        countyId,
        channel: "sms",
        to: phone,
        subject: "rating-code",
        body: `【村警】${officer.nameZh}警官邀请您评价本次服务，评价码 ${code}，14天内有效：${process.env.SITE_URL ?? ""}${link}`
      });
    }
    return {
      code,
      link,
      validUntil,
      sentTo: phone ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : void 0
    };
  });
})(RatingCode || (RatingCode = {}));

const limits = {
  addressSubmit: {
    name: "address",
    max: 20,
    windowSeconds: 3600
  },
  addressOtp: {
    name: "address_otp",
    max: 10,
    windowSeconds: 3600
  },
  addressCodeMiss: {
    name: "address_code",
    max: 10,
    windowSeconds: 3600
  },
  phoneOtp: {
    name: "phone",
    max: 3,
    windowSeconds: 3600
  },
  officerBurst: {
    name: "officer",
    max: 1e3,
    windowSeconds: 3600
  }
};
const reasons = {
  address: "Too many ratings from this network",
  address_otp: "Too many verification codes requested from this network",
  address_code: "Too many wrong rating codes from this network",
  phone: "Too many verification codes sent to this phone",
  officer: "This officer is receiving unusually many ratings; new ones are paused"
};
class RatingLimitedError extends VisibleError {
  constructor(limit, retryAfterSeconds) {
    super("rate_limited", `rating.limited_${limit}`, `${reasons[limit] ?? "Too many requests"}: please try again in ${Math.ceil(retryAfterSeconds / 60)} minutes`);
    this.limit = limit;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}
async function hit(limit, countyId, subject, now = Date.now()) {
  const window = Math.floor(now / 1e3 / limit.windowSeconds);
  const windowEnd = (window + 1) * limit.windowSeconds;
  const {
    data
  } = await db.entities.rateLimit.update({
    key: `rating:${limit.name}:${countyId}:${subject}:${window}`
  }).add({
    failures: 1
  }).set({
    lastFailureAt: now,
    expiresAt: windowEnd + 60
  }).go({
    response: "all_new"
  });
  if ((data.failures ?? 0) > limit.max) throw new RatingLimitedError(limit.name, windowEnd - Math.floor(now / 1e3));
}
async function assertUnder(limit, countyId, subject, now = Date.now()) {
  const window = Math.floor(now / 1e3 / limit.windowSeconds);
  const {
    data
  } = await db.entities.rateLimit.get({
    key: `rating:${limit.name}:${countyId}:${subject}:${window}`
  }).go();
  if (data && data.failures >= limit.max) {
    throw new RatingLimitedError(limit.name, (window + 1) * limit.windowSeconds - Math.floor(now / 1e3));
  }
}

const honorifics = ["先生", "女士"];
const otpValidMs = 5 * 6e4;
const otpAttempts = 5;
const phoneClaimDays = 30;
const conflictAttempts = 8;
const newReference = customAlphabet(codeAlphabet, 10);
const score = z.coerce.number().int("Choose 1 to 5").min(1, "Choose 1 to 5").max(5, "Choose 1 to 5");
const address = z.string().trim().min(1).max(100);
const submitSchema = z.object({
  officerId: id,
  idempotencyKey: Idempotency.keySchema,
  overall: score,
  responsiveness: score,
  courtesy: score,
  solved: z.enum(solvedValues),
  text: z.string().trim().max(500, "Use at most 500 characters").optional().transform((value) => value || void 0),
  /** A surname (one or two Chinese characters) and an honorific; absent: "anonymous resident". */
  surname: z.string().trim().regex(/^[\u4e00-\u9fa5]{0,2}$/, "Only a surname (one or two Chinese characters)").optional().transform((value) => value || void 0),
  honorific: z.enum(honorifics).optional(),
  reportPrivately: z.coerce.boolean().default(false),
  code: codeSchema.optional(),
  otp: z.object({
    otpId: id,
    value: z.string().trim().regex(/^\d{6}$/, "Enter the 6 digits")
  }).optional(),
  /** The client address, for abuse limits; never stored with the rating. */
  ip: address
}).refine((input) => input.code || input.otp, {
  message: "A rating code or a phone check is needed",
  path: ["code"]
});
const requestOtp = fn(z.object({
  officerId: id,
  phone: RatingCode.phoneSchema,
  ip: address
}), async ({
  officerId,
  phone,
  ip
}) => {
  const countyId = useCounty();
  const hash = phoneHash(countyId, phone);
  await hit(limits.addressOtp, countyId, ip);
  const [{
    data: officer
  }, {
    data: claim
  }] = await Promise.all([db.entities.officer.get({
    countyId,
    officerId
  }).go(), db.entities.ratingPhone.get({
    countyId,
    phoneHash: hash,
    officerId
  }).go()]);
  if (!officer || officer.status !== "active") throw new NotFoundError("officer.not_found", "No such officer");
  if (claim && claim.until > Date.now()) throw phoneUsed();
  await hit(limits.phoneOtp, countyId, hash);
  const otp = String(randomInt(0, 1e6)).padStart(6, "0");
  const otpId = createId();
  const validUntil = Date.now() + otpValidMs;
  await db.entities.ratingOtp.create({
    countyId,
    otpId,
    officerId,
    phoneHash: hash,
    otpHash: secretHash(countyId, `${otpId}:${otp}`),
    validUntil,
    expiresAt: Math.floor(validUntil / 1e3) + 3600
  }).go();
  await Outbox.send({
    countyId,
    channel: "sms",
    to: phone,
    subject: "rating-otp",
    body: `【村警】您的评价验证码 ${otp}，5分钟内有效。`
  });
  return {
    otpId,
    validUntil
  };
});
const submit = fn(submitSchema, async (input) => {
  const countyId = useCounty();
  const requestHash = Idempotency.hashOf({
    ...input,
    ip: void 0
  });
  const {
    data: earlier
  } = await db.entities.idempotency.get({
    countyId,
    key: input.idempotencyKey
  }).go({
    consistent: true
  });
  if (earlier) return outcomeOf(await Idempotency.replay(countyId, input.idempotencyKey, requestHash));
  await hit(limits.addressSubmit, countyId, input.ip);
  const {
    data: officer
  } = await db.entities.officer.get({
    countyId,
    officerId: input.officerId
  }).go();
  if (!officer || officer.status !== "active") throw new NotFoundError("officer.not_found", "No such officer");
  await hit(limits.officerBurst, countyId, officer.officerId);
  let proof;
  try {
    proof = input.code ? await codeProof(countyId, input.code, input.officerId, input.ip) : await otpProof(countyId, input.otp, input.officerId);
  } catch (error) {
    const {
      data: first
    } = await db.entities.idempotency.get({
      countyId,
      key: input.idempotencyKey
    }).go({
      consistent: true
    });
    if (first) return outcomeOf(await Idempotency.replay(countyId, input.idempotencyKey, requestHash));
    throw error;
  }
  const now = Date.now();
  const ratingId = newReference();
  const complaint = input.reportPrivately || input.overall <= 2 && Boolean(input.text);
  const praiseState = input.text && !complaint ? "pending" : "none";
  const queue = complaint ? "complaint" : praiseState === "pending" ? "praise" : "done";
  const verified = proof.kind === "code";
  const weight = verified ? verifiedWeight : 1;
  const sums = {
    count: 1,
    overall: input.overall,
    responsiveness: input.responsiveness,
    courtesy: input.courtesy,
    solvedYes: input.solved === "yes" ? 1 : 0,
    solvedPartly: input.solved === "partly" ? 1 : 0,
    solvedNo: input.solved === "no" ? 1 : 0,
    verified: verified ? 1 : 0,
    weight,
    weightedOverall: weight * input.overall
  };
  const result = await withConflictRetry(
    () => db.transaction.write(({
      idempotency,
      officer: officers,
      ratingCode,
      ratingOtp,
      ratingPhone,
      rating,
      ratingSummary,
      ratingCounty
    }) => [Idempotency.claim(idempotency, countyId, input.idempotencyKey, requestHash, ratingId), officers.check({
      countyId,
      officerId: input.officerId
    }).where((a, op) => op.eq(a.status, "active")).commit(), proof.kind === "code" ? ratingCode.patch({
      countyId,
      codeHash: proof.codeHash
    }).set({
      usedAt: now,
      ratingId
    }).where((a, op) => `${op.notExists(a.usedAt)} AND ${op.gt(a.validUntil, now)} AND ${op.eq(a.officerId, input.officerId)}`).commit() : ratingOtp.patch({
      countyId,
      otpId: proof.otpId
    }).set({
      usedAt: now
    }).where((a, op) => `${op.notExists(a.usedAt)} AND ${op.lt(a.attempts, otpAttempts)}`).commit(), ...proof.kind === "otp" ? [ratingPhone.put({
      countyId,
      phoneHash: proof.phoneHash,
      officerId: input.officerId,
      until: now + phoneClaimDays * 864e5,
      expiresAt: Math.floor(now / 1e3) + phoneClaimDays * 86400
    }).where((a, op) => `${op.notExists(a.until)} OR ${op.lt(a.until, now)}`).commit()] : [], rating.create({
      countyId,
      ratingId,
      officerId: input.officerId,
      precinctId: officer.precinctId,
      overall: input.overall,
      responsiveness: input.responsiveness,
      courtesy: input.courtesy,
      solved: input.solved,
      verified,
      signedAs: input.surname && input.honorific ? `${input.surname}${input.honorific}` : void 0,
      text: input.text,
      flags: input.text ? flagsOf(input.text) : [],
      praiseState,
      complaint,
      complaintState: complaint ? "open" : void 0,
      queue,
      submittedAt: now
    }).commit(), ratingSummary.update({
      countyId,
      scope: Counter.scope.officer(input.officerId)
    }).add(sums).commit(), ratingCounty.update({
      countyId
    }).add(sums).commit()]).go(),
    // Every rating of an officer meets on its aggregate item: allow more turns than a work-log write.
    conflictAttempts
  );
  if (result.canceled && result.data[0]?.code === "ConditionalCheckFailed") {
    return outcomeOf(await Idempotency.replay(countyId, input.idempotencyKey, requestHash));
  }
  assertCommitted(result, (index) => {
    if (index === 1) return new NotFoundError("officer.not_found", "No such officer");
    if (index === 2) {
      return proof.kind === "code" ? new ConflictError("rating.code_used", "This rating code has already been used") : new ConflictError("rating.otp_used", "This verification code has already been used");
    }
    if (index === 3 && proof.kind === "otp") return phoneUsed();
    return void 0;
  });
  return {
    ratingId,
    verified,
    complaint,
    praiseState
  };
});
async function outcomeOf(ratingId) {
  const {
    data
  } = await db.entities.rating.get({
    countyId: useCounty(),
    ratingId
  }).go({
    consistent: true
  });
  if (!data) throw new ConflictError("idempotency.retry", "Please submit again");
  return {
    ratingId,
    verified: data.verified,
    complaint: data.complaint,
    praiseState: data.praiseState
  };
}
function phoneUsed() {
  return new ConflictError("rating.phone_recently", "This phone has rated this officer in the last 30 days");
}
async function codeProof(countyId, code, officerId, ip) {
  await assertUnder(limits.addressCodeMiss, countyId, ip);
  const codeHash = secretHash(countyId, code);
  const {
    data
  } = await db.entities.ratingCode.get({
    countyId,
    codeHash
  }).go({
    consistent: true
  });
  const refuse = async (error) => {
    await hit(limits.addressCodeMiss, countyId, ip).catch(() => void 0);
    throw error;
  };
  if (!data) return refuse(new InputError("rating.code_invalid", "This rating code is not valid", {
    code: ["This rating code is not valid"]
  }));
  if (data.officerId !== officerId) {
    return refuse(new InputError("rating.code_foreign", "This rating code was issued by another officer", {
      code: ["This rating code was issued by another officer"]
    }));
  }
  if (data.usedAt) throw new ConflictError("rating.code_used", "This rating code has already been used");
  if (data.validUntil <= Date.now()) throw new InputError("rating.code_expired", "This rating code has expired", {
    code: ["This rating code has expired"]
  });
  return {
    kind: "code",
    codeHash
  };
}
async function otpProof(countyId, otp, officerId) {
  const {
    data
  } = await db.entities.ratingOtp.get({
    countyId,
    otpId: otp.otpId
  }).go({
    consistent: true
  });
  if (!data || data.officerId !== officerId) throw new InputError("rating.otp_invalid", "Request a new verification code", {
    otp: ["Request a new verification code"]
  });
  if (data.usedAt) throw new ConflictError("rating.otp_used", "This verification code has already been used");
  if (data.attempts >= otpAttempts) throw new InputError("rating.otp_attempts", "Too many wrong codes: request a new one", {
    otp: ["Too many wrong codes: request a new one"]
  });
  if (data.validUntil <= Date.now()) throw new InputError("rating.otp_expired", "The verification code has expired: request a new one", {
    otp: ["The code has expired"]
  });
  if (secretHash(countyId, `${otp.otpId}:${otp.value}`) !== data.otpHash) {
    await db.entities.ratingOtp.update({
      countyId,
      otpId: otp.otpId
    }).add({
      attempts: 1
    }).go();
    const left = otpAttempts - data.attempts - 1;
    throw new InputError("rating.otp_wrong", `Wrong verification code: ${left} attempts left`, {
      otp: [`Wrong code: ${left} attempts left`]
    });
  }
  return {
    kind: "otp",
    otpId: otp.otpId,
    phoneHash: data.phoneHash
  };
}

var Rating;
((Rating2) => {
  Rating2.methodSentence = method;
  Rating2.requestOtp = requestOtp;
  Rating2.submit = submit;
  Rating2.complaintStatus = complaintStatus;
  Rating2.queue = queue;
  Rating2.queueSizes = queueSizes;
  Rating2.moderate = moderate;
  Rating2.handleComplaint = handleComplaint;
  Rating2.mine = mine;
  Rating2.reply = reply;
  function forPage(items, county) {
    const summary = db.entities.ratingSummary.parse({
      Items: items
    }).data[0];
    const praise = db.entities.ratingPraise.parse({
      Items: items
    }).data.sort((a, b) => b.publishedAt - a.publishedAt);
    return {
      score: publicScore(summary, county),
      praise
    };
  }
  Rating2.forPage = forPage;
})(Rating || (Rating = {}));

export { Rating as R, RatingCode as a, ratableCategories as r };
