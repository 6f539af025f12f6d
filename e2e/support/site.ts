import { afterAll, beforeAll } from "vitest";
import { copyDemo } from "../../scripts/vitest/demo-copy";
import { startSiteServer, type SiteServer } from "../../scripts/site-server";

/**
 * The demo, as `npm start` serves it, on a loopback port: this file's fresh table (made by the
 * shared vitest setup), seeded, behind the built web server in a child process.
 */
export function useDemoSite(): { readonly base: string; url(path: string): string } {
  let server: SiteServer | undefined;
  beforeAll(async () => {
    await copyDemo();
    server = await startSiteServer({ endpoint: process.env.DYNAMODB_ENDPOINT!, tableName: process.env.TABLE_NAME! });
  });
  afterAll(async () => {
    await server?.stop();
  });
  const base = () => {
    if (!server) throw new Error("The demo site is not running (beforeAll has not finished)");
    return server.base;
  };
  return {
    get base() {
      return base();
    },
    url: (path: string) => base() + path,
  };
}
