import { pinyin } from "pinyin-pro";

/** Search keys for a Chinese name: "西区社区" → { pinyin: "xiqushequ", initials: "xqsq" }. */
export function pinyinKeys(name: string) {
  const syllables = pinyin(name, { toneType: "none", type: "array", nonZh: "consecutive" })
    .map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, ""))
    .filter(Boolean);
  return {
    pinyin: syllables.join(""),
    initials: syllables.map((s) => s[0]).join(""),
  };
}
