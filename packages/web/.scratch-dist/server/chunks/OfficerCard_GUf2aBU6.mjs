import { e as createComponent, k as renderComponent, r as renderTemplate, h as createAstro, m as maybeRenderHead, l as Fragment, g as addAttribute, u as unescapeHTML } from './astro/server_s_7gde-g.mjs';
import 'piccolore';
import { $ as $$Print } from './Print_Dqf7TVPM.mjs';
import { n as nameIn, a as localePath, c as siteOrigin, m as messages } from './Public_CAtLWGXe.mjs';
import { $ as $$Avatar } from './Avatar_DMegB3Yd.mjs';
import { q as qrSvg } from './qr_ISTGQ_kA.mjs';
/* empty css                        */

const $$Astro = createAstro();
const $$OfficerCard = createComponent(async ($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$OfficerCard;
  const { lang, data } = Astro2.props;
  const { county, officer, precinct, villages } = data;
  const m = messages(lang);
  const name = nameIn(lang, officer);
  const page = localePath(lang, `/${county.slug}/officers/${officer.slug}`);
  const qr = await qrSvg(siteOrigin(Astro2.url) + page);
  const deskHours = officer.deskHours ?? villages.find((village) => village.deskHours)?.deskHours;
  return renderTemplate`${renderComponent($$result, "Print", $$Print, { "lang": lang, "title": m.cardTitle(name), "description": m.officerDescription(name, precinct ? nameIn(lang, precinct) : nameIn(lang, county)), "paper": "a6", "backHref": page, "image": officer.photoUrl, "data-astro-cid-yzejozke": true }, { "default": async ($$result2) => renderTemplate` ${maybeRenderHead()}<p class="kicker" data-astro-cid-yzejozke>${nameIn(lang, county)} · ${m.programme}</p> <div class="who" data-astro-cid-yzejozke> ${renderComponent($$result2, "Avatar", $$Avatar, { "name": name, "photoUrl": officer.photoUrl, "alt": m.photoOf(name), "size": 64, "data-astro-cid-yzejozke": true })} <div data-astro-cid-yzejozke> <h1 data-astro-cid-yzejozke>${name}</h1> <p data-astro-cid-yzejozke>${m.officerOf}${officer.rank && renderTemplate`${renderComponent($$result2, "Fragment", Fragment, { "data-astro-cid-yzejozke": true }, { "default": async ($$result3) => renderTemplate` · <span lang="zh-CN" data-astro-cid-yzejozke>${officer.rank}</span>` })}`}</p> <p class="muted" data-astro-cid-yzejozke>${m.badge} ${officer.badge}</p> </div> </div> <dl data-astro-cid-yzejozke> ${precinct && renderTemplate`${renderComponent($$result2, "Fragment", Fragment, { "data-astro-cid-yzejozke": true }, { "default": async ($$result3) => renderTemplate`<dt data-astro-cid-yzejozke>${m.precinct}</dt><dd data-astro-cid-yzejozke>${nameIn(lang, precinct)}</dd>` })}`} ${villages.length > 0 && renderTemplate`${renderComponent($$result2, "Fragment", Fragment, { "data-astro-cid-yzejozke": true }, { "default": async ($$result3) => renderTemplate`<dt data-astro-cid-yzejozke>${m.villagesServed}</dt><dd data-astro-cid-yzejozke>${villages.map((village) => nameIn(lang, village)).join(m.listSeparator)}</dd>` })}`} ${deskHours && renderTemplate`${renderComponent($$result2, "Fragment", Fragment, { "data-astro-cid-yzejozke": true }, { "default": async ($$result3) => renderTemplate`<dt data-astro-cid-yzejozke>${m.deskHours}</dt><dd lang="zh-CN" data-astro-cid-yzejozke>${deskHours}</dd>` })}`} ${officer.officePhone && renderTemplate`${renderComponent($$result2, "Fragment", Fragment, { "data-astro-cid-yzejozke": true }, { "default": async ($$result3) => renderTemplate`<dt data-astro-cid-yzejozke>${m.officePhone}</dt><dd class="phone" data-astro-cid-yzejozke>${officer.officePhone}</dd>` })}`} </dl> <div class="scan" data-astro-cid-yzejozke> <div class="qr" role="img"${addAttribute(`${m.scanToOpen}${m.colon}${siteOrigin(Astro2.url)}${page}`, "aria-label")} data-astro-cid-yzejozke>${unescapeHTML(qr)}</div> <p data-astro-cid-yzejozke>${m.scanToOpen}<br data-astro-cid-yzejozke><strong data-astro-cid-yzejozke>${m.emergency}</strong></p> </div> ` })} `;
}, "/work/main/packages/web/src/components/Print/OfficerCard.astro", void 0);

export { $$OfficerCard as $ };
