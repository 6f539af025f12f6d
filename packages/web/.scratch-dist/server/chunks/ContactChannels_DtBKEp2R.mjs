import { e as createComponent, m as maybeRenderHead, g as addAttribute, r as renderTemplate, h as createAstro } from './astro/server_s_7gde-g.mjs';
import 'piccolore';
import 'clsx';
import { s as safeImage, n as nameIn, e as telHref, m as messages } from './Public_CAtLWGXe.mjs';
/* empty css                          */

const $$Astro = createAstro();
const $$ContactChannels = createComponent(($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$ContactChannels;
  const { lang, officer, precinct } = Astro2.props;
  const m = messages(lang);
  const qr = safeImage(officer.wechatQrUrl);
  const name = nameIn(lang, officer);
  return renderTemplate`${maybeRenderHead()}<section aria-labelledby="contact-title" data-astro-cid-zs626jrj> <h2 id="contact-title" data-astro-cid-zs626jrj>${m.contact}</h2> <div class="card contact" data-astro-cid-zs626jrj> ${officer.officePhone && renderTemplate`<p data-astro-cid-zs626jrj> <span class="muted" data-astro-cid-zs626jrj>${m.officePhone}</span> <br data-astro-cid-zs626jrj> <a class="button phone"${addAttribute(telHref(officer.officePhone), "href")} data-astro-cid-zs626jrj>${officer.officePhone}</a> </p>`} ${qr && renderTemplate`<figure data-astro-cid-zs626jrj> <img${addAttribute(qr, "src")}${addAttribute(m.wechatQrAlt(name), "alt")} width="160" height="160" loading="lazy" data-astro-cid-zs626jrj> <figcaption data-astro-cid-zs626jrj> <strong data-astro-cid-zs626jrj>${m.wechatGroup}</strong> <br data-astro-cid-zs626jrj> <span class="muted small" data-astro-cid-zs626jrj>${m.wechatHint}</span> </figcaption> </figure>`} ${!officer.officePhone && !qr && renderTemplate`<p data-astro-cid-zs626jrj>${m.noContact}</p>`} ${precinct?.phone && renderTemplate`<p data-astro-cid-zs626jrj> <span class="muted" data-astro-cid-zs626jrj>${m.precinctPhone} · ${nameIn(lang, precinct)}</span> <br data-astro-cid-zs626jrj> <a${addAttribute(telHref(precinct.phone), "href")} data-astro-cid-zs626jrj>${precinct.phone}</a> </p>`} </div> </section> `;
}, "/work/main/packages/web/src/components/Officer/ContactChannels.astro", void 0);

export { $$ContactChannels as $ };
