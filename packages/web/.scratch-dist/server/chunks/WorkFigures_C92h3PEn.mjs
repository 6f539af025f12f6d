import { e as createComponent, m as maybeRenderHead, r as renderTemplate, k as renderComponent, l as Fragment, h as createAstro } from './astro/server_s_7gde-g.mjs';
import 'piccolore';
import { C as Counter } from './index_ByJNsHNY.mjs';
import { m as messages, b as formatNumber } from './Public_CAtLWGXe.mjs';
/* empty css                         */

const $$Astro = createAstro();
const $$WorkFigures = createComponent(($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$WorkFigures;
  const { lang, totals, period } = Astro2.props;
  const m = messages(lang);
  const shown = Counter.figures.filter((figure) => totals[figure] > 0);
  return renderTemplate`${maybeRenderHead()}<section aria-labelledby="work-title" data-astro-cid-gyu46v2q> <h2 id="work-title" data-astro-cid-gyu46v2q>${m.workTitle(m.halfYear(period.year, period.half))}</h2> ${shown.length === 0 ? renderTemplate`<p class="muted" data-astro-cid-gyu46v2q>${m.noWork}</p>` : renderTemplate`${renderComponent($$result, "Fragment", Fragment, { "data-astro-cid-gyu46v2q": true }, { "default": ($$result2) => renderTemplate` <ul class="figures" data-astro-cid-gyu46v2q> ${shown.map((figure) => renderTemplate`<li data-astro-cid-gyu46v2q> <strong data-astro-cid-gyu46v2q>${formatNumber(lang, totals[figure])}</strong> <span data-astro-cid-gyu46v2q>${m.figureNames[figure]}</span> </li>`)} </ul> <p class="muted small" data-astro-cid-gyu46v2q>${m.workNote}</p> ` })}`} </section> `;
}, "/work/main/packages/web/src/components/Work/WorkFigures.astro", void 0);

export { $$WorkFigures as $ };
