import { customAlphabet } from "nanoid";
import * as z from "zod";
import { useScope, type Access } from "../access";
import { useActor, useCounty } from "../actor";
import { db } from "../db/service";
import { Outbox } from "../outbox/index";
import { ForbiddenError, NotFoundError } from "../util/errors";
import { fn } from "../util/fn";
import { id } from "../util/schemas";
import { mobileSchema } from "../resident/otp";
import { phoneHash, secretHash } from "./secret";

/** No 0/O, 1/I/L: a code read out or copied from a slip survives. */
export const codeAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const codeLength = 8;
export const codeValidDays = 14;
/** The contacts a resident can rate: the officer met them in person. */
export const ratableCategories = ["visit", "help", "dispute", "deed"] as const;

const newCode = customAlphabet(codeAlphabet, codeLength);

/** What a resident typed: upper-cased, without spaces or hyphens. */
export function normalizeCode(value: string): string {
  return value.toUpperCase().replace(/[\s-]/g, "");
}

export const codeSchema = z
  .string()
  .max(40)
  .transform(normalizeCode)
  .pipe(z.string().regex(new RegExp(`^[${codeAlphabet}]{${codeLength}}$`), "Not a valid rating code"));

const mobile = mobileSchema;

export namespace RatingCode {
  export const phoneSchema = mobile;

  /** The officer who logged the contact, for their own entries. */
  const issuer: Access = { officer: "own" };

  /**
   * Issues a one-time rating code for a contact the signed-in officer logged (a visit, help,
   * dispute or deed). Only the code's hash is stored; the code and its link are returned once and,
   * when a phone is given, sent to it as an SMS. The phone itself is not kept with the code, only its
   * keyed hash, so that the rating shows in that phone's own records.
   */
  export const issue = fn(
    issuer,
    z.object({ workLogId: id, phone: mobile.optional().or(z.literal("").transform(() => undefined)) }),
    async ({ workLogId, phone }) => {
      const actor = useActor();
      const officerId = useScope() === "own" && actor.type === "user" ? actor.properties.officerId : undefined;
      if (!officerId)
        throw new ForbiddenError("rating.officers_only", "Only the officer who logged the contact issues codes");
      const countyId = useCounty();
      const [{ data: entry }, { data: officer }, { data: county }] = await Promise.all([
        db.entities.workLog.get({ countyId, entryId: workLogId }).go(),
        db.entities.officer.get({ countyId, officerId }).go(),
        db.entities.county.get({ countyId }).go(),
      ]);
      if (!entry || entry.officerId !== officerId || !officer || !county) {
        throw new NotFoundError("worklog.not_found", "No such entry");
      }
      if (!(ratableCategories as readonly string[]).includes(entry.category)) {
        throw new ForbiddenError(
          "rating.code_category",
          "Rating codes are issued for visits, help, disputes and good deeds",
        );
      }
      const code = newCode();
      const validUntil = Date.now() + codeValidDays * 86_400_000;
      await db.entities.ratingCode
        .create({
          countyId,
          codeHash: secretHash(countyId, code),
          officerId,
          entryId: workLogId,
          phoneHash: phone ? phoneHash(countyId, phone) : undefined,
          validUntil,
          expiresAt: Math.floor(validUntil / 1000) + 86_400,
        })
        .go();
      const link = `/${county.slug}/officers/${officer.slug}/rate?code=${code}`;
      if (phone) {
        await Outbox.send({
          countyId,
          channel: "sms",
          to: phone,
          subject: "rating-code",
          body: `【村警】${officer.nameZh}警官邀请您评价本次服务，评价码 ${code}，14天内有效：${process.env.SITE_URL ?? ""}${link}`,
        });
      }
      return { code, link, validUntil, sentTo: phone ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : undefined };
    },
  );
}
