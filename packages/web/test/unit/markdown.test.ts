import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../../src/components/Content/markdown";
import { cleanQuery, maxQueryLength, rank } from "../../src/components/Village/search";

describe("renderMarkdown", () => {
  it("renders Markdown and keeps text formatting, links and https images", () => {
    const html = renderMarkdown(
      "# 标题\n\n**加粗** [链接](https://www.gov.cn) ![图](https://img.example.cn/a.jpg)\n\n> 引用",
    );
    expect(html).toContain("<h2>标题</h2>");
    expect(html).toContain("<strong>加粗</strong>");
    expect(html).toContain('<a href="https://www.gov.cn" rel="nofollow noopener">链接</a>');
    expect(html).toContain('<img src="https://img.example.cn/a.jpg" alt="图" loading="lazy" />');
    expect(html).toContain("<blockquote>");
  });

  it("strips scripts, styles, frames, forms, event handlers and dangerous addresses", () => {
    const html = renderMarkdown(
      [
        "<script>alert(1)</script>",
        "<style>body{display:none}</style>",
        '<iframe src="https://evil.example"></iframe>',
        '<form action="/x"><input name="a"></form>',
        '<img src="x" onerror="alert(1)">',
        '<img src="http://plain.example/a.jpg">',
        "[a](javascript:alert(1)) [b](data:text/html,hi) [c](//evil.example)",
        '<a href="vbscript:msgbox">d</a> <svg onload="alert(1)"></svg>',
      ].join("\n\n"),
    );
    expect(html).not.toMatch(
      /<script|alert\(1\)<|<style|<iframe|<form|<input|onerror|onload|<svg|javascript:|data:|vbscript:|\/\/evil|http:\/\/plain/i,
    );
  });
});

describe("village search input", () => {
  const xiqu = { nameZh: "西区社区", nameEn: "Xiqu Community", pinyin: "xiqushequ", initials: "xqsq" };

  it("matches Chinese, full pinyin, initials and English, with or without tones, spaces and capitals", () => {
    for (const query of ["西区", "社区", "xiqu", "xq", "XQSQ", "Xī Qū", "xi qu", "Xiqu Comm"])
      expect(rank(xiqu, query), query).toBeDefined();
    expect(rank(xiqu, "西区")).toBe(0);
    expect(rank(xiqu, "shequ")).toBe(1);
    for (const query of ["东区", "dq", "qsq", "zz", "<script>"]) expect(rank(xiqu, query), query).toBeUndefined();
  });

  it("bounds and normalises what it echoes", () => {
    expect(cleanQuery("  西区\u0000\n ")).toBe("西区");
    expect(cleanQuery("ｘｉｑｕ")).toBe("xiqu");
    expect(Array.from(cleanQuery("西".repeat(10_000)))).toHaveLength(maxQueryLength);
    expect(cleanQuery(null)).toBe("");
  });
});
