import { pinyinSyllables } from "../village/pinyin";

/** "徐洁珊" → public address "xu-jieshan", English name "Xu Jieshan" (surname first, as on Chinese cards). */
export function namesFromPinyin(nameZh: string) {
  const [surname = "", ...given] = pinyinSyllables(nameZh, { personal: true });
  const rest = given.join("");
  const title = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
  return { slug: [surname, rest].filter(Boolean).join("-"), nameEn: [title(surname), title(rest)].filter(Boolean).join(" ") };
}
