import { e as createComponent, k as renderComponent, r as renderTemplate, h as createAstro, m as maybeRenderHead, l as Fragment, g as addAttribute, u as unescapeHTML } from './astro/server_s_7gde-g.mjs';
import 'piccolore';
import { $ as $$Print } from './Print_Dqf7TVPM.mjs';
import { n as nameIn, a as localePath, c as siteOrigin, m as messages } from './Public_CAtLWGXe.mjs';
import { $ as $$Avatar } from './Avatar_DMegB3Yd.mjs';
import { q as qrSvg } from './qr_ISTGQ_kA.mjs';
/* empty css                          */

const $$Astro = createAstro();
const $$VillageNotice = createComponent(async ($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$VillageNotice;
  const { lang, data } = Astro2.props;
  const { county, village, precinct, officer } = data;
  const m = messages(lang);
  const villageName = nameIn(lang, village);
  const officerName = officer ? nameIn(lang, officer) : void 0;
  const villagePage = localePath(lang, `/${county.slug}/villages/${village.villageId}`);
  const target = officer ? localePath(lang, `/${county.slug}/officers/${officer.slug}`) : villagePage;
  const qr = await qrSvg(siteOrigin(Astro2.url) + target);
  const deskHours = village.deskHours ?? officer?.deskHours;
  return renderTemplate`${renderComponent($$result, "Print", $$Print, { "lang": lang, "title": m.noticeTitle(villageName), "description": m.villageDescription(villageName, officerName), "paper": "a4", "backHref": villagePage, "data-astro-cid-mbnpvjzs": true }, { "default": async ($$result2) => renderTemplate` ${maybeRenderHead()}<p class="kicker" data-astro-cid-mbnpvjzs>${nameIn(lang, county)} · ${m.programme}</p> <h1 data-astro-cid-mbnpvjzs>${m.noticeTitle(villageName)}</h1> ${officer && officerName ? renderTemplate`<div class="who" data-astro-cid-mbnpvjzs> ${renderComponent($$result2, "Avatar", $$Avatar, { "name": officerName, "photoUrl": officer.photoUrl, "alt": m.photoOf(officerName), "size": 160, "data-astro-cid-mbnpvjzs": true })} <div data-astro-cid-mbnpvjzs> <p class="name" data-astro-cid-mbnpvjzs>${officerName}</p> <p data-astro-cid-mbnpvjzs>${m.officerOf}${officer.rank && renderTemplate`${renderComponent($$result2, "Fragment", Fragment, { "data-astro-cid-mbnpvjzs": true }, { "default": async ($$result3) => renderTemplate` · <span lang="zh-CN" data-astro-cid-mbnpvjzs>${officer.rank}</span>` })}`}</p> <p data-astro-cid-mbnpvjzs>${m.badge} ${officer.badge}</p> </div> </div>` : renderTemplate`<p class="name" data-astro-cid-mbnpvjzs>${m.noOfficer}</p>`}<dl data-astro-cid-mbnpvjzs> ${precinct && renderTemplate`${renderComponent($$result2, "Fragment", Fragment, { "data-astro-cid-mbnpvjzs": true }, { "default": async ($$result3) => renderTemplate`<dt data-astro-cid-mbnpvjzs>${m.precinct}</dt><dd data-astro-cid-mbnpvjzs>${nameIn(lang, precinct)}${precinct.address && renderTemplate`${renderComponent($$result3, "Fragment", Fragment, { "data-astro-cid-mbnpvjzs": true }, { "default": async ($$result4) => renderTemplate` · ${precinct.address}` })}`}</dd>` })}`} ${deskHours && renderTemplate`${renderComponent($$result2, "Fragment", Fragment, { "data-astro-cid-mbnpvjzs": true }, { "default": async ($$result3) => renderTemplate`<dt data-astro-cid-mbnpvjzs>${m.deskHours}</dt><dd lang="zh-CN" data-astro-cid-mbnpvjzs>${deskHours}</dd>` })}`} ${officer?.officePhone && renderTemplate`${renderComponent($$result2, "Fragment", Fragment, { "data-astro-cid-mbnpvjzs": true }, { "default": async ($$result3) => renderTemplate`<dt data-astro-cid-mbnpvjzs>${m.officePhone}</dt><dd class="phone" data-astro-cid-mbnpvjzs>${officer.officePhone}</dd>` })}`} ${precinct?.phone && renderTemplate`${renderComponent($$result2, "Fragment", Fragment, { "data-astro-cid-mbnpvjzs": true }, { "default": async ($$result3) => renderTemplate`<dt data-astro-cid-mbnpvjzs>${m.precinctPhone}</dt><dd class="phone" data-astro-cid-mbnpvjzs>${precinct.phone}</dd>` })}`} </dl> <div class="scan" data-astro-cid-mbnpvjzs> <div class="qr" role="img"${addAttribute(`${m.scanToOpen}${m.colon}${siteOrigin(Astro2.url)}${target}`, "aria-label")} data-astro-cid-mbnpvjzs>${unescapeHTML(qr)}</div> <p data-astro-cid-mbnpvjzs>${m.scanToOpen}</p> </div> <p class="emergency" data-astro-cid-mbnpvjzs>${m.emergency}</p> ` })} `;
}, "/work/main/packages/web/src/components/Print/VillageNotice.astro", void 0);

export { $$VillageNotice as $ };
