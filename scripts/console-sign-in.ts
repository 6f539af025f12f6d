/** Demo accounts from the seed (README: demo accounts), all with the demo password. */
export const demoAccounts = {
  officer: { county: "boluo", username: "xu-jieshan" },
  countyAdmin: { county: "boluo", username: "boluo.admin" },
  platformAdmin: { county: "platform", username: "admin" },
} as const;
export const demoPassword = "cunjing-demo";

/**
 * Signs in through the console's sign-in form, as a browser would, and returns the `Cookie` header
 * for later requests, or undefined when sign-in does not succeed.
 */
export async function signIn(base: string, account: { county: string; username: string }): Promise<string | undefined> {
  const response = await fetch(`${base}/console/signin`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: base },
    body: new URLSearchParams({ ...account, password: demoPassword }).toString(),
  });
  await response.arrayBuffer();
  const cookies = response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]!);
  return response.status === 303 && cookies.length ? cookies.join("; ") : undefined;
}
