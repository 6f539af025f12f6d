import { columns, type ImportKind } from "./columns";
import type { Snapshot } from "./snapshot";

const kindLabels = {
  zh: { village: "村", community: "社区" },
  en: { village: "village", community: "community" },
} as const;

/** The county's active records as rows of the kind's columns, sorted as a person would read them. */
export function exportRows(kind: ImportKind, snapshot: Snapshot, lang: "zh" | "en"): string[][] {
  const active = <T extends { item: { status: string } }>(entries: Iterable<T>) =>
    [...entries].filter((entry) => entry.item.status === "active");
  const precinctName = (precinctId: string) => snapshot.precinctsById.get(precinctId)?.nameZh ?? "";
  const byZh = (a: string, b: string) => a.localeCompare(b, "zh-Hans-CN");
  let records: Array<Record<string, string | undefined>>;
  switch (kind) {
    case "precincts":
      records = active(snapshot.precincts.values()).map(({ item }) => ({
        name_zh: item.nameZh,
        name_en: item.nameEn,
        address: item.address,
        phone: item.phone,
      }));
      break;
    case "villages":
      records = active(snapshot.villages.values()).map(({ item }) => ({
        precinct: precinctName(item.precinctId),
        name_zh: item.nameZh,
        kind: kindLabels[lang][item.kind],
        name_en: item.nameEn,
        address: item.address,
        desk_hours: item.deskHours,
        officer_badge: item.officerId ? snapshot.officersById.get(item.officerId)?.item.badge : undefined,
      }));
      break;
    case "grids":
      records = active(snapshot.grids.values()).flatMap(({ item }) => {
        const village = snapshot.villagesById.get(item.villageId);
        if (!village || village.status !== "active") return [];
        return [
          {
            precinct: precinctName(village.precinctId),
            village: village.nameZh,
            code: item.code,
            name_zh: item.nameZh,
            note: item.note,
          },
        ];
      });
      break;
    case "officers":
      records = active(snapshot.officers.values()).map(({ item }) => ({
        badge: item.badge,
        name_zh: item.nameZh,
        precinct: precinctName(item.precinctId),
        name_en: item.nameEn,
        rank: item.rank,
        office_phone: item.officePhone,
        desk_hours: item.deskHours,
        bio: item.bio,
        slug: item.slug,
        photo_url: item.photoUrl,
        wechat_qr_url: item.wechatQrUrl,
      }));
      break;
  }
  const keys = columns[kind].map((column) => column.key);
  return records
    .map((record) => keys.map((key) => record[key] ?? ""))
    .sort((a, b) => byZh(a[0]!, b[0]!) || byZh(a[1]!, b[1]!) || byZh(a[2]!, b[2]!));
}
