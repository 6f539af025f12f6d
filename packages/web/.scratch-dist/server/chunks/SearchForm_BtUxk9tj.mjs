import { e as createComponent, m as maybeRenderHead, g as addAttribute, r as renderTemplate, h as createAstro } from './astro/server_s_7gde-g.mjs';
import 'piccolore';
import 'clsx';
import { a as localePath, m as messages } from './Public_CAtLWGXe.mjs';
import { m as maxQueryLength } from './search_BaGSMbsL.mjs';
/* empty css                         */

const $$Astro = createAstro();
const $$SearchForm = createComponent(($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$SearchForm;
  const { lang, countySlug, query = "" } = Astro2.props;
  const m = messages(lang);
  return renderTemplate`${maybeRenderHead()}<form class="search" method="get"${addAttribute(localePath(lang, `/${countySlug}/villages`), "action")} role="search" data-astro-cid-vwxmuaut> <label for="village-query" data-astro-cid-vwxmuaut>${m.searchLabel}</label> <div class="row" data-astro-cid-vwxmuaut> <input id="village-query" name="q" type="search"${addAttribute(query, "value")}${addAttribute(maxQueryLength, "maxlength")} autocomplete="off" aria-describedby="village-query-hint" data-astro-cid-vwxmuaut> <button class="button" type="submit" data-astro-cid-vwxmuaut>${m.searchButton}</button> </div> <p id="village-query-hint" class="muted small" data-astro-cid-vwxmuaut>${m.searchHint}</p> </form> `;
}, "/work/main/packages/web/src/components/Village/SearchForm.astro", void 0);

export { $$SearchForm as $ };
