/**
 * Tenant-scoped AWS credentials for production isolation (DESIGN §2): the API assumes the stack's
 * tenant role (`TENANT_ROLE_ARN`, stacks/Api.ts) with a session tag `countyId=<id>`, and that role's
 * policy admits DynamoDB item actions only where `dynamodb:LeadingKeys` is the county's own
 * partition (`$cunjing#countyid_<id>` or `$cunjing#countyid_<id>#…`). A bug that builds another
 * county's key is then refused by DynamoDB itself, not only by the key design.
 *
 * Credentials are cached per county for `CACHE_MS` (10 minutes) and refreshed before that, or
 * sooner when they are within `REFRESH_MARGIN_MS` of expiring; concurrent requests for one county
 * share a single AssumeRole call. Only used when `TENANT_ROLE_ARN` is set and `DYNAMODB_ENDPOINT`
 * is not: never locally, where DynamoDB Local ignores IAM anyway. See docs/DEPLOYMENT.md for
 * how the API uses it per request and which entities stay on the function's own role.
 */

export interface TenantCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken: string;
  readonly expiration: Date;
}

export interface AssumeRoleInput {
  roleArn: string;
  sessionName: string;
  durationSeconds: number;
  tags: Array<{ Key: string; Value: string }>;
}

export type AssumeRole = (input: AssumeRoleInput) => Promise<TenantCredentials>;

/** The session tag the role's policy reads as `${aws:PrincipalTag/countyId}`. */
export const TENANT_TAG = "countyId";
/** STS minimum; the cache hands out a session for at most `CACHE_MS` of it. */
export const SESSION_SECONDS = 900;
export const CACHE_MS = 10 * 60_000;
export const REFRESH_MARGIN_MS = 2 * 60_000;

/** ElectroDB service prefix of every key (model.service "cunjing"); keys are lower-cased. */
const SERVICE_PREFIX = "$cunjing";

/**
 * The role's `ForAllValues:StringLike` values for `dynamodb:LeadingKeys` (stacks/Api.ts puts them in
 * the template): the county's own partition `$cunjing#countyid_<id>` and everything below it,
 * `$cunjing#countyid_<id>#…`. `${$}` is IAM's escape for a literal `$`. The `#` after the id
 * matters: `…countyid_${tag}*` alone would let county `a` reach county `ab`.
 */
export const TENANT_LEADING_KEYS = [
  "${$}cunjing#countyid_${aws:PrincipalTag/" + TENANT_TAG + "}",
  "${$}cunjing#countyid_${aws:PrincipalTag/" + TENANT_TAG + "}#*",
] as const;

/** County ids are `[a-z0-9]` (createId, County.create); anything else never becomes a tag. */
const COUNTY_ID = /^[a-z0-9]{1,64}$/;

/** The tag value for a county: the id as ElectroDB writes it into keys (lower case). */
export function tenantTagValue(countyId: string): string {
  const value = countyId.toLowerCase();
  // A `*` or `?` in the tag would turn the role's StringLike into a wildcard over other counties.
  // "platform" is the pseudo-county of platform-wide claims and the platform admin's account.
  if (!COUNTY_ID.test(value) || value === "platform") {
    throw new Error(`Not a county id for tenant credentials: ${JSON.stringify(countyId)}`);
  }
  return value;
}

/** The partition-key prefix of a county's items, as ElectroDB builds it. */
export function tenantKeyPrefix(countyId: string): string {
  return `${SERVICE_PREFIX}#countyid_${tenantTagValue(countyId)}`;
}

export interface TenantCredentialSource {
  /** Credentials confined to the county; cached, refreshed before expiry. */
  forCounty(countyId: string): Promise<TenantCredentials>;
  /** The same as an AWS SDK v3 credential provider, for `new DynamoDBClient({ credentials })`. */
  provider(countyId: string): () => Promise<TenantCredentials>;
  /** Cached counties (for tests and metrics). */
  readonly size: number;
}

export function createTenantCredentials(options: {
  roleArn: string;
  assumeRole: AssumeRole;
  now?: () => number;
}): TenantCredentialSource {
  const now = options.now ?? Date.now;
  const cache = new Map<string, { fetchedAt: number; credentials: Promise<TenantCredentials> }>();

  const fresh = (entry: { fetchedAt: number }, credentials?: TenantCredentials) =>
    now() - entry.fetchedAt < CACHE_MS &&
    (!credentials || credentials.expiration.getTime() - now() > REFRESH_MARGIN_MS);

  async function forCounty(countyId: string): Promise<TenantCredentials> {
    const tag = tenantTagValue(countyId);
    const cached = cache.get(tag);
    if (cached && fresh(cached)) {
      const credentials = await cached.credentials;
      if (fresh(cached, credentials)) return credentials;
      if (cache.get(tag) !== cached) return forCounty(countyId); // someone else refreshed meanwhile
    }
    const entry = {
      fetchedAt: now(),
      credentials: options.assumeRole({
        roleArn: options.roleArn,
        sessionName: `cunjing-${tag}`,
        durationSeconds: SESSION_SECONDS,
        tags: [{ Key: TENANT_TAG, Value: tag }],
      }),
    };
    cache.set(tag, entry);
    try {
      return await entry.credentials;
    } catch (error) {
      if (cache.get(tag) === entry) cache.delete(tag); // the next request tries again
      throw error;
    }
  }

  return {
    forCounty,
    provider: (countyId) => () => forCounty(countyId),
    get size() {
      return cache.size;
    },
  };
}

/** AssumeRole through STS; the client is loaded on first use only (never locally). */
export function stsAssumeRole(): AssumeRole {
  let client: import("@aws-sdk/client-sts").STSClient | undefined;
  return async (input) => {
    const { STSClient, AssumeRoleCommand } = await import("@aws-sdk/client-sts");
    client ??= new STSClient({ maxAttempts: 4 });
    const { Credentials } = await client.send(
      new AssumeRoleCommand({
        RoleArn: input.roleArn,
        RoleSessionName: input.sessionName,
        DurationSeconds: input.durationSeconds,
        Tags: input.tags,
      }),
    );
    if (
      !Credentials?.AccessKeyId ||
      !Credentials.SecretAccessKey ||
      !Credentials.SessionToken ||
      !Credentials.Expiration
    ) {
      throw new Error("STS AssumeRole returned no credentials");
    }
    return {
      accessKeyId: Credentials.AccessKeyId,
      secretAccessKey: Credentials.SecretAccessKey,
      sessionToken: Credentials.SessionToken,
      expiration: Credentials.Expiration,
    };
  };
}

let shared: TenantCredentialSource | undefined;

/**
 * The process's tenant credentials, or `undefined` when tenant isolation is off: no
 * `TENANT_ROLE_ARN` (local runs, tests) or a `DYNAMODB_ENDPOINT` (DynamoDB Local).
 */
export function tenantCredentials(env: NodeJS.ProcessEnv = process.env): TenantCredentialSource | undefined {
  const roleArn = env.TENANT_ROLE_ARN?.trim();
  if (!roleArn || env.DYNAMODB_ENDPOINT) return undefined;
  shared ??= createTenantCredentials({ roleArn, assumeRole: stsAssumeRole() });
  return shared;
}
