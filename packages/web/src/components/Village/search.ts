import type { Village } from "@cunjing/core/village/index";

/** Longer input is cut: no village name needs more, and it bounds the work and the echo. */
export const maxQueryLength = 40;

/** The query as the page uses and echoes it: normalised, trimmed, at most `maxQueryLength` characters. */
export function cleanQuery(raw: string | null | undefined): string {
  const text = (raw ?? "")
    .normalize("NFKC")
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return Array.from(text).slice(0, maxQueryLength).join("").trim();
}

/** Latin letters and digits only, tone marks removed: "Xī qū" → "xiqu". */
function latinKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

type Searchable = Pick<Village.Info, "nameZh" | "nameEn" | "pinyin" | "initials">;

/**
 * Ranks a village against the query: 0 for a match at the start of its name, pinyin or initials,
 * 1 for a match inside them, undefined for no match. Chinese matches the name; Latin input matches
 * the full pinyin anywhere, the initials from the start, or the English name.
 */
export function rank(village: Searchable, query: string): 0 | 1 | undefined {
  const han = query.replace(/[\s\p{P}]/gu, "");
  const latin = latinKey(query);
  const starts =
    (han && village.nameZh.startsWith(han)) ||
    (latin &&
      (village.pinyin.startsWith(latin) ||
        village.initials.startsWith(latin) ||
        latinKey(village.nameEn).startsWith(latin)));
  if (starts) return 0;
  const inside =
    (han && village.nameZh.includes(han)) ||
    (latin && (village.pinyin.includes(latin) || latinKey(village.nameEn).includes(latin)));
  return inside ? 1 : undefined;
}

/** The villages matching the query, best first, then by name; at most `limit`. */
export function searchVillages<T extends Searchable>(villages: T[], query: string, limit: number) {
  const ranked = villages
    .map((village) => ({ village, rank: rank(village, query) }))
    .filter((entry): entry is { village: T; rank: 0 | 1 } => entry.rank !== undefined)
    .sort((a, b) => a.rank - b.rank);
  return { matches: ranked.slice(0, limit).map((entry) => entry.village), total: ranked.length };
}
