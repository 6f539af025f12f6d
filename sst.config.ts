import type { SSTConfig } from "sst";
import { Alarms } from "./stacks/Alarms";
import { Api } from "./stacks/Api";
import { Database } from "./stacks/Database";
import { Events } from "./stacks/Events";
import { Keys } from "./stacks/Keys";
import { Secrets } from "./stacks/Secrets";
import { regionFor, removalPolicyFor } from "./stacks/stage";
import { Storage } from "./stacks/Storage";
import { Web } from "./stacks/Web";

export default {
  config(input) {
    return {
      name: "cunjing",
      region: regionFor(input.stage),
    };
  },
  stacks(app) {
    app.setDefaultRemovalPolicy(removalPolicyFor(app.stage));
    // Applies to every `Function` (not to AstroSite's SSR function, which Web sets itself).
    app.setDefaultFunctionProps({
      runtime: "nodejs22.x",
      architecture: "arm_64",
      // Nothing secret here: these land in the Lambda configuration in clear text.
      // NODE_ENV=production keeps stack traces out of tRPC error responses.
      environment: { NODE_ENV: "production", APP_STAGE: app.stage },
    });
    app.stack(Secrets).stack(Database).stack(Keys).stack(Storage).stack(Events).stack(Api).stack(Web).stack(Alarms);
  },
} satisfies SSTConfig;
