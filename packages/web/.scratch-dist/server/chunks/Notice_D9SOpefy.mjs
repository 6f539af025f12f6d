import { e as createComponent, m as maybeRenderHead, r as renderTemplate, h as createAstro } from './astro/server_s_7gde-g.mjs';
import 'piccolore';
import 'clsx';

const $$Astro = createAstro();
const $$Notice = createComponent(($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$Notice;
  const { problem, notice } = Astro2.props;
  return renderTemplate`${problem && renderTemplate`${maybeRenderHead()}<p class="error" role="alert">${problem.message}</p>`}${!problem && notice && renderTemplate`<p class="ok" role="status">${notice}</p>`}`;
}, "/work/main/packages/web/src/components/Onboarding/Notice.astro", void 0);

export { $$Notice as $ };
