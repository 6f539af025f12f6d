import { e as createComponent, k as renderComponent, r as renderTemplate, h as createAstro } from '../../chunks/astro/server_s_7gde-g.mjs';
import 'piccolore';
import { $ as $$ComplaintPage } from '../../chunks/ComplaintPage_CKDDAPXw.mjs';
import { l as loadComplaintStatus, n as noStore } from '../../chunks/rate_jCqUTIsS.mjs';
import { $ as $$Unavailable } from '../../chunks/Unavailable_ACl5xM-Z.mjs';
export { renderers } from '../../renderers.mjs';

const $$Astro = createAstro();
const $$Complaint = createComponent(async ($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$Complaint;
  const outcome = await loadComplaintStatus(Astro2, "zh");
  noStore(Astro2);
  if (outcome.kind === "not_found") Astro2.response.status = 404;
  return renderTemplate`${outcome.kind === "ok" ? renderTemplate`${renderComponent($$result, "ComplaintPage", $$ComplaintPage, { "lang": "zh", ...outcome.data })}` : renderTemplate`${renderComponent($$result, "Unavailable", $$Unavailable, { "lang": "zh", "outcome": outcome })}`}`;
}, "/work/main/packages/web/src/pages/[county]/complaint.astro", void 0);

const $$file = "/work/main/packages/web/src/pages/[county]/complaint.astro";
const $$url = "/[county]/complaint";

const _page = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	default: $$Complaint,
	file: $$file,
	url: $$url
}, Symbol.toStringTag, { value: 'Module' }));

const page = () => _page;

export { page };
