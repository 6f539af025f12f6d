/** How the harness reads an answer: what it reveals, and whether it is a refusal. */

/** Secrets found in an answer, leaving out those the request itself carried (an echo reveals nothing). */
export function secretsIn(body: string, secrets: string[], request = ""): string[] {
  return secrets.filter((secret) => body.includes(secret) && !request.includes(secret));
}

/**
 * Fields no public answer may carry: password hashes, token and phone keys, and the raw rating
 * sums (the portal shows scores, never the totals they are computed from).
 */
const privateKeys = [
  "passwordHash",
  "tokenKey",
  "phoneHash",
  "weightedOverall",
  "solvedYes",
  "solvedPartly",
  "solvedNo",
];

export function privateKeysIn(json: string): string[] {
  return privateKeys.filter((key) => json.includes(`"${key}":`));
}

/** An answer that refuses over HTTP: an error status, or the way to the sign-in page. */
export function refusedOverHttp(status: number, location: string | null): boolean {
  return status >= 400 || (status === 303 && (location ?? "").startsWith("/console/signin"));
}
