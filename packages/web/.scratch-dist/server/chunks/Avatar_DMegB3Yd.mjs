import { e as createComponent, m as maybeRenderHead, g as addAttribute, r as renderTemplate, h as createAstro } from './astro/server_s_7gde-g.mjs';
import 'piccolore';
import 'clsx';
import { s as safeImage } from './Public_CAtLWGXe.mjs';
/* empty css                          */

const $$Astro = createAstro();
const $$Avatar = createComponent(($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$Avatar;
  const { name, photoUrl, alt, size = 112 } = Astro2.props;
  const src = safeImage(photoUrl);
  const initials = /^[\u3400-\u9fff]/.test(name) ? name.slice(0, 1) : name.split(/\s+/).filter(Boolean).slice(0, 2).map((word) => word[0].toUpperCase()).join("");
  return renderTemplate`${src ? renderTemplate`${maybeRenderHead()}<img class="avatar"${addAttribute(src, "src")}${addAttribute(alt, "alt")}${addAttribute(size, "width")}${addAttribute(size, "height")}${addAttribute(`--size:${size}px`, "style")} data-astro-cid-w3iik5u3>` : renderTemplate`<span class="avatar initials" aria-hidden="true"${addAttribute(`--size:${size}px`, "style")} data-astro-cid-w3iik5u3>${initials}</span>`}`;
}, "/work/main/packages/web/src/components/Officer/Avatar.astro", void 0);

export { $$Avatar as $ };
