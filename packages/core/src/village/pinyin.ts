/**
 * pinyin-pro carries a 450 KB dictionary that only writes of names need (village and officer
 * onboarding, imports), so it is loaded on first use and stays out of the API's cold start. The
 * functions that need it come from `loadPinyin()`, so no caller can reach them before it has loaded.
 */
export type Pinyin = {
  /**
   * Toneless pinyin syllables, lower case: "西区社区" → ["xi", "qu", "she", "qu"]. For a person's
   * name (`personal`), the surname is read as a surname (单 shan) and ü is written v (吕 lv).
   */
  syllables(name: string, options?: { personal?: boolean }): string[];
  /** Search keys for a Chinese name: "西区社区" → { pinyin: "xiqushequ", initials: "xqsq" }. */
  keys(name: string): { pinyin: string; initials: string };
};

let loading: Promise<Pinyin> | undefined;

export function loadPinyin(): Promise<Pinyin> {
  loading ??= import("pinyin-pro").then((library) => {
    const syllables: Pinyin["syllables"] = (name, options = {}) => {
      const personal = options.personal ? { surname: "head" as const, v: true } : {};
      return library
        .pinyin(name, { toneType: "none", type: "array", nonZh: "consecutive", ...personal })
        .map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, ""))
        .filter(Boolean);
    };
    return {
      syllables,
      keys(name) {
        const parts = syllables(name);
        return { pinyin: parts.join(""), initials: parts.map((s) => s[0]).join("") };
      },
    };
  });
  loading.catch(() => (loading = undefined));
  return loading;
}
