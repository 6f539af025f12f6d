function isSameOrigin(headers, requestHost) {
  const hosts = new Set([requestHost, headers.get("x-forwarded-host"), headers.get("host")].filter(Boolean));
  const origin = headers.get("origin");
  if (origin && origin !== "null") {
    try {
      return hosts.has(new URL(origin).host);
    } catch {
      return false;
    }
  }
  const fetchSite = headers.get("sec-fetch-site");
  if (fetchSite) return fetchSite === "same-origin" || fetchSite === "none";
  return !headers.get("cookie");
}

export { isSameOrigin as i };
