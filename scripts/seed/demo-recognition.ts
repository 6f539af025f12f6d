import { withActor, type UserActor } from "@cunjing/core/actor";
import { db } from "@cunjing/core/db/service";
import { Excellence } from "@cunjing/core/excellence/index";
import { Story } from "@cunjing/core/story/index";

/**
 * Recognition in the demo: Boluo declares the default excellent-village criteria and has a story by
 * 徐洁珊 waiting for the county admin's review (sign in as `boluo.admin` to review it beside the
 * evidence panel). Evaluating a half-year is left to the admin: results depend on the day.
 */
export async function seedDemoRecognition(
  ifNew: (write: () => Promise<unknown>) => Promise<boolean>,
  demoId: (...parts: string[]) => string,
) {
  const countyId = demoId("county", "boluo");
  const { data: criteria } = await db.entities.excellenceCriteria.get({ countyId }).go();
  if (!criteria)
    await withActor({ type: "system", properties: { countyId } }, () => Excellence.setCriteria(Excellence.defaults));
  const { data: users } = await db.entities.user.query.byId({ countyId }).go({ pages: "all" });
  const xu = users.find((user) => user.username === "xu-jieshan");
  if (!xu) return;
  const author: UserActor = {
    type: "user",
    properties: {
      userId: xu.userId,
      role: "officer",
      countyId,
      precinctId: xu.precinctId,
      officerId: xu.officerId,
      villageIds: [],
    },
  };
  await withActor(author, () =>
    ifNew(async () => {
      const { refId } = await Story.draft({
        slug: "wechat-group-night",
        title: "一个微信群，守住一条街",
        summary: "西区社区的商户微信群里，民警每晚十点发一条巡查提醒。",
        body: [
          "西区社区临街商户多，民警**徐洁珊**建了一个商户微信群，每晚十点发一条巡查提醒：关好卷闸门、检查电动车充电。",
          "群里的商户也会把看到的可疑情况发给她。",
          "> 小事不拖、小忧不等、小帮不推。",
        ].join("\n\n"),
        officerIds: [demoId("boluo", "officer", "xu-jieshan")],
        villageIds: [demoId("boluo", "village", "xiqu")],
      });
      await Story.submit({ refId, version: 1 });
    }),
  );
}
