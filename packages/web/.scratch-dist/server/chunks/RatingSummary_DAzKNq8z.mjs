import { e as createComponent, m as maybeRenderHead, r as renderTemplate, h as createAstro } from './astro/server_s_7gde-g.mjs';
import 'piccolore';
import 'clsx';
import { f as feedbackMessages } from './feedback_UwZK7OVu.mjs';
import { m as messages } from './Public_CAtLWGXe.mjs';
/* empty css                         */

const $$Astro = createAstro();
const $$RatingSummary = createComponent(($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$RatingSummary;
  const { lang, rating } = Astro2.props;
  const m = messages(lang);
  const f = feedbackMessages(lang);
  const percent = (share) => Math.round(share * 100);
  return renderTemplate`${rating && renderTemplate`${maybeRenderHead()}<section aria-labelledby="rating-title" data-astro-cid-zkve3437><h2 id="rating-title" data-astro-cid-zkve3437>${m.ratingTitle}</h2><div class="card" data-astro-cid-zkve3437><p class="score" data-astro-cid-zkve3437>${f.scoreLine(rating.score.toFixed(1), rating.count)}</p><p class="muted small" data-astro-cid-zkve3437>${f.dimensions(
    rating.responsiveness.toFixed(1),
    rating.courtesy.toFixed(1),
    percent(rating.solvedShare),
    percent(rating.verifiedShare)
  )}</p><p class="muted small" data-astro-cid-zkve3437>${f.method}</p></div></section>`}`;
}, "/work/main/packages/web/src/components/Officer/RatingSummary.astro", void 0);

export { $$RatingSummary as $ };
