import { renderers } from './renderers.mjs';
import { c as createExports, s as serverEntrypointModule } from './chunks/_@astrojs-ssr-adapter_CradQwYU.mjs';
import { manifest } from './manifest_B3F3G3-U.mjs';

const serverIslandMap = new Map();;

const _page0 = () => import('./pages/_image.astro.mjs');
const _page1 = () => import('./pages/404.astro.mjs');
const _page2 = () => import('./pages/500.astro.mjs');
const _page3 = () => import('./pages/api/trpc/_trpc_.astro.mjs');
const _page4 = () => import('./pages/console/dashboard/export.csv.astro.mjs');
const _page5 = () => import('./pages/console/dashboard.astro.mjs');
const _page6 = () => import('./pages/console/dev/outbox.astro.mjs');
const _page7 = () => import('./pages/console/feedback.astro.mjs');
const _page8 = () => import('./pages/console/invite/_token_.astro.mjs');
const _page9 = () => import('./pages/console/language.astro.mjs');
const _page10 = () => import('./pages/console/log/_id_.astro.mjs');
const _page11 = () => import('./pages/console/log.astro.mjs');
const _page12 = () => import('./pages/console/media/complete/_id_.astro.mjs');
const _page13 = () => import('./pages/console/media/upload/_id_.astro.mjs');
const _page14 = () => import('./pages/console/onboarding/import/errors.csv.astro.mjs');
const _page15 = () => import('./pages/console/onboarding/import/export.csv.astro.mjs');
const _page16 = () => import('./pages/console/onboarding/import/template.csv.astro.mjs');
const _page17 = () => import('./pages/console/onboarding/import.astro.mjs');
const _page18 = () => import('./pages/console/onboarding/officers/_id_.astro.mjs');
const _page19 = () => import('./pages/console/onboarding/officers.astro.mjs');
const _page20 = () => import('./pages/console/onboarding/precincts/_id_.astro.mjs');
const _page21 = () => import('./pages/console/onboarding/precincts.astro.mjs');
const _page22 = () => import('./pages/console/onboarding/villages/_id_.astro.mjs');
const _page23 = () => import('./pages/console/onboarding/villages.astro.mjs');
const _page24 = () => import('./pages/console/onboarding.astro.mjs');
const _page25 = () => import('./pages/console/password.astro.mjs');
const _page26 = () => import('./pages/console/platform/_slug_.astro.mjs');
const _page27 = () => import('./pages/console/platform.astro.mjs');
const _page28 = () => import('./pages/console/settings.astro.mjs');
const _page29 = () => import('./pages/console/signin.astro.mjs');
const _page30 = () => import('./pages/console/signout.astro.mjs');
const _page31 = () => import('./pages/console/tasks/_id_.astro.mjs');
const _page32 = () => import('./pages/console/tasks.astro.mjs');
const _page33 = () => import('./pages/console/today.astro.mjs');
const _page34 = () => import('./pages/console/users.astro.mjs');
const _page35 = () => import('./pages/console.astro.mjs');
const _page36 = () => import('./pages/en/_county_/brands/_slug_.astro.mjs');
const _page37 = () => import('./pages/en/_county_/brands.astro.mjs');
const _page38 = () => import('./pages/en/_county_/complaint.astro.mjs');
const _page39 = () => import('./pages/en/_county_/officers/_slug_/card.astro.mjs');
const _page40 = () => import('./pages/en/_county_/officers/_slug_/rate.astro.mjs');
const _page41 = () => import('./pages/en/_county_/officers/_slug_.astro.mjs');
const _page42 = () => import('./pages/en/_county_/stories/_slug_.astro.mjs');
const _page43 = () => import('./pages/en/_county_/stories.astro.mjs');
const _page44 = () => import('./pages/en/_county_/villages/_id_/notice.astro.mjs');
const _page45 = () => import('./pages/en/_county_/villages/_id_.astro.mjs');
const _page46 = () => import('./pages/en/_county_/villages.astro.mjs');
const _page47 = () => import('./pages/en/_county_.astro.mjs');
const _page48 = () => import('./pages/en.astro.mjs');
const _page49 = () => import('./pages/media/_---path_.astro.mjs');
const _page50 = () => import('./pages/_county_/brands/_slug_.astro.mjs');
const _page51 = () => import('./pages/_county_/brands.astro.mjs');
const _page52 = () => import('./pages/_county_/complaint.astro.mjs');
const _page53 = () => import('./pages/_county_/officers/_slug_/card.astro.mjs');
const _page54 = () => import('./pages/_county_/officers/_slug_/rate.astro.mjs');
const _page55 = () => import('./pages/_county_/officers/_slug_.astro.mjs');
const _page56 = () => import('./pages/_county_/stories/_slug_.astro.mjs');
const _page57 = () => import('./pages/_county_/stories.astro.mjs');
const _page58 = () => import('./pages/_county_/villages/_id_/notice.astro.mjs');
const _page59 = () => import('./pages/_county_/villages/_id_.astro.mjs');
const _page60 = () => import('./pages/_county_/villages.astro.mjs');
const _page61 = () => import('./pages/_county_.astro.mjs');
const _page62 = () => import('./pages/index.astro.mjs');
const pageMap = new Map([
    ["../../node_modules/astro/dist/assets/endpoint/node.js", _page0],
    ["src/pages/404.astro", _page1],
    ["src/pages/500.astro", _page2],
    ["src/pages/api/trpc/[trpc].ts", _page3],
    ["src/pages/console/dashboard/export.csv.ts", _page4],
    ["src/pages/console/dashboard/index.astro", _page5],
    ["src/pages/console/dev/outbox.astro", _page6],
    ["src/pages/console/feedback.astro", _page7],
    ["src/pages/console/invite/[token].astro", _page8],
    ["src/pages/console/language.ts", _page9],
    ["src/pages/console/log/[id].astro", _page10],
    ["src/pages/console/log/index.astro", _page11],
    ["src/pages/console/media/complete/[id].ts", _page12],
    ["src/pages/console/media/upload/[id].ts", _page13],
    ["src/pages/console/onboarding/import/errors.csv.ts", _page14],
    ["src/pages/console/onboarding/import/export.csv.ts", _page15],
    ["src/pages/console/onboarding/import/template.csv.ts", _page16],
    ["src/pages/console/onboarding/import/index.astro", _page17],
    ["src/pages/console/onboarding/officers/[id].astro", _page18],
    ["src/pages/console/onboarding/officers/index.astro", _page19],
    ["src/pages/console/onboarding/precincts/[id].astro", _page20],
    ["src/pages/console/onboarding/precincts/index.astro", _page21],
    ["src/pages/console/onboarding/villages/[id].astro", _page22],
    ["src/pages/console/onboarding/villages/index.astro", _page23],
    ["src/pages/console/onboarding/index.astro", _page24],
    ["src/pages/console/password.astro", _page25],
    ["src/pages/console/platform/[slug].astro", _page26],
    ["src/pages/console/platform/index.astro", _page27],
    ["src/pages/console/settings.astro", _page28],
    ["src/pages/console/signin.astro", _page29],
    ["src/pages/console/signout.ts", _page30],
    ["src/pages/console/tasks/[id].astro", _page31],
    ["src/pages/console/tasks/index.astro", _page32],
    ["src/pages/console/today.astro", _page33],
    ["src/pages/console/users.astro", _page34],
    ["src/pages/console/index.astro", _page35],
    ["src/pages/en/[county]/brands/[slug].astro", _page36],
    ["src/pages/en/[county]/brands/index.astro", _page37],
    ["src/pages/en/[county]/complaint.astro", _page38],
    ["src/pages/en/[county]/officers/[slug]/card.astro", _page39],
    ["src/pages/en/[county]/officers/[slug]/rate.astro", _page40],
    ["src/pages/en/[county]/officers/[slug].astro", _page41],
    ["src/pages/en/[county]/stories/[slug].astro", _page42],
    ["src/pages/en/[county]/stories/index.astro", _page43],
    ["src/pages/en/[county]/villages/[id]/notice.astro", _page44],
    ["src/pages/en/[county]/villages/[id].astro", _page45],
    ["src/pages/en/[county]/villages/index.astro", _page46],
    ["src/pages/en/[county]/index.astro", _page47],
    ["src/pages/en/index.astro", _page48],
    ["src/pages/media/[...path].ts", _page49],
    ["src/pages/[county]/brands/[slug].astro", _page50],
    ["src/pages/[county]/brands/index.astro", _page51],
    ["src/pages/[county]/complaint.astro", _page52],
    ["src/pages/[county]/officers/[slug]/card.astro", _page53],
    ["src/pages/[county]/officers/[slug]/rate.astro", _page54],
    ["src/pages/[county]/officers/[slug].astro", _page55],
    ["src/pages/[county]/stories/[slug].astro", _page56],
    ["src/pages/[county]/stories/index.astro", _page57],
    ["src/pages/[county]/villages/[id]/notice.astro", _page58],
    ["src/pages/[county]/villages/[id].astro", _page59],
    ["src/pages/[county]/villages/index.astro", _page60],
    ["src/pages/[county]/index.astro", _page61],
    ["src/pages/index.astro", _page62]
]);

const _manifest = Object.assign(manifest, {
    pageMap,
    serverIslandMap,
    renderers,
    actions: () => import('./noop-entrypoint.mjs'),
    middleware: () => import('./_astro-internal_middleware.mjs')
});
const _args = {
    "mode": "standalone",
    "client": "file:///work/main/packages/web/.scratch-dist/client/",
    "server": "file:///work/main/packages/web/.scratch-dist/server/",
    "host": "127.0.0.1",
    "port": 4321,
    "assets": "_astro",
    "experimentalStaticHeaders": false
};
const _exports = createExports(_manifest, _args);
const handler = _exports['handler'];
const startServer = _exports['startServer'];
const options = _exports['options'];
const _start = 'start';
if (Object.prototype.hasOwnProperty.call(serverEntrypointModule, _start)) {
	serverEntrypointModule[_start](_manifest, _args);
}

export { handler, options, pageMap, startServer };
