import type { Lang } from "./index";

/** English names of the mainland's province-level divisions (GB/T 2260 two-digit codes). */
const provincesEn: Record<string, string> = {
  "11": "Beijing",
  "12": "Tianjin",
  "13": "Hebei",
  "14": "Shanxi",
  "15": "Inner Mongolia",
  "21": "Liaoning",
  "22": "Jilin",
  "23": "Heilongjiang",
  "31": "Shanghai",
  "32": "Jiangsu",
  "33": "Zhejiang",
  "34": "Anhui",
  "35": "Fujian",
  "36": "Jiangxi",
  "37": "Shandong",
  "41": "Henan",
  "42": "Hubei",
  "43": "Hunan",
  "44": "Guangdong",
  "45": "Guangxi",
  "46": "Hainan",
  "50": "Chongqing",
  "51": "Sichuan",
  "52": "Guizhou",
  "53": "Yunnan",
  "54": "Tibet",
  "61": "Shaanxi",
  "62": "Gansu",
  "63": "Qinghai",
  "64": "Ningxia",
  "65": "Xinjiang",
};

/**
 * A province's name in the page's language: `湖南省` on Chinese pages, `Hunan (湖南省)` on English
 * ones. Cities and counties keep their Chinese names (the dataset has no English ones).
 */
export function provinceName(lang: Lang, region: { code: string; name: string }): string {
  const english = lang === "en" ? provincesEn[region.code] : undefined;
  return english ? `${english} (${region.name})` : region.name;
}
