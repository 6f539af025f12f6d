import { I as Import, c as csvBytes } from '../../../../chunks/index_BWR1x2MP.mjs';
import { c as csvResponse } from '../../../../chunks/csv_BISIta8o.mjs';
import { a as onboardingMessages, r as rowErrorText } from '../../../../chunks/index_ur84y5b3.mjs';
export { renderers } from '../../../../renderers.mjs';

const GET = ({
  url,
  cookies
}) => csvResponse(url, cookies, async (lang) => {
  const o = onboardingMessages(lang);
  const report = await Import.report({
    jobId: url.searchParams.get("job") ?? ""
  });
  const rows = report.errors.map((error) => [String(error.row ?? o.import.fileLevel), error.letter ?? "", error.column ?? "", rowErrorText(lang, error)]);
  return {
    bytes: csvBytes([[o.import.row, o.import.col, o.import.column, o.import.problem], ...rows]),
    filename: `cunjing-${report.kind}-problems.csv`
  };
});

const _page = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  GET
}, Symbol.toStringTag, { value: 'Module' }));

const page = () => _page;

export { page };
