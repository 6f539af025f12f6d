import { e as createComponent, g as addAttribute, p as renderHead, r as renderTemplate, o as renderSlot, h as createAstro } from './astro/server_s_7gde-g.mjs';
import 'piccolore';
import 'clsx';
import { c as consoleLang, a as consoleMessages } from './index_DEu4dKf_.mjs';
import { w as workMessages } from './index_CYLbpVVE.mjs';
import { a as onboardingMessages } from './index_ur84y5b3.mjs';
/* empty css                         */

const zh = {
  nav: "群众评价",
  title: "群众评价",
  queueTitle: (n) => `待审核表扬（${n}）`,
  complaintsTitle: (n) => `未办结投诉（${n}）`,
  empty: "暂无。",
  flags: {
    link: "含链接",
    phone: "含电话号码",
    id_number: "含身份证号"
  },
  scores: (overall, responsiveness, courtesy) => `总体 ${overall} · 响应 ${responsiveness} · 态度 ${courtesy}`,
  verified: "核实接触",
  overallScore: (n) => `总体 ${n} 分`,
  open: "开放评价",
  approve: "通过并公开",
  approveHint: "可先删去姓名、电话、住址等个人信息再通过。",
  reject: "不予公开",
  reason: "理由",
  states: {
    open: "已受理",
    in_progress: "处理中",
    resolved: "已办结"
  },
  note: "内部备注（不对群众公开）",
  update: "更新状态",
  reference: "查询编号",
  mineTitle: "我收到的表扬",
  reply: "公开回复（每条表扬一次）",
  sendReply: "发布回复",
  replied: "我的回复",
  issueTitle: "评价码",
  issueHint: "为这次接触生成一次性评价码（14 天内有效，只能用一次）；填写群众手机号则以短信发送链接，号码不会保存。",
  phone: "群众手机号（选填）",
  issue: "生成评价码",
  issued: (validUntil) => `评价码已生成，有效期至 ${validUntil}。请交给群众或打印本页：`,
  sentTo: (masked) => `已发送短信至 ${masked}。`,
  done: "已保存。",
  onlyRoles: "群众评价由派出所负责人审核，民警查看自己收到的表扬。",
  errors: {
    "rating.not_pending": "这条表扬已经审核过。",
    "rating.replied": "您已经回复过这条表扬。",
    "rating.not_found": "没有这条评价。",
    "rating.reply_personal": "公开回复中请勿包含链接、电话或身份证号。",
    "rating.code_category": "只有走访、帮扶、调解和好人好事可以生成评价码。",
    "worklog.not_found": "没有这条记录。"
  }
};
const en = {
  nav: "Feedback",
  title: "Residents' feedback",
  queueTitle: (n) => `Praise awaiting review (${n})`,
  complaintsTitle: (n) => `Open complaints (${n})`,
  empty: "Nothing here.",
  flags: {
    link: "contains a link",
    phone: "contains a phone number",
    id_number: "contains an ID number"
  },
  scores: (overall, responsiveness, courtesy) => `Overall ${overall} · Responsiveness ${responsiveness} · Courtesy ${courtesy}`,
  verified: "Verified contact",
  overallScore: (n) => `Overall ${n}`,
  open: "Open rating",
  approve: "Approve and publish",
  approveHint: "You may remove names, phone numbers or addresses before approving.",
  reject: "Reject",
  reason: "Reason",
  states: {
    open: "Received",
    in_progress: "In progress",
    resolved: "Resolved"
  },
  note: "Internal note (never shown to the resident)",
  update: "Update",
  reference: "Reference",
  mineTitle: "Praise I received",
  reply: "Public reply (one per praise)",
  sendReply: "Post reply",
  replied: "My reply",
  issueTitle: "Rating code",
  issueHint: "Make a one-time rating code for this contact (valid 14 days, single use); with the resident's mobile number it is sent as an SMS link, and the number is not kept.",
  phone: "Resident's mobile (optional)",
  issue: "Make a rating code",
  issued: (validUntil) => `Rating code made, valid until ${validUntil}. Hand it over or print this page:`,
  sentTo: (masked) => `SMS sent to ${masked}.`,
  done: "Saved.",
  onlyRoles: "Precinct supervisors review feedback; officers see the praise they received.",
  errors: {
    "rating.not_pending": "This praise has already been reviewed.",
    "rating.replied": "You have already replied to this praise.",
    "rating.not_found": "No such rating.",
    "rating.reply_personal": "Leave links, phone numbers and ID numbers out of a public reply.",
    "rating.code_category": "Rating codes are made for visits, help, disputes and good deeds.",
    "worklog.not_found": "No such entry."
  }
};
function feedbackConsoleMessages(lang) {
  return lang === "en" ? en : zh;
}

const $$Astro = createAstro();
const $$Console = createComponent(($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$Console;
  const { title } = Astro2.props;
  const lang = consoleLang(Astro2.cookies, Astro2.url);
  const m = consoleMessages(lang);
  const w = workMessages(lang);
  const o = onboardingMessages(lang);
  const fb = feedbackConsoleMessages(lang);
  const user = Astro2.locals.user;
  const role = Astro2.locals.actor.type === "user" ? Astro2.locals.actor.properties.role : void 0;
  const switchTo = lang === "zh" ? "en" : "zh";
  return renderTemplate`<html${addAttribute(m.htmlLang, "lang")}> <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${title} · ${m.title}</title>${renderHead()}</head> <body> <a class="skip" href="#main">${lang === "zh" ? "\u8DF3\u5230\u6B63\u6587" : "Skip to content"}</a> <header class="bar"> <a class="brand" href="/console">${m.title}</a> <nav> ${user && renderTemplate`<a href="/console">${m.home}</a>`} ${role === "officer" && renderTemplate`<a href="/console/log">${w.record}</a>`} ${(role === "officer" || role === "precinct_supervisor" || role === "county_admin") && renderTemplate`<a href="/console/dashboard">${w.dashboard}</a>`} ${role === "officer" && renderTemplate`<a href="/console/today">${m.task.navToday}</a>`} ${(role === "precinct_supervisor" || role === "county_admin") && renderTemplate`<a href="/console/tasks">${m.task.navBoard}</a>`} ${(role === "officer" || role === "precinct_supervisor") && renderTemplate`<a href="/console/feedback">${fb.nav}</a>`} ${role === "county_admin" && renderTemplate`<a href="/console/onboarding">${o.nav.onboarding}</a>`} ${role === "county_admin" && renderTemplate`<a href="/console/settings">${o.nav.settings}</a>`} ${role === "platform_admin" && renderTemplate`<a href="/console/platform">${o.nav.platform}</a>`} ${(role === "county_admin" || role === "platform_admin") && renderTemplate`<a href="/console/users">${m.users}</a>`} ${user && renderTemplate`<a href="/console/password">${m.changePassword}</a>`} <a${addAttribute(`/console/language?to=${switchTo}&next=${encodeURIComponent(Astro2.url.pathname)}`, "href")}${addAttribute(switchTo === "en" ? "en" : "zh-CN", "lang")}>${m.switchLanguage}</a> ${user && renderTemplate`<form method="post" action="/console/signout"> <button type="submit">${m.signOut}</button> </form>`} </nav> </header> <main id="main"> ${renderSlot($$result, $$slots["default"])} </main> </body></html>`;
}, "/work/main/packages/web/src/layouts/Console.astro", void 0);

export { $$Console as $, feedbackConsoleMessages as f };
