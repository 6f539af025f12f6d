import { I as Import } from '../../../../chunks/index_BWR1x2MP.mjs';
import { c as csvResponse, i as importKindOf } from '../../../../chunks/csv_BISIta8o.mjs';
export { renderers } from '../../../../renderers.mjs';

const GET = ({
  url,
  cookies
}) => csvResponse(url, cookies, async (lang) => {
  const kind = importKindOf(url);
  return {
    bytes: await Import.template({
      kind,
      lang
    }),
    filename: `cunjing-${kind}-template.csv`
  };
});

const _page = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  GET
}, Symbol.toStringTag, { value: 'Module' }));

const page = () => _page;

export { page };
