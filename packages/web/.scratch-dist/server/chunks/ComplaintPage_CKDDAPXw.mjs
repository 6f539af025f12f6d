import { e as createComponent, k as renderComponent, r as renderTemplate, h as createAstro, m as maybeRenderHead, g as addAttribute } from './astro/server_s_7gde-g.mjs';
import 'piccolore';
import { n as nameIn, $ as $$Public, f as formatDate } from './Public_CAtLWGXe.mjs';
import { f as feedbackMessages } from './feedback_UwZK7OVu.mjs';
/* empty css                             */

const $$Astro = createAstro();
const $$ComplaintPage = createComponent(($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$ComplaintPage;
  const { lang, county, reference, status, problem } = Astro2.props;
  const f = feedbackMessages(lang);
  return renderTemplate`${renderComponent($$result, "Public", $$Public, { "lang": lang, "title": f.statusTitle, "description": f.statusTitle, "county": { slug: county.slug, name: nameIn(lang, county) }, "data-astro-cid-zkitvqiw": true }, { "default": ($$result2) => renderTemplate` ${maybeRenderHead()}<h1 data-astro-cid-zkitvqiw>${f.statusTitle}</h1> <form method="get" class="card" data-astro-cid-zkitvqiw> <label for="ref" data-astro-cid-zkitvqiw>${f.reference}</label> <input id="ref" name="ref"${addAttribute(reference, "value")} maxlength="20" autocomplete="off" required data-astro-cid-zkitvqiw> <button class="button" type="submit" data-astro-cid-zkitvqiw>${f.check}</button> </form> ${problem && renderTemplate`<p class="error" role="alert" data-astro-cid-zkitvqiw>${problem.message}</p>`}${status && renderTemplate`<dl class="card" role="status" data-astro-cid-zkitvqiw> <dt data-astro-cid-zkitvqiw>${f.reference}</dt> <dd class="ref" data-astro-cid-zkitvqiw>${status.reference}</dd> <dt data-astro-cid-zkitvqiw>${f.state}</dt> <dd data-astro-cid-zkitvqiw><strong data-astro-cid-zkitvqiw>${f.states[status.state]}</strong></dd> <dt data-astro-cid-zkitvqiw>${f.submittedOn}</dt> <dd data-astro-cid-zkitvqiw>${formatDate(lang, status.submittedAt)}</dd> <dt data-astro-cid-zkitvqiw>${f.updatedOn}</dt> <dd data-astro-cid-zkitvqiw>${formatDate(lang, status.updatedAt)}</dd> </dl>`}` })} `;
}, "/work/main/packages/web/src/components/Feedback/ComplaintPage.astro", void 0);

export { $$ComplaintPage as $ };
