import { loadPinyin, type Pinyin } from "../village/pinyin";

/** "徐洁珊" → public address "xu-jieshan", English name "Xu Jieshan" (surname first, as on Chinese cards). */
export function namesFrom(pinyin: Pinyin, nameZh: string) {
  const [surname = "", ...given] = pinyin.syllables(nameZh, { personal: true });
  const rest = given.join("");
  const title = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
  return {
    slug: [surname, rest].filter(Boolean).join("-"),
    nameEn: [title(surname), title(rest)].filter(Boolean).join(" "),
  };
}

/** The same, loading the pinyin dictionary first if this process has not yet. */
export async function namesFromPinyin(nameZh: string) {
  return namesFrom(await loadPinyin(), nameZh);
}
