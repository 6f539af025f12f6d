import { e as createComponent, k as renderComponent, r as renderTemplate, h as createAstro, m as maybeRenderHead } from '../../../chunks/astro/server_s_7gde-g.mjs';
import 'piccolore';
import { O as Outbox } from '../../../chunks/index_Rn5mNSZO.mjs';
import { $ as $$Console } from '../../../chunks/Console_BDBxF5Hs.mjs';
import { a as consoleMessages, c as consoleLang } from '../../../chunks/index_DEu4dKf_.mjs';
export { renderers } from '../../../renderers.mjs';

const $$Astro = createAstro();
const $$Outbox = createComponent(async ($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$Outbox;
  const local = Boolean(process.env.DYNAMODB_ENDPOINT);
  const actor = Astro2.locals.actor;
  const countyId = actor.type === "user" ? actor.properties.countyId : void 0;
  if (!local || !countyId) return new Response(null, { status: 404 });
  const m = consoleMessages(consoleLang(Astro2.cookies, Astro2.url));
  const messages = await Outbox.list(countyId);
  return renderTemplate`${renderComponent($$result, "Console", $$Console, { "title": m.outbox }, { "default": async ($$result2) => renderTemplate` ${maybeRenderHead()}<h1>${m.outbox}</h1> <table> <tbody> ${messages.map((message) => renderTemplate`<tr> <td>${new Date(message.createdAt).toLocaleString("zh-CN", { timeZone: "Asia/Shanghai" })}</td> <td>${message.channel}</td> <td>${message.to}</td> <td>${message.subject}<br><code>${message.body}</code></td> </tr>`)} </tbody> </table> ` })}`;
}, "/work/main/packages/web/src/pages/console/dev/outbox.astro", void 0);

const $$file = "/work/main/packages/web/src/pages/console/dev/outbox.astro";
const $$url = "/console/dev/outbox";

const _page = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  default: $$Outbox,
  file: $$file,
  url: $$url
}, Symbol.toStringTag, { value: 'Module' }));

const page = () => _page;

export { page };
