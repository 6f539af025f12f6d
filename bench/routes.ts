/** The demo routes the bench measures; the seed guarantees the county, village and officer exist. */
export const demoRoutes = {
  home: "/",
  homeEn: "/en",
  countyHome: "/boluo",
  countyHomeEn: "/en/boluo",
  villageSearch: "/boluo/villages?q=xiqu",
  officerPage: "/boluo/officers/xu-jieshan",
  officerPageEn: "/en/boluo/officers/xu-jieshan",
  console: "/console",
  trpcCountyBySlug: `/api/trpc/county.bySlug?input=${encodeURIComponent(JSON.stringify("boluo"))}`,
  trpcCountyList: "/api/trpc/county.list",
  trpcAuthMe: "/api/trpc/auth.me",
  storyPage: "/boluo/stories/scan-to-register",
  brandPage: "/huicheng/brands/huage-shuoli",
  excellentList: "/boluo/excellent",
} as const;

export type RouteName = keyof typeof demoRoutes;

/** Public page routes, by the suffix their row ids use. */
export const publicPages = {
  home: { path: demoRoutes.home, readOnly: true },
  county_home: { path: demoRoutes.countyHome, readOnly: true },
  village_search: { path: demoRoutes.villageSearch, readOnly: true },
  officer: { path: demoRoutes.officerPage, readOnly: false },
  // The demo's QR form for 西区社区: demoId("boluo", "intake", "xiqu-arrivals") in scripts/seed.
  intake_form: { path: "/boluo/intake/heqb9k6htd2xtk", readOnly: false },
} as const;
