import { db } from "../db/service";
import { Outbox } from "../outbox/index";
import { openField } from "./sealed";
import type { Appointment } from "./types";
import { localTime } from "./zone";

const windowText = { morning: "上午", afternoon: "下午", evening: "傍晚" } as const;

/** `11月30日 09:20` or `11月30日上午` (home visits). */
export function whenText(appointment: Pick<Appointment, "startsAt" | "day" | "mode" | "window">): string {
  const [, month, date] = appointment.day.split("-").map(Number);
  const day = `${month}月${date}日`;
  return appointment.mode === "home" && appointment.window
    ? `${day}${windowText[appointment.window]}`
    : `${day} ${localTime(appointment.startsAt)}`;
}

export type Notice = "received" | "confirmed" | "proposed" | "declined" | "cancelled" | "reminder";

/**
 * The SMS a resident gets at each step (through the outbox; delivered by SMS in production). The
 * phone is unsealed only here, to address the message.
 */
export async function notify(appointment: Appointment, notice: Notice) {
  const { countyId } = appointment;
  const [{ data: county }, { data: officer }] = await Promise.all([
    db.entities.county.get({ countyId }).go(),
    db.entities.officer.get({ countyId, officerId: appointment.officerId }).go(),
  ]);
  const link = `${process.env.SITE_URL ?? ""}/${county?.slug ?? ""}/appointment?ref=${appointment.appointmentId}`;
  const who = `${officer?.nameZh ?? ""}警官`;
  const when = whenText(appointment);
  const ref = appointment.appointmentId;
  const bodies: Record<Notice, string> = {
    received: `【村警】已收到您与${who}的预约（${when}），预约号 ${ref}，确认后将短信通知您。查看或取消：${link}`,
    confirmed: `【村警】${who}已确认您的预约：${when}，预约号 ${ref}。如需取消：${link}`,
    proposed: `【村警】${who}建议将您的预约改到 ${when}，请确认或取消：${link}`,
    declined: `【村警】很抱歉，${who}无法接受您的预约（${appointment.reason ?? ""}）。预约号 ${ref}。`,
    cancelled: `【村警】您与${who}的预约（${when}）已取消，预约号 ${ref}。`,
    reminder: `【村警】提醒：您与${who}的预约在明天 ${when}，预约号 ${ref}。如需取消：${link}`,
  };
  await Outbox.send({
    countyId,
    channel: "sms",
    to: await openField(appointment, "phone", appointment.phoneSealed),
    subject: `appointment-${notice}`,
    body: bodies[notice],
  });
}
