import type { Counter } from "@cunjing/core/counter/index";

/**
 * The programme's categories of work, one vocabulary for the console and the portal, in the terms
 * of the programme's own report (`domain/PROGRAMME.md`): 指导组织巡逻队伍, 三人小组出动, 走访群众（户）…
 */
export const programmeCategories = {
  zh: {
    opinion: "收集社情民意",
    hazard: "排查安全隐患",
    hazard_eliminated: "消除安全隐患",
    patrol_team: "指导组织巡逻队伍",
    dispute: "化解矛盾纠纷",
    help: "帮助群众",
    visit: "走访群众（户）",
    deed: "为群众办实事",
    grid_check: "综治网格排查",
    publicity: "法治安全宣传",
    team: "三人小组出动",
  },
  en: {
    opinion: "Resident opinions collected",
    hazard: "Safety hazards found",
    hazard_eliminated: "Safety hazards eliminated",
    patrol_team: "Patrol teams organised and guided",
    dispute: "Disputes mediated",
    help: "Residents helped",
    visit: "Household visits",
    deed: "Practical deeds done",
    grid_check: "Grid cells checked",
    publicity: "Law and safety publicity",
    team: "Three-person teams deployed",
  },
} satisfies Record<"zh" | "en", Record<Counter.Figure, string>>;
