/// <reference path="../.astro/types.d.ts" />

declare namespace App {
  interface Locals {
    actor: import("@cunjing/core/actor").Actor;
    user?: import("@cunjing/core/user/index").User.Summary;
    sessionId?: string;
  }
}

interface ImportMetaEnv {
  /** True in the Lambda build (ASTRO_ADAPTER=sst), which only ever runs behind CloudFront. */
  readonly CUNJING_BEHIND_CLOUDFRONT: boolean;
}
