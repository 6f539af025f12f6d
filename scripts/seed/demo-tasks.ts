import { withActor } from "@cunjing/core/actor";
import { Counter } from "@cunjing/core/counter/index";
import { Task } from "@cunjing/core/task/index";

/**
 * Demo tasks for boluo's 城镇派出所, due relative to the day the demo is first seeded: one overdue,
 * one due today, a team task, one later and one already done. Ids are stable, so a second seed
 * leaves them (and whatever was done with them in the console) alone.
 */
type DemoTask = {
  key: string;
  title: string;
  description: string;
  dueInDays: number;
  priority: "low" | "normal" | "high" | "urgent";
  village: string;
  officers: string[];
  /** States to move through after assigning it. */
  moves?: Array<"in_progress" | "done">;
};

export const demoTasks: DemoTask[] = [
  {
    key: "rental-fire-check",
    title: "核查西区社区出租屋消防隐患",
    description: "对群众反映的三栋出租屋逐户检查灭火器、疏散通道和电动车充电情况，发现问题当场登记。",
    dueInDays: -2,
    priority: "high",
    village: "xiqu",
    officers: ["xu-jieshan"],
  },
  {
    key: "elderly-visit",
    title: "走访西区社区独居老人",
    description: "上门了解近况，提醒防范电信诈骗，登记需要帮扶的事项。",
    dueInDays: 0,
    priority: "urgent",
    village: "xiqu",
    officers: ["xu-jieshan"],
  },
  {
    key: "night-patrol",
    title: "城镇片区联合夜间巡逻",
    description: "与东区社区民警联合开展夜间巡逻，重点关注商铺和学校周边。",
    dueInDays: 3,
    priority: "normal",
    village: "dongqu",
    officers: ["xu-jieshan", "he-jianguo"],
    moves: ["in_progress"],
  },
  {
    key: "anti-fraud-talk",
    title: "反诈宣传进社区",
    description: "在社区活动中心开展一次反诈骗宣传，发放宣传资料。",
    dueInDays: 7,
    priority: "low",
    village: "xiqu",
    officers: ["xu-jieshan"],
  },
  {
    key: "school-gate",
    title: "上学高峰护学岗",
    description: "配合学校做好上学高峰期门口秩序维护。",
    dueInDays: -5,
    priority: "normal",
    village: "xiqu",
    officers: ["xu-jieshan"],
    moves: ["in_progress", "done"],
  },
];

/** Assigns each demo task through `Task.create` (as the system: the overdue ones are backdated). */
export async function seedDemoTasks(
  ifNew: (write: () => Promise<unknown>) => Promise<boolean>,
  demoId: (...parts: string[]) => string,
) {
  const county = "boluo";
  await withActor({ type: "system", properties: { countyId: demoId("county", county) } }, async () => {
    for (const task of demoTasks) {
      const taskId = demoId(county, "task", task.key);
      const isNew = await ifNew(() =>
        Task.create({
          taskId,
          title: task.title,
          description: task.description,
          dueDate: Counter.dayOf(Date.now() + task.dueInDays * 86_400_000),
          priority: task.priority,
          villageId: demoId(county, "village", task.village),
          officerIds: task.officers.map((officer) => demoId(county, "officer", officer)),
        }),
      );
      if (!isNew) continue;
      let version = 1;
      for (const to of task.moves ?? []) {
        await Task.transition({ taskId, version, to });
        version++;
      }
    }
  });
}
