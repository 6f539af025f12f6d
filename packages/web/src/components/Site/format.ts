import type { Lang } from "../../i18n";

const locales: Record<Lang, string> = { zh: "zh-CN", en: "en-GB" };

export function formatDate(lang: Lang, instant: number): string {
  return new Intl.DateTimeFormat(locales[lang], { dateStyle: "long", timeZone: "Asia/Shanghai" }).format(instant);
}

export function formatNumber(lang: Lang, value: number): string {
  return new Intl.NumberFormat(locales[lang]).format(value);
}

/** The origin pages are shared from: `SITE_URL` when set (the public domain), else the request's. */
export function siteOrigin(url: URL): string {
  return (process.env.SITE_URL ?? url.origin).replace(/\/+$/, "");
}

/** An image address fit to render: https, or a path on this site. Anything else is dropped. */
export function safeImage(src: string | undefined): string | undefined {
  return src && /^(https:\/\/|\/(?!\/))/.test(src) ? src : undefined;
}

/** A `tel:` address for a printed phone number such as 0752-6123456. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, "")}`;
}
