/// <reference path="../.astro/types.d.ts" />

declare namespace App {
  interface Locals {
    actor: import("@cunjing/core/actor").Actor;
    user?: import("@cunjing/core/user/index").User.Summary;
    sessionId?: string;
  }
}
