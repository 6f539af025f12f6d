import { Officer } from "../../officer/index";
import { Unique } from "../../unique/index";
import { createId } from "../../util/id";
import { namesFrom } from "../../officer/names";
import { cell, changesOf, firstOfKey, hasRequired, type Planner } from "../plan";
import { badgeKey } from "../snapshot";
import { precinctOf } from "./references";

/**
 * Officers by badge number. New officers get a public address from their name's pinyin (with the
 * badge number appended when that is taken) unless the file gives one; an existing officer's
 * address never changes.
 */
export const planOfficers: Planner = (rows, plan, snapshot, pinyin) => {
  const countyId = plan.countyId;
  const seen = new Map<string, number>();
  const slugs = new Set(snapshot.officerSlugs);
  for (const row of rows) {
    if (!hasRequired(plan, row)) continue;
    const precinct = precinctOf(plan, snapshot, row);
    const badge = row.values.badge!;
    const existing = snapshot.officers.get(badgeKey(badge));
    const generated = namesFrom(pinyin, row.values.name_zh!);
    const given = cell(row, "slug");
    let slug = existing?.item.slug ?? given ?? generated.slug;
    if (!existing && !given && slugs.has(slug)) slug = `${slug}-${badge.toLowerCase()}`;
    const input = {
      slug,
      nameZh: row.values.name_zh!,
      nameEn: cell(row, "name_en") ?? existing?.item.nameEn ?? generated.nameEn,
      badge,
      precinctId: precinct?.precinctId ?? "unknown",
      rank: cell(row, "rank"),
      officePhone: cell(row, "office_phone"),
      deskHours: cell(row, "desk_hours"),
      bio: cell(row, "bio"),
      photoUrl: cell(row, "photo_url"),
      wechatQrUrl: cell(row, "wechat_qr_url"),
    };
    const parsed = Officer.create.schema.safeParse(input);
    if (!parsed.success) plan.invalid(row.row, parsed.error);
    if (!precinct || !parsed.success) continue;
    if (!firstOfKey(plan, seen, badgeKey(badge), row, "badge")) continue;
    const data = parsed.data;

    if (!existing) {
      if (given && slugs.has(data.slug)) {
        plan.error(row.row, "slug", "import.slug_taken", "This public address is taken");
        continue;
      }
      slugs.add(data.slug);
      const officerId = createId();
      plan.create(
        (e) =>
          e.unique
            .create({ scope: countyId, kind: Unique.kinds.officerSlug, value: data.slug, ownerId: officerId })
            .commit(),
        row.row,
      );
      plan.create(
        (e) =>
          e.unique
            .create({ scope: countyId, kind: Unique.kinds.officerBadge, value: data.badge, ownerId: officerId })
            .commit(),
        row.row,
      );
      plan.create((e) => e.officer.create({ ...data, countyId, officerId }).commit(), row.row);
      plan.creates++;
      continue;
    }
    const current = existing.item;
    if (current.status !== "active") {
      plan.error(
        row.row,
        "badge",
        "import.archived",
        "This officer is archived; restore the officer in the console first",
      );
      continue;
    }
    if (given && given !== current.slug) {
      plan.error(row.row, "slug", "import.slug_fixed", "An officer's public address cannot change");
      continue;
    }
    const changes = changesOf(current, {
      nameZh: data.nameZh,
      nameEn: cell(row, "name_en"),
      precinctId: data.precinctId,
      rank: data.rank,
      officePhone: data.officePhone,
      deskHours: data.deskHours,
      bio: data.bio,
      photoUrl: data.photoUrl,
      wechatQrUrl: data.wechatQrUrl,
    });
    if (!Object.keys(changes).length) {
      plan.unchanged++;
      continue;
    }
    plan.update(
      (e) =>
        e.officer
          .patch({ countyId, officerId: current.officerId })
          .set(changes)
          .where((a, op) => op.eq(a.updatedAt, current.updatedAt))
          .commit(),
      existing.raw,
      row.row,
    );
    plan.updates++;
  }
};
