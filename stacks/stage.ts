/**
 * Stage policy in one place: which region a stage deploys to and what happens to its resources
 * when the stage is removed. `sst.config.ts` and the stacks read these; the infra tests assert them.
 */

/** Hong Kong: the nearest commercial (non-`cn-*`) region to mainland users. It is an opt-in region. */
export const DEFAULT_REGION = "ap-east-1";

/** Stages that deploy somewhere other than `DEFAULT_REGION`. */
const STAGE_REGIONS: Readonly<Record<string, string>> = {};

/** The stages that deploy to AWS. Any other name (a developer's own stage) is treated like `dev`. */
export const DEPLOY_STAGES = ["dev", "staging", "prod"] as const;

/** Stages whose data must survive `sst remove` and accidental deletes. */
const PROTECTED_STAGES: ReadonlySet<string> = new Set(["prod"]);

/**
 * The region for a stage: `AWS_REGION` (or `sst deploy --region`, which SST applies on top) wins,
 * then the per-stage map, then `DEFAULT_REGION`.
 */
export function regionFor(stage: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const override = env.AWS_REGION?.trim();
  if (override) return override;
  return (stage !== undefined ? STAGE_REGIONS[stage] : undefined) ?? DEFAULT_REGION;
}

export function isProtectedStage(stage: string): boolean {
  return PROTECTED_STAGES.has(stage);
}

/** App-wide CloudFormation removal policy: keep everything on `prod`, tear down everything else. */
export function removalPolicyFor(stage: string): "retain" | "destroy" {
  return isProtectedStage(stage) ? "retain" : "destroy";
}

/**
 * The site's custom domain for a stage, when one is configured: `CUNJING_DOMAIN_<STAGE>` (e.g.
 * `CUNJING_DOMAIN_PROD=cunjing.example.cn`) at deploy time. Its zone must be in Route 53 in the
 * deploying account. Without one the site is served on its CloudFront domain.
 */
export function siteDomainFor(stage: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const value = env[`CUNJING_DOMAIN_${stage.toUpperCase().replace(/[^A-Z0-9]/g, "_")}`]?.trim();
  return value || undefined;
}
