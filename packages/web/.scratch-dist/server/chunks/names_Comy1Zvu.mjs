import { a as pinyinSyllables } from './pinyin_G0d18_-J.mjs';

function namesFromPinyin(nameZh) {
  const [surname = "", ...given] = pinyinSyllables(nameZh, {
    personal: true
  });
  const rest = given.join("");
  const title = (word) => word.charAt(0).toUpperCase() + word.slice(1);
  return {
    slug: [surname, rest].filter(Boolean).join("-"),
    nameEn: [title(surname), title(rest)].filter(Boolean).join(" ")
  };
}

export { namesFromPinyin as n };
