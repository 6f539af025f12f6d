/**
 * Raw HTML in an author's Markdown that the portal never shows: scripts, frames, embedded objects,
 * styles, forms, event-handler attributes and `javascript:` addresses. The text is kept as written
 * (it is the author's source), the renderer's sanitiser removes these on every page, and the
 * console names them so the author and the reviewer know what readers will not see.
 */
const checks: Array<{ name: string; pattern: RegExp }> = [
  { name: "<script>", pattern: /<\s*script\b/i },
  { name: "<iframe>", pattern: /<\s*i?frame(set)?\b/i },
  { name: "<object>/<embed>", pattern: /<\s*(object|embed|applet)\b/i },
  { name: "<style>", pattern: /<\s*(style|link|meta|base)\b/i },
  { name: "<form>", pattern: /<\s*(form|input|button|textarea|select)\b/i },
  { name: "on…=", pattern: /<[^>]*\son[a-z]+\s*=/i },
  { name: "javascript:", pattern: /(java|vb)script\s*:/i },
];

export function unsafeMarkup(...texts: Array<string | undefined>): string[] {
  const source = texts.filter(Boolean).join("\n");
  return checks.filter((check) => check.pattern.test(source)).map((check) => check.name);
}
