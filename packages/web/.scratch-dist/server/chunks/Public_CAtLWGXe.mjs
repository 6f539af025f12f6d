import { e as createComponent, g as addAttribute, p as renderHead, r as renderTemplate, o as renderSlot, h as createAstro } from './astro/server_s_7gde-g.mjs';
import 'piccolore';
import 'clsx';
/* empty css                         */

const locales = {
  zh: "zh-CN",
  en: "en-GB"
};
function formatDate(lang, instant) {
  return new Intl.DateTimeFormat(locales[lang], {
    dateStyle: "long",
    timeZone: "Asia/Shanghai"
  }).format(instant);
}
function formatNumber(lang, value) {
  return new Intl.NumberFormat(locales[lang]).format(value);
}
function siteOrigin(url) {
  return (process.env.SITE_URL ?? url.origin).replace(/\/+$/, "");
}
function safeImage(src) {
  return src && /^(https:\/\/|\/(?!\/))/.test(src) ? src : void 0;
}
function telHref(phone) {
  return `tel:${phone.replace(/[^\d+]/g, "")}`;
}

const en = {
  htmlLang: "en",
  siteName: "Cunjing",
  programme: "One Village, One Officer",
  tagline: "Find the police officer who serves your village or community",
  switchLanguage: "中文",
  skipToContent: "Skip to main content",
  chooseCounty: "Choose your county or district",
  countyCount: (n) => `${n} ${n === 1 ? "county" : "counties and districts"}`,
  noCounties: "No county has joined yet.",
  countyNav: "County pages",
  navOverview: "Overview",
  navVillages: "Villages",
  navStories: "Stories",
  navBrands: "Brands",
  precincts: "Police stations",
  villages: "Villages and communities",
  officers: "Village officers",
  village: "Village",
  community: "Community",
  figures: (precincts, villages, officers) => `${precincts} police ${precincts === 1 ? "station" : "stations"} · ${villages} villages and communities · ${officers} officers`,
  colon: ": ",
  listSeparator: ", ",
  officerOf: "Village officer",
  noOfficer: "No officer assigned yet",
  noVillages: "No villages or communities yet.",
  deskHours: "Desk hours",
  badge: "Badge",
  rank: "Rank",
  precinct: "Police station",
  address: "Address",
  suspendedTitle: "Service suspended",
  suspended: "Service in this county is suspended. In an emergency, call 110.",
  emergency: "In an emergency, call 110",
  notFoundTitle: "Page not found",
  notFoundText: "The page you are looking for does not exist or has moved.",
  backHome: "Back to the home page",
  footer: "Cunjing · One Village, One Officer",
  searchLabel: "Village or community: name, pinyin or initials",
  searchHint: "For example 西区, xiqu or xq",
  searchButton: "Search",
  findVillage: "Find your village or community",
  villagesTitle: (county) => `Villages and communities in ${county}`,
  villagesDescription: (county) => `Find a village or community in ${county} by name, pinyin or initials, and the officer who serves it.`,
  searchResults: (n, query) => `${n} ${n === 1 ? "match" : "matches"} for “${query}”.`,
  searchNone: (query) => `Nothing matches “${query}”. Try the full pinyin or the initials.`,
  searchCapped: (shown) => `Showing the first ${shown}; type more of the name to narrow it down.`,
  choosePrecinct: "Choose a police station, or search by name above:",
  villageCount: (n) => `${n} ${n === 1 ? "village or community" : "villages and communities"}`,
  showAll: "Show all villages and communities",
  officerDescription: (name, precinct) => `${name}, village officer at ${precinct}: desk hours, contact and work.`,
  photoOf: (name) => `Photo of ${name}`,
  villagesServed: "Villages and communities served",
  contact: "How to reach",
  officePhone: "Office phone",
  precinctPhone: "Police station phone",
  wechatGroup: "WeChat work group",
  wechatQrAlt: (name) => `QR code of ${name}'s WeChat work group`,
  wechatHint: "Scan with WeChat to join the group",
  noContact: "No phone number published yet. Visit the police office during desk hours or contact the police station; in an emergency, call 110.",
  about: "About",
  workTitle: (period) => `Work in the ${period}`,
  halfYear: (year, half) => `${half === 1 ? "first" : "second"} half of ${year}`,
  noWork: "No work recorded yet this half-year.",
  workNote: "Figures come from officers' daily work logs and are updated every day.",
  ratingTitle: "Residents' rating",
  ratingSummary: (score, count) => `${score} out of 5 (${count} ratings)`,
  praiseTitle: "Praise from residents",
  storiesAbout: "Stories",
  brandsOf: "Service brands",
  printCard: "Print a contact card",
  villageDescription: (village, officer) => officer ? `${officer} is the village officer of ${village}: desk hours and how to reach them.` : `${village}: desk hours and how to reach the police.`,
  villageOfficer: "Village officer",
  howToReach: "How to reach them",
  bookHint: "Walk in during desk hours, or call ahead to book a time or a home visit.",
  printNotice: "Print a notice",
  viewOfficer: "Open the officer's page",
  noticeTitle: (village) => `Village officer of ${village}`,
  cardTitle: (name) => `Village officer ${name}: contact card`,
  scanToOpen: "Scan to open the officer's page",
  printHint: "Use your browser's Print command (Ctrl+P) to print this page.",
  back: "Back",
  storiesTitle: (county) => `Stories from ${county}`,
  storiesDescription: (county) => `Stories of the village officers of ${county}.`,
  noStories: "No stories published yet.",
  latestStories: "Latest stories",
  allStories: "All stories",
  brandsTitle: (county) => `Service brands in ${county}`,
  brandsDescription: (county) => `Police service and mediation brands in ${county}.`,
  noBrands: "No brands published yet.",
  allBrands: "All brands",
  publishedOn: (date) => `Published ${date}`,
  featuredOfficers: "Officers featured",
  featuredVillages: "Villages and communities",
  chineseOnly: "This text is published in Chinese.",
  countyDescription: (county) => `One Village, One Officer in ${county}: find the officer who serves your village or community and see their work.`,
  coverage: "Coverage",
  figureNames: {
    opinion: "Residents' views collected",
    hazard: "Safety hazards found",
    hazard_eliminated: "Safety hazards eliminated",
    patrol_team: "Patrol teams organised",
    dispute: "Disputes mediated",
    help: "Residents helped",
    visit: "Households visited",
    deed: "Practical deeds done",
    grid_check: "Grid cells checked",
    publicity: "Safety and law talks",
    team: "Three-person team call-outs"
  }
};

const zh = {
  htmlLang: "zh-CN",
  siteName: "村警",
  programme: "一村（居）一警",
  tagline: "找到您所在村（社区）的驻村民警",
  switchLanguage: "English",
  skipToContent: "跳到正文",
  chooseCounty: "选择您所在的县（区）",
  countyCount: (n) => `${n} 个县（区）`,
  noCounties: "暂无县（区）开通服务。",
  countyNav: "本县（区）导航",
  navOverview: "概况",
  navVillages: "找村（社区）",
  navStories: "故事",
  navBrands: "品牌",
  precincts: "派出所",
  villages: "村（社区）",
  officers: "驻村（居）民警",
  village: "村",
  community: "社区",
  figures: (precincts, villages, officers) => `${precincts} 个派出所 · ${villages} 个村（社区） · ${officers} 名民警`,
  colon: "：",
  listSeparator: "、",
  officerOf: "驻村民警",
  noOfficer: "暂未配备民警",
  noVillages: "暂无村（社区）。",
  deskHours: "坐班时间",
  badge: "警号",
  rank: "警衔",
  precinct: "所属派出所",
  address: "地址",
  suspendedTitle: "服务已暂停",
  suspended: "该县（区）的服务已暂停，如有紧急情况请拨打 110。",
  emergency: "紧急情况请拨打 110",
  notFoundTitle: "页面不存在",
  notFoundText: "您要找的页面不存在或已移动。",
  backHome: "返回首页",
  footer: "村警 · 一村（居）一警服务平台",
  searchLabel: "村（社区）名称、拼音或首字母",
  searchHint: "例如：西区、xiqu 或 xq",
  searchButton: "搜索",
  findVillage: "查找您所在的村（社区）",
  villagesTitle: (county) => `${county}的村（社区）`,
  villagesDescription: (county) => `按名称、拼音或首字母查找${county}的村（社区）及其驻村民警。`,
  searchResults: (n, query) => `找到 ${n} 个与“${query}”相关的村（社区）。`,
  searchNone: (query) => `没有找到与“${query}”相关的村（社区）。请试试拼音全拼或首字母。`,
  searchCapped: (shown) => `只显示前 ${shown} 个，请输入更完整的名称。`,
  choosePrecinct: "请选择派出所，或在上方输入名称查找：",
  villageCount: (n) => `${n} 个村（社区）`,
  showAll: "显示全部村（社区）",
  officerDescription: (name, precinct) => `${precinct}驻村（居）民警${name}：坐班时间、联系方式和工作情况。`,
  photoOf: (name) => `${name}的照片`,
  villagesServed: "服务的村（社区）",
  contact: "联系方式",
  officePhone: "办公电话",
  precinctPhone: "派出所电话",
  wechatGroup: "微信工作群",
  wechatQrAlt: (name) => `${name}的微信工作群二维码`,
  wechatHint: "用微信扫码加入工作群",
  noContact: "暂未公布联系电话。可在坐班时间前往警务室，或联系所属派出所；紧急情况请拨打 110。",
  about: "简介",
  workTitle: (period) => `${period}工作情况`,
  halfYear: (year, half) => `${year} 年${half === 1 ? "上" : "下"}半年`,
  noWork: "本半年暂无工作记录。",
  workNote: "数据来自民警的日常工作记录，每日更新。",
  ratingTitle: "群众评价",
  ratingSummary: (score, count) => `${score} 分（满分 5 分，${count} 条评价）`,
  praiseTitle: "群众表扬",
  storiesAbout: "相关故事",
  brandsOf: "服务品牌",
  printCard: "打印民警联系卡",
  villageDescription: (village, officer) => officer ? `${village}的驻村（居）民警是${officer}：坐班时间和联系方式。` : `${village}：坐班时间和联系方式。`,
  villageOfficer: "驻村（居）民警",
  howToReach: "如何联系",
  bookHint: "可在坐班时间到警务室当面办理，也可先打电话预约或请民警上门。",
  printNotice: "打印公示牌",
  viewOfficer: "查看民警主页",
  noticeTitle: (village) => `${village}驻村（居）民警公示`,
  cardTitle: (name) => `驻村民警 ${name} 联系卡`,
  scanToOpen: "扫码查看民警主页",
  printHint: "使用浏览器的“打印”功能（Ctrl+P）打印本页。",
  back: "返回",
  storiesTitle: (county) => `${county}民警故事`,
  storiesDescription: (county) => `${county}驻村（居）民警的工作故事。`,
  noStories: "暂无已发布的故事。",
  latestStories: "最新故事",
  allStories: "全部故事",
  brandsTitle: (county) => `${county}警务服务品牌`,
  brandsDescription: (county) => `${county}的警务服务与矛盾调解品牌。`,
  noBrands: "暂无已发布的品牌。",
  allBrands: "全部品牌",
  publishedOn: (date) => `发布于 ${date}`,
  featuredOfficers: "文中民警",
  featuredVillages: "涉及村（社区）",
  chineseOnly: "",
  countyDescription: (county) => `${county}“一村（居）一警”：找到您所在村（社区）的民警，了解他们的工作。`,
  coverage: "覆盖情况",
  figureNames: {
    opinion: "收集社情民意",
    hazard: "排查安全隐患",
    hazard_eliminated: "消除安全隐患",
    patrol_team: "指导组织巡逻队",
    dispute: "化解矛盾纠纷",
    help: "帮助群众",
    visit: "走访群众（户）",
    deed: "为群众办实事",
    grid_check: "综治网格排查",
    publicity: "法治安全宣传",
    team: "三人小组出动"
  }
};

const dictionaries = {
  zh,
  en
};
function messages(lang) {
  return dictionaries[lang];
}
function langOf(url) {
  return url.pathname === "/en" || url.pathname.startsWith("/en/") ? "en" : "zh";
}
function localePath(lang, path) {
  const clean = path.startsWith("/") ? path : `/${path}`;
  if (lang === "zh") return clean;
  return clean === "/" ? "/en" : `/en${clean}`;
}
function switchPath(url) {
  const lang = langOf(url);
  if (lang === "en") return url.pathname.replace(/^\/en(?=\/|$)/, "") || "/";
  return localePath("en", url.pathname);
}
function nameIn(lang, item) {
  return lang === "en" && item.nameEn ? item.nameEn : item.nameZh;
}
function textIn(lang, item, field) {
  const english = item[`${field}En`];
  if (lang === "en" && english) return {
    text: english,
    lang: "en"
  };
  return {
    text: item[field] ?? "",
    lang: "zh"
  };
}
function htmlLang(lang) {
  return messages(lang).htmlLang;
}

const $$Astro = createAstro();
const $$Public = createComponent(($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$Public;
  const { lang, title, description, image, type = "website", county, section, query } = Astro2.props;
  const m = messages(lang);
  const other = lang === "zh" ? "en" : "zh";
  const origin = siteOrigin(Astro2.url);
  const here = Astro2.url.pathname;
  const there = switchPath(Astro2.url) + (query ? `?${query}` : "");
  const zhPath = lang === "zh" ? here : switchPath(Astro2.url);
  const enPath = lang === "en" ? here : switchPath(Astro2.url);
  const shareImage = new URL(image ?? "/og.jpg", origin + "/").href;
  const menu = county ? [
    { section: "overview", path: `/${county.slug}`, label: m.navOverview },
    { section: "villages", path: `/${county.slug}/villages`, label: m.navVillages },
    { section: "stories", path: `/${county.slug}/stories`, label: m.navStories },
    { section: "brands", path: `/${county.slug}/brands`, label: m.navBrands }
  ] : [];
  return renderTemplate`<html${addAttribute(m.htmlLang, "lang")}> <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><meta name="description"${addAttribute(description, "content")}><link rel="canonical"${addAttribute(origin + here, "href")}><link rel="alternate" hreflang="zh-CN"${addAttribute(origin + zhPath, "href")}><link rel="alternate" hreflang="en"${addAttribute(origin + enPath, "href")}><link rel="icon" href="/favicon.svg" type="image/svg+xml"><meta name="theme-color" content="#0b4aa2"><meta property="og:type"${addAttribute(type, "content")}><meta property="og:site_name"${addAttribute(m.siteName, "content")}><meta property="og:title"${addAttribute(title, "content")}><meta property="og:description"${addAttribute(description, "content")}><meta property="og:url"${addAttribute(origin + here, "content")}><meta property="og:image"${addAttribute(shareImage, "content")}><meta property="og:locale"${addAttribute(lang === "zh" ? "zh_CN" : "en_GB", "content")}><meta name="twitter:card" content="summary"><meta itemprop="name"${addAttribute(title, "content")}><meta itemprop="description"${addAttribute(description, "content")}><meta itemprop="image"${addAttribute(shareImage, "content")}>${renderHead()}</head> <body> <a class="skip" href="#main">${m.skipToContent}</a> <header class="bar"> <a class="brand"${addAttribute(localePath(lang, "/"), "href")}>${m.siteName}<span>${m.programme}</span></a> <a class="lang"${addAttribute(there, "href")}${addAttribute(htmlLang(other), "hreflang")}${addAttribute(htmlLang(other), "lang")}>${m.switchLanguage}</a> </header> ${county && renderTemplate`<nav class="menu"${addAttribute(m.countyNav, "aria-label")}> <ul> ${menu.map((item) => renderTemplate`<li> <a${addAttribute(localePath(lang, item.path), "href")}${addAttribute(item.section === section ? "page" : void 0, "aria-current")}> ${item.label} </a> </li>`)} </ul> </nav>`} <main id="main" tabindex="-1"> ${renderSlot($$result, $$slots["default"])} </main> <footer> <p><strong>${m.emergency}</strong></p> <p>${county ? `${county.name} \xB7 ` : ""}${m.footer}</p> </footer> </body></html>`;
}, "/work/main/packages/web/src/layouts/Public.astro", void 0);

export { $$Public as $, localePath as a, formatNumber as b, siteOrigin as c, switchPath as d, telHref as e, formatDate as f, htmlLang as h, langOf as l, messages as m, nameIn as n, safeImage as s, textIn as t };
