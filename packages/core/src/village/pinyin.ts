/**
 * pinyin-pro carries a 450 KB dictionary that only writes of names need (village and officer
 * onboarding, imports), so it is loaded on first use and stays out of the API's cold start.
 */
let library: typeof import("pinyin-pro") | undefined;

/** Loads the dictionary; verbs that write names await it before building their items. */
export async function loadPinyin(): Promise<void> {
  library ??= await import("pinyin-pro");
}

/**
 * Toneless pinyin syllables, lower case: "西区社区" → ["xi", "qu", "she", "qu"]. For a person's
 * name (`personal`), the surname is read as a surname (单 shan) and ü is written v (吕 lv).
 */
export function pinyinSyllables(name: string, options: { personal?: boolean } = {}): string[] {
  const personal = options.personal ? { surname: "head" as const, v: true } : {};
  if (!library) throw new Error("pinyin is not loaded: await loadPinyin() first");
  return library
    .pinyin(name, { toneType: "none", type: "array", nonZh: "consecutive", ...personal })
    .map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, ""))
    .filter(Boolean);
}

/** Search keys for a Chinese name: "西区社区" → { pinyin: "xiqushequ", initials: "xqsq" }. */
export function pinyinKeys(name: string) {
  const syllables = pinyinSyllables(name);
  return {
    pinyin: syllables.join(""),
    initials: syllables.map((s) => s[0]).join(""),
  };
}
