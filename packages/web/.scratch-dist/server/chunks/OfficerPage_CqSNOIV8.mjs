import { e as createComponent, m as maybeRenderHead, k as renderComponent, l as Fragment, r as renderTemplate, h as createAstro, g as addAttribute } from './astro/server_s_7gde-g.mjs';
import 'piccolore';
import { f as formatDate, m as messages, n as nameIn, $ as $$Public, a as localePath } from './Public_CAtLWGXe.mjs';
import { $ as $$FeatureList } from './FeatureList_CuH_932i.mjs';
import { $ as $$WorkFigures } from './WorkFigures_C92h3PEn.mjs';
import { $ as $$Avatar } from './Avatar_DMegB3Yd.mjs';
import { $ as $$ContactChannels } from './ContactChannels_DtBKEp2R.mjs';
import { f as feedbackMessages } from './feedback_UwZK7OVu.mjs';
/* empty css                          */
import { $ as $$RatingSummary } from './RatingSummary_DAzKNq8z.mjs';

const $$Astro$1 = createAstro();
const $$PraiseList = createComponent(($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro$1, $$props, $$slots);
  Astro2.self = $$PraiseList;
  const { lang, praise } = Astro2.props;
  const m = messages(lang);
  const f = feedbackMessages(lang);
  return renderTemplate`${praise.length > 0 && renderTemplate`${maybeRenderHead()}<section aria-labelledby="praise-title" data-astro-cid-ygvktjom><h2 id="praise-title" data-astro-cid-ygvktjom>${m.praiseTitle}</h2><ul class="plain" data-astro-cid-ygvktjom>${praise.map((item) => renderTemplate`<li class="card" data-astro-cid-ygvktjom><blockquote lang="zh-CN" data-astro-cid-ygvktjom>${item.text}</blockquote><p class="muted small" data-astro-cid-ygvktjom>${item.signedAs ?? f.anonymous} · ${formatDate(lang, item.publishedAt)}${item.verified && renderTemplate`${renderComponent($$result, "Fragment", Fragment, { "data-astro-cid-ygvktjom": true }, { "default": ($$result2) => renderTemplate` · ${f.verifiedBadge}` })}`}</p>${item.reply && renderTemplate`<p class="reply small" data-astro-cid-ygvktjom>${f.replyFrom}：<span lang="zh-CN" data-astro-cid-ygvktjom>${item.reply}</span></p>`}</li>`)}</ul></section>`}`;
}, "/work/main/packages/web/src/components/Officer/PraiseList.astro", void 0);

const $$Astro = createAstro();
const $$OfficerPage = createComponent(($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$OfficerPage;
  const { lang, data } = Astro2.props;
  const { county, officer, precinct, villages, period, totals, stories, brands, rating, praise } = data;
  const m = messages(lang);
  const f = feedbackMessages(lang);
  const name = nameIn(lang, officer);
  const countyName = nameIn(lang, county);
  const precinctName = precinct ? nameIn(lang, precinct) : "";
  const base = `/${county.slug}`;
  const deskHours = officer.deskHours ?? villages.find((village) => village.deskHours)?.deskHours;
  return renderTemplate`${renderComponent($$result, "Public", $$Public, { "lang": lang, "title": `${name} \xB7 ${m.officerOf} \xB7 ${countyName}`, "description": m.officerDescription(name, precinctName || countyName), "image": officer.photoUrl, "type": "profile", "county": { slug: county.slug, name: countyName }, "data-astro-cid-qhwelxoq": true }, { "default": ($$result2) => renderTemplate` ${maybeRenderHead()}<p class="crumbs" data-astro-cid-qhwelxoq><a${addAttribute(localePath(lang, base), "href")} data-astro-cid-qhwelxoq>${countyName}</a>${precinct && renderTemplate`${renderComponent($$result2, "Fragment", Fragment, { "data-astro-cid-qhwelxoq": true }, { "default": ($$result3) => renderTemplate` › ${precinctName}` })}`}</p> <div class="profile card" data-astro-cid-qhwelxoq> ${renderComponent($$result2, "Avatar", $$Avatar, { "name": name, "photoUrl": officer.photoUrl, "alt": m.photoOf(name), "data-astro-cid-qhwelxoq": true })} <div data-astro-cid-qhwelxoq> <h1 data-astro-cid-qhwelxoq>${name}</h1> <p class="role" data-astro-cid-qhwelxoq>${m.officerOf}${officer.rank && renderTemplate`${renderComponent($$result2, "Fragment", Fragment, { "data-astro-cid-qhwelxoq": true }, { "default": ($$result3) => renderTemplate` · <span lang="zh-CN" data-astro-cid-qhwelxoq>${officer.rank}</span>` })}`}</p> <p class="muted" data-astro-cid-qhwelxoq>${m.badge} <span class="num" data-astro-cid-qhwelxoq>${officer.badge}</span></p> ${precinct && renderTemplate`<p class="muted" data-astro-cid-qhwelxoq>${precinctName}</p>`} </div> </div> <dl class="facts card" data-astro-cid-qhwelxoq> <dt data-astro-cid-qhwelxoq>${m.villagesServed}</dt> <dd data-astro-cid-qhwelxoq> ${villages.length === 0 ? renderTemplate`<span class="muted" data-astro-cid-qhwelxoq>${m.noVillages}</span>` : renderTemplate`<ul class="chips" data-astro-cid-qhwelxoq> ${villages.map((village) => renderTemplate`<li data-astro-cid-qhwelxoq> <a${addAttribute(localePath(lang, `${base}/villages/${village.villageId}`), "href")} data-astro-cid-qhwelxoq>${nameIn(lang, village)}</a> </li>`)} </ul>`} </dd> ${deskHours && renderTemplate`${renderComponent($$result2, "Fragment", Fragment, { "data-astro-cid-qhwelxoq": true }, { "default": ($$result3) => renderTemplate` <dt data-astro-cid-qhwelxoq>${m.deskHours}</dt> <dd lang="zh-CN" data-astro-cid-qhwelxoq>${deskHours}</dd> ` })}`} </dl> ${renderComponent($$result2, "ContactChannels", $$ContactChannels, { "lang": lang, "officer": officer, "precinct": precinct, "data-astro-cid-qhwelxoq": true })} ${officer.bio && renderTemplate`<section aria-labelledby="about-title" data-astro-cid-qhwelxoq> <h2 id="about-title" data-astro-cid-qhwelxoq>${m.about}</h2> <p lang="zh-CN" data-astro-cid-qhwelxoq>${officer.bio}</p> </section>`}${renderComponent($$result2, "WorkFigures", $$WorkFigures, { "lang": lang, "totals": totals, "period": period, "data-astro-cid-qhwelxoq": true })} ${renderComponent($$result2, "RatingSummary", $$RatingSummary, { "lang": lang, "rating": rating, "data-astro-cid-qhwelxoq": true })} ${renderComponent($$result2, "PraiseList", $$PraiseList, { "lang": lang, "praise": praise, "data-astro-cid-qhwelxoq": true })} <p class="rate-link" data-astro-cid-qhwelxoq><a class="button quiet"${addAttribute(localePath(lang, `${base}/officers/${officer.slug}/rate`), "href")} data-astro-cid-qhwelxoq>${f.rateLink}</a></p> ${stories.length > 0 && renderTemplate`<section aria-labelledby="stories-title" data-astro-cid-qhwelxoq> <h2 id="stories-title" data-astro-cid-qhwelxoq>${m.storiesAbout}</h2> ${renderComponent($$result2, "FeatureList", $$FeatureList, { "lang": lang, "countySlug": county.slug, "items": stories, "data-astro-cid-qhwelxoq": true })} </section>`}${brands.length > 0 && renderTemplate`<section aria-labelledby="brands-title" data-astro-cid-qhwelxoq> <h2 id="brands-title" data-astro-cid-qhwelxoq>${m.brandsOf}</h2> ${renderComponent($$result2, "FeatureList", $$FeatureList, { "lang": lang, "countySlug": county.slug, "items": brands, "data-astro-cid-qhwelxoq": true })} </section>`}<p class="print-link" data-astro-cid-qhwelxoq><a${addAttribute(localePath(lang, `${base}/officers/${officer.slug}/card`), "href")} data-astro-cid-qhwelxoq>${m.printCard}</a></p> ` })} `;
}, "/work/main/packages/web/src/components/Officer/OfficerPage.astro", void 0);

export { $$OfficerPage as $ };
