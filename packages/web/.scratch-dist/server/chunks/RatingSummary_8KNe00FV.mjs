import { e as createComponent, m as maybeRenderHead, r as renderTemplate, h as createAstro } from './astro/server_s_7gde-g.mjs';
import 'piccolore';
import 'clsx';
import { m as messages } from './Public_BURhQtaO.mjs';

const $$Astro = createAstro();
const minimumRatings = 5;
const $$RatingSummary = createComponent(($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$RatingSummary;
  const { lang, rating } = Astro2.props;
  const m = messages(lang);
  const shown = rating && rating.count >= minimumRatings ? rating : void 0;
  return renderTemplate`${shown && renderTemplate`${maybeRenderHead()}<section aria-labelledby="rating-title"><h2 id="rating-title">${m.ratingTitle}</h2><p class="card">${m.ratingSummary(shown.average.toFixed(1), shown.count)}</p></section>`}`;
}, "/work/main/packages/web/src/components/Officer/RatingSummary.astro", void 0);

export { $$RatingSummary as $ };
