// Runs after `astro build` of the Lambda variant (see WEB_BUILD_COMMAND in stacks/Web.ts): writes
// dist/server/lambda.mjs, a thin wrapper around astro-sst's `entry.handler`, and points AstroSite at
// it (dist/sst.buildMeta.json). The wrapper repairs what astro-sst 2.45 does to responses, found by
// `npm run test:prod-shape`:
// - it re-serialises Set-Cookie with the parsed attribute names (`maxAge=`, which browsers ignore):
//   they are written back as Max-Age, HttpOnly, SameSite;
// - it decodes text bodies with `Response.text()`, which drops a UTF-8 byte order mark: every CSV the
//   site sends starts with one (Excel needs it to read Chinese), so a text/csv body gets it back.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dist = join(import.meta.dirname, "dist");
const wrapper = `import { handler as astroHandler } from "./entry.mjs";

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
writeFileSync(join(dist, "server", "lambda.mjs"), wrapper);
const metaFile = join(dist, "sst.buildMeta.json");
const meta = JSON.parse(readFileSync(metaFile, "utf8"));
meta.serverBuildOutputFile = "dist/server/lambda.mjs";
writeFileSync(metaFile, JSON.stringify(meta));
console.log("Lambda entry: dist/server/lambda.mjs (wraps astro-sst's entry.handler)");
