import { withActor, type UserActor } from "@cunjing/core/actor";
import { County } from "@cunjing/core/county/index";
import { Officer } from "@cunjing/core/officer/index";
import { Precinct } from "@cunjing/core/precinct/index";
import { VisibleError } from "@cunjing/core/util/errors";
import { Village } from "@cunjing/core/village/index";

export type Patch = { actor: UserActor; villageIds: string[] };

/**
 * The officers who will log the workload, each with their villages. A county that does not exist
 * yet is created for the purpose (a benchmark county), with `precincts` × `perPrecinct` officers,
 * each serving one village.
 */
export async function patchesOf(
  slug: string,
  options: { joinedOn: string; precincts: number; perPrecinct: number },
): Promise<{ countyId: string; patches: Patch[]; created: boolean }> {
  const existing = await withActor({ type: "public", properties: {} }, () => County.bySlug(slug)).catch(
    (error: unknown) => {
      if (error instanceof VisibleError && error.kind === "not_found") return undefined;
      throw error;
    },
  );
  const countyId =
    existing?.countyId ??
    (await withActor({ type: "system", properties: {} }, () =>
      County.create({
        slug,
        nameZh: `测试县 ${slug}`,
        nameEn: `Load-test county ${slug}`,
        cityZh: "惠州市",
        cityEn: "Huizhou",
        divisionCode: "441302",
        joinedOn: options.joinedOn,
      }),
    ));
  if (!existing) {
    await withActor({ type: "system", properties: { countyId } }, async () => {
      for (let p = 1; p <= options.precincts; p++) {
        const precinctId = await Precinct.create({ nameZh: `第${p}派出所`, nameEn: `Station ${p}` });
        for (let o = 1; o <= options.perPrecinct; o++) {
          const n = `${p}-${o}`;
          const officerId = await Officer.create({
            slug: `officer-${n}`,
            nameZh: `民警${n}`,
            nameEn: `Officer ${n}`,
            badge: `9${String(p).padStart(2, "0")}${String(o).padStart(3, "0")}`,
            precinctId,
          });
          const villageId = await Village.create({
            precinctId,
            kind: o % 3 ? "village" : "community",
            nameZh: `${n}村`,
          });
          await Village.assignOfficer({ villageId, officerId });
        }
      }
    });
  }
  const roster = await withActor({ type: "system", properties: { countyId } }, () => County.roster());
  const patches = roster.officers
    .map((officer) => {
      const villageIds = roster.villages.filter((v) => v.officerId === officer.officerId).map((v) => v.villageId);
      const actor: UserActor = {
        type: "user",
        properties: {
          userId: "workload-generator",
          role: "officer",
          countyId,
          precinctId: officer.precinctId,
          officerId: officer.officerId,
          villageIds,
        },
      };
      return { actor, villageIds };
    })
    .filter((patch) => patch.villageIds.length > 0);
  return { countyId, patches, created: !existing };
}
