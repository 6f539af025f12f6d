import * as z from "zod";

/** Path segments the web app owns; a county slug may not take them. */
export const reservedSlugs = new Set([
  "en",
  "api",
  "console",
  "admin",
  "static",
  "assets",
  "_astro",
  "404",
  "500",
  "favicon.ico",
  "robots.txt",
  "health",
  "media",
  "care",
]);

export const slug = z
  .string()
  .trim()
  .min(2, "Use at least 2 characters")
  .max(48, "Use at most 48 characters")
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Use lower-case letters, digits and single hyphens");

export const id = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[a-z0-9-]+$/, "Not a valid id");

export const nameZh = z.string().trim().min(1, "Required").max(60, "Use at most 60 characters");
export const nameEn = z.string().trim().max(120, "Use at most 120 characters");

/** A mainland phone number or a fixed line with area code, as printed on a notice board. */
export const publicPhone = z
  .string()
  .trim()
  .max(20)
  .regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/, "Not a valid phone number");

/** An image the portal may show: an https URL or a path on this site. */
export const imageUrl = z
  .string()
  .trim()
  .max(500)
  .regex(/^(https:\/\/[^\s"'<>]+|\/(?!\/)[^\s"'<>]*)$/, "Use an https address or a path on this site");

/** Raw bytes (a file the server holds), for verbs called in-process. */
export const bytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array, "Expected a file");
