// Cunjing runs on Node 22 (as its Lambdas do). `npm ci` installs it into node_modules/.bin, which npm
// puts first on PATH for every `npm run`; this check turns a run on another Node into one clear line.
import { readFileSync } from "node:fs";

const wanted = readFileSync(new URL("../.nvmrc", import.meta.url), "utf8").trim();
const major = Number(process.versions.node.split(".")[0]);
if (major !== Number(wanted.split(".")[0])) {
  console.error(
    `Cunjing needs Node ${wanted} but this is ${process.version}: run \`npm ci\` (it installs Node ${wanted} into node_modules/.bin for every npm script) and use \`npm test\` / \`npm start\` rather than calling tools directly.`,
  );
  process.exit(1);
}
