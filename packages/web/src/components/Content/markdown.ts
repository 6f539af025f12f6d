import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";

const marked = new Marked({ gfm: true, breaks: true, async: false });

/** The page title is the only h1: Markdown headings start at h2. */
const headings = { h1: "h2", h2: "h2", h3: "h3", h4: "h4", h5: "h4", h6: "h4" };

const policy: sanitizeHtml.IOptions = {
  allowedTags: [
    "p",
    "br",
    "strong",
    "em",
    "del",
    "blockquote",
    "ul",
    "ol",
    "li",
    "h2",
    "h3",
    "h4",
    "a",
    "img",
    "code",
    "pre",
    "hr",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
  ],
  allowedAttributes: {
    a: ["href", "title", "rel"],
    img: ["src", "alt", "title", "loading"],
    th: ["align"],
    td: ["align"],
  },
  allowedSchemes: ["https", "http", "mailto", "tel"],
  allowedSchemesByTag: { img: ["https"] },
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  transformTags: {
    ...Object.fromEntries(Object.entries(headings).map(([from, to]) => [from, sanitizeHtml.simpleTransform(to, {})])),
    a: sanitizeHtml.simpleTransform("a", { rel: "nofollow noopener" }),
    // An image without a description is decorative to screen readers, never unlabelled.
    img: (tagName, attribs) => ({ tagName, attribs: { ...attribs, alt: attribs.alt ?? "", loading: "lazy" } }),
  },
};

/**
 * Markdown from authors to HTML that is safe to inline: rendered with marked, then reduced by
 * sanitize-html to text formatting, links and https images. Scripts, styles, frames, forms, event
 * handlers and `javascript:` addresses never survive.
 */
export function renderMarkdown(source: string): string {
  return sanitizeHtml(marked.parse(source) as string, policy);
}
