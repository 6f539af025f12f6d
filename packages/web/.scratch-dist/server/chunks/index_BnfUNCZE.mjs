import { e as createComponent, k as renderComponent, r as renderTemplate, h as createAstro, m as maybeRenderHead, g as addAttribute } from './astro/server_s_7gde-g.mjs';
import 'piccolore';
import { $ as $$NotFound } from './NotFound_C1G9IdXN.mjs';
import { n as nameIn, $ as $$Public, m as messages, a as localePath } from './Public_BURhQtaO.mjs';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import { d as db, u as useCounty, h as featureKinds, f as documentClient } from './id_Cl3H450s.mjs';
import { C as Counter } from './index_FxqlPmtn.mjs';
import { f as fn } from './schemas__-DFAqyU.mjs';

const $$Astro$1 = createAstro();
const $$Suspended = createComponent(($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro$1, $$props, $$slots);
  Astro2.self = $$Suspended;
  const { lang, county } = Astro2.props;
  const m = messages(lang);
  const name = nameIn(lang, county);
  return renderTemplate`${renderComponent($$result, "Public", $$Public, { "lang": lang, "title": `${name} \xB7 ${m.suspendedTitle} \xB7 ${m.siteName}`, "description": m.suspended }, { "default": ($$result2) => renderTemplate` ${maybeRenderHead()}<p class="crumbs">${lang === "en" ? county.cityEn : county.cityZh}</p> <h1>${name}</h1> <p class="notice" role="status">${m.suspended}</p> <p><a${addAttribute(localePath(lang, "/"), "href")}>${m.backHome}</a></p> ` })}`;
}, "/work/main/packages/web/src/components/Site/Suspended.astro", void 0);

const $$Astro = createAstro();
const $$Unavailable = createComponent(($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$Unavailable;
  const { lang, outcome } = Astro2.props;
  return renderTemplate`${outcome.kind === "suspended" ? renderTemplate`${renderComponent($$result, "Suspended", $$Suspended, { "lang": lang, "county": outcome.county })}` : renderTemplate`${renderComponent($$result, "NotFound", $$NotFound, { "lang": lang })}`}`;
}, "/work/main/packages/web/src/components/Site/Unavailable.astro", void 0);

var Feature;
((Feature2) => {
  const newestFirst = (a, b) => b.publishedAt - a.publishedAt;
  Feature2.list = fn(
    z.object({ scope: Counter.scopeSchema, kind: z.enum(featureKinds).optional() }),
    async ({ scope, kind }) => {
      const query = db.entities.feature.query.byScope({ countyId: useCounty(), scope, ...kind ? { kind } : {} });
      const { data } = await query.go({ pages: "all" });
      return data.sort(newestFirst);
    }
  );
  Feature2.withTotals = fn(Counter.rangeSchema, async ({ scope, from, to }) => {
    const params = db.entities.counter.query.byScope({ countyId: useCounty(), scope }).gte({ day: from }).params();
    const items = [];
    let startKey;
    do {
      const page = await documentClient.send(new QueryCommand({ ...params, ExclusiveStartKey: startKey }));
      items.push(...page.Items ?? []);
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    const counters = db.entities.counter.parse({ Items: items }).data.filter((counter) => counter.day <= to);
    const features = db.entities.feature.parse({ Items: items }).data.sort(newestFirst);
    return {
      totals: Counter.sum(counters),
      stories: features.filter((feature) => feature.kind === "story"),
      brands: features.filter((feature) => feature.kind === "brand")
    };
  });
})(Feature || (Feature = {}));

export { $$Unavailable as $, Feature as F };
