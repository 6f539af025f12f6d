const maxQueryLength = 40;
function cleanQuery(raw) {
  const text = (raw ?? "").normalize("NFKC").replace(/[\u0000-\u001f\u007f]/g, "").replace(/\s+/g, " ").trim();
  return Array.from(text).slice(0, maxQueryLength).join("").trim();
}
function latinKey(text) {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]/g, "");
}
function rank(village, query) {
  const han = query.replace(/[\s\p{P}]/gu, "");
  const latin = latinKey(query);
  const starts = han && village.nameZh.startsWith(han) || latin && (village.pinyin.startsWith(latin) || village.initials.startsWith(latin) || latinKey(village.nameEn).startsWith(latin));
  if (starts) return 0;
  const inside = han && village.nameZh.includes(han) || latin && (village.pinyin.includes(latin) || latinKey(village.nameEn).includes(latin));
  return inside ? 1 : void 0;
}
function searchVillages(villages, query, limit) {
  const ranked = villages.map((village) => ({
    village,
    rank: rank(village, query)
  })).filter((entry) => entry.rank !== void 0).sort((a, b) => a.rank - b.rank);
  return {
    matches: ranked.slice(0, limit).map((entry) => entry.village),
    total: ranked.length
  };
}

export { cleanQuery as c, maxQueryLength as m, searchVillages as s };
