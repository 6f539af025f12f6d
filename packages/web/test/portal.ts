import { gzipSync } from "node:zlib";
import { afterAll, beforeAll } from "vitest";
import { withActor, type Actor } from "@cunjing/core/actor";
import { demoId } from "../../../scripts/seed/index";
import { copyDemo } from "../../../scripts/vitest/demo-copy";
import { startSiteServer, type SiteServer } from "../../../scripts/site-server";
import { signIn as signInAccount } from "../../../scripts/console-sign-in";

/** Seeds the demo into this file's table and serves the built site on a free port for the file's tests. */
export function usePortal() {
  let server: SiteServer | undefined;
  beforeAll(async () => {
    await copyDemo();
    server = await startSiteServer({ endpoint: process.env.DYNAMODB_ENDPOINT!, tableName: process.env.TABLE_NAME! });
  });
  afterAll(async () => {
    await server?.stop();
  });

  return async function get(path: string) {
    const response = await fetch(server!.base + path, { redirect: "manual" });
    const html = await response.text();
    return {
      status: response.status,
      html,
      cache: response.headers.get("cache-control"),
      gzipBytes: gzipSync(html).length,
    };
  };
}

/** Runs a core call as the system actor of a demo county. */
export function asCounty<T>(slug: string, callback: () => Promise<T>): Promise<T> {
  const actor: Actor = { type: "system", properties: { countyId: demoId("county", slug) } };
  return withActor(actor, callback);
}

/** The markup outside attribute values: text inside a quoted, escaped attribute cannot open a tag. */
export function outsideAttributes(html: string): string {
  return html.replace(/="[^"]*"/g, '=""');
}

export { demoId };

/**
 * The demo behind the built site for this file's tests, with console sign-in: `signIn` returns the
 * session cookie of a demo account (all share the demo password), and fails the test when refused.
 */
export function useDemoServer() {
  let server: SiteServer | undefined;
  beforeAll(async () => {
    await copyDemo();
    server = await startSiteServer({ endpoint: process.env.DYNAMODB_ENDPOINT!, tableName: process.env.TABLE_NAME! });
  });
  afterAll(async () => {
    await server?.stop();
  });
  return {
    get base() {
      if (!server) throw new Error("The demo site is not running (beforeAll has not finished)");
      return server.base;
    },
    async signIn(username: string, county = "boluo") {
      const cookie = await signInAccount(this.base, { county, username });
      if (!cookie) throw new Error(`Sign-in refused for ${county}/${username}`);
      return cookie;
    },
  };
}
