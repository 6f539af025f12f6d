import { e as createComponent, m as maybeRenderHead, g as addAttribute, r as renderTemplate, h as createAstro } from './astro/server_s_7gde-g.mjs';
import 'piccolore';
import 'clsx';

const $$Astro = createAstro();
const $$FieldError = createComponent(($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$FieldError;
  const { message, id } = Astro2.props;
  return renderTemplate`${message && renderTemplate`${maybeRenderHead()}<p class="field-error"${addAttribute(id, "id")} role="alert">${message}</p>`}`;
}, "/work/main/packages/web/src/components/Console/FieldError.astro", void 0);

export { $$FieldError as $ };
