import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * Runs axe-core's WCAG 2.0–2.2 A and AA rules (target size included) inside the page at its current
 * width; returns every violation, of any impact.
 */
async function axeViolations(page: Page, extraRules: readonly string[] = []): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => "axe" in globalThis);
  if (!loaded) await page.addScriptTag({ content: axeSource });
  return page.evaluate(
    async ({ tags, extra }) => {
      // Runs in the page: `axe` is the global the injected script defines.
      const { axe, document } = globalThis as unknown as {
        axe: { run: (context: unknown, options: object) => Promise<AxeResults> };
        document: unknown;
      };
      // Rules named in `extra` run on top of the tags (axe's `rules` option may enable rules outside `runOnly`).
      const rules = Object.fromEntries(extra.map((id) => [id, { enabled: true }]));
      const results = await axe.run(document, {
        resultTypes: ["violations"],
        runOnly: { type: "tag", values: tags },
        rules,
      });
      return results.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact ?? null,
        help: violation.help,
        nodes: violation.nodes.map((node) => node.target.join(" ")),
      }));
    },
    { tags: wcagAaTags, extra: [...extraRules] },
  );
}

/** A rule violation or a squeezed text, with the width it was found at. */
type Finding = (AxeViolation | (NarrowText & { id: "narrow-text" })) & { width: number };

/**
 * The page as it is now (a journey's page, often the answer to a post, so it is not reloaded), laid
 * out at 360 px and at 1280 px in turn: WCAG 2.2 AA violations of any impact and text squeezed below
 * two characters, each with its width. The viewport is put back afterwards.
 */
export async function wcagViolations(page: Page): Promise<Finding[]> {
  const original = page.viewportSize();
  const found: Finding[] = [];
  for (const width of checkedWidths) {
    await page.setViewportSize({ width, height: original?.height ?? 800 });
    found.push(...(await axeViolations(page)).map((violation) => ({ ...violation, width })));
    found.push(...(await narrowTextElements(page)).map((item) => ({ ...item, id: "narrow-text" as const, width })));
  }
  if (original) await page.setViewportSize(original);
  return found;
}

type AxeResults = {
  violations: Array<{ id: string; impact?: string | null; help: string; nodes: Array<{ target: string[] }> }>;
};

/** The WCAG 2.0–2.2 A and AA rules; `wcag22aa` brings target size (24 × 24 CSS px). */
export const wcagAaTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
/** WCAG 2 AAA contrast (7:1, 4.5:1 for large text), checked on pages in 关怀模式. */
export const aaaContrastRule = "color-contrast-enhanced";
/** A phone and a desktop. */
export const checkedWidths = [360, 1280] as const;

export interface NarrowText {
  width: number;
  element: string;
  text: string;
  renderedPx: number;
}

/**
 * WCAG 2.2 AA violations of any impact, and text elements rendered narrower than two characters
 * (a table column squeezed to one CJK character a line), at 360 px and at 1280 px. The page is
 * reloaded at each width and left at the last.
 */
export async function wcagViolationsAtWidths(
  page: Page,
  options: { extraRules?: readonly string[] } = {},
): Promise<{ violations: Array<AxeViolation & { width: number }>; narrow: NarrowText[] }> {
  const violations: Array<AxeViolation & { width: number }> = [];
  const narrow: NarrowText[] = [];
  const height = page.viewportSize()?.height ?? 800;
  for (const width of checkedWidths) {
    await page.setViewportSize({ width, height });
    await page.reload();
    const found = await axeViolations(page, options.extraRules);
    violations.push(...found.map((violation) => ({ ...violation, width })));
    narrow.push(...(await narrowTextElements(page)).map((item) => ({ ...item, width })));
  }
  return { violations, narrow };
}

/**
 * Visible elements holding their own text of two or more characters whose box is narrower than two
 * characters and whose text wraps: a column squeezed to one character a line.
 */
async function narrowTextElements(page: Page): Promise<Array<{ element: string; text: string; renderedPx: number }>> {
  return page.evaluate(() => {
    const found: Array<{ element: string; text: string; renderedPx: number }> = [];
    const { document, getComputedStyle } = globalThis as unknown as {
      document: { body: { querySelectorAll(selector: string): Iterable<HTMLLike> } };
      getComputedStyle(element: HTMLLike): {
        fontSize: string;
        lineHeight: string;
        display: string;
        visibility: string;
      };
    };
    type HTMLLike = {
      tagName: string;
      className: string;
      childNodes: Iterable<{ nodeType: number; textContent: string | null }>;
      getBoundingClientRect(): { width: number; height: number };
    };
    for (const element of document.body.querySelectorAll("*")) {
      const own = [...element.childNodes]
        .filter((node) => node.nodeType === 3)
        .map((node) => node.textContent ?? "")
        .join("")
        .trim();
      if ([...own].length < 2) continue;
      const style = getComputedStyle(element);
      if (style.display === "none" || style.visibility === "hidden") continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      const fontSize = parseFloat(style.fontSize);
      const lineHeight = style.lineHeight === "normal" ? 1.3 * fontSize : parseFloat(style.lineHeight);
      if (box.width + 0.5 < 2 * fontSize && box.height > 1.5 * lineHeight) {
        found.push({
          element: `${element.tagName.toLowerCase()}${element.className ? "." + String(element.className).split(" ")[0] : ""}`,
          text: own.slice(0, 20),
          renderedPx: Math.round(box.width),
        });
      }
    }
    return found;
  });
}
