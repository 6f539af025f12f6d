// Runs after `astro build` of the Lambda variant (see WEB_BUILD_COMMAND in stacks/Web.ts): moves
// astro-sst's dist/server/entry.mjs to astro-entry.mjs and writes a thin wrapper in its place
// (AstroSite's handler is always `dist/server/entry.handler`). The wrapper repairs what astro-sst 2.45 does to responses, found by
// `npm run test:prod-shape`:
// - it re-serialises Set-Cookie with the parsed attribute names (`maxAge=`, which browsers ignore):
//   they are written back as Max-Age, HttpOnly, SameSite;
// - it decodes text bodies with `Response.text()`, which drops a UTF-8 byte order mark: every CSV the
//   site sends starts with one (Excel needs it to read Chinese), so a text/csv body gets it back.
import { renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dist = join(import.meta.dirname, "dist");
const wrapper = `import { handler as astroHandler } from "./astro-entry.mjs";

const names = { maxage: "Max-Age", httponly: "HttpOnly", samesite: "SameSite", expires: "Expires", path: "Path", domain: "Domain", secure: "Secure", partitioned: "Partitioned" };
function cookie(value) {
  const [pair, ...attributes] = value.split(";").map((part) => part.trim()).filter(Boolean);
  return [pair, ...attributes.map((attribute) => {
    const eq = attribute.indexOf("=");
    const name = eq < 0 ? attribute : attribute.slice(0, eq);
    return (names[name.toLowerCase()] ?? name) + (eq < 0 ? "" : attribute.slice(eq));
  })].join("; ");
}

export async function handler(event, context) {
  const result = await astroHandler(event, context);
  if (!result || typeof result !== "object") return result;
  if (Array.isArray(result.cookies)) result.cookies = result.cookies.map(cookie);
  if (result.multiValueHeaders?.["set-cookie"]) result.multiValueHeaders["set-cookie"] = result.multiValueHeaders["set-cookie"].map(cookie);
  const type = Object.entries(result.headers ?? {}).find(([name]) => name.toLowerCase() === "content-type")?.[1] ?? "";
  if (/^text\\/csv/i.test(String(type)) && !result.isBase64Encoded && typeof result.body === "string" && !result.body.startsWith("\\uFEFF")) {
    result.body = "\\uFEFF" + result.body;
  }
  return result;
}
`;
renameSync(join(dist, "server", "entry.mjs"), join(dist, "server", "astro-entry.mjs"));
writeFileSync(join(dist, "server", "entry.mjs"), wrapper);
console.log("Lambda entry: dist/server/entry.mjs wraps astro-sst's handler (astro-entry.mjs)");
