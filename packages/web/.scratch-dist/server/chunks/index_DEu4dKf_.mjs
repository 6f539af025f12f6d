import { V as VisibleError } from './errors_MfzDXNyI.mjs';
import { d as db } from './id_CvCQQS6k.mjs';

const signInPolicies = {
  username: {
    freeFailures: 3,
    lockAfter: 10,
    lockSeconds: 15 * 60,
    maxBackoffSeconds: 60
  },
  address: {
    freeFailures: 20,
    lockAfter: 100,
    lockSeconds: 30 * 60,
    maxBackoffSeconds: 60
  }
};
class ThrottledError extends VisibleError {
  constructor(retryAfterSeconds, locked) {
    super("rate_limited", locked ? "auth.locked" : "auth.throttled", locked ? `Too many failed attempts: sign-in is locked for ${Math.ceil(retryAfterSeconds / 60)} minutes` : `Too many failed attempts: try again in ${retryAfterSeconds} seconds`);
    this.retryAfterSeconds = retryAfterSeconds;
    this.locked = locked;
  }
}
var RateLimit;
((RateLimit2) => {
  async function assertAllowed(keys, now = Date.now()) {
    const {
      data
    } = await db.entities.rateLimit.get(keys.map(({
      key
    }) => ({
      key
    }))).go();
    for (const item of data) {
      const policy = keys.find((k) => k.key === item.key)?.policy;
      if (!policy) continue;
      if (item.lockedUntil && item.lockedUntil > now) {
        throw new ThrottledError(Math.ceil((item.lockedUntil - now) / 1e3), true);
      }
      const extra = item.failures - policy.freeFailures;
      if (extra > 0 && !(item.lockedUntil && item.lockedUntil <= now)) {
        const waitMs = Math.min(2 ** (extra - 1), policy.maxBackoffSeconds) * 1e3;
        const readyAt = item.lastFailureAt + waitMs;
        if (readyAt > now) throw new ThrottledError(Math.ceil((readyAt - now) / 1e3), false);
      }
    }
  }
  RateLimit2.assertAllowed = assertAllowed;
  async function recordFailure(keys, now = Date.now()) {
    for (const {
      key,
      policy
    } of keys) {
      const {
        data
      } = await db.entities.rateLimit.update({
        key
      }).add({
        failures: 1
      }).set({
        lastFailureAt: now,
        expiresAt: Math.floor(now / 1e3) + 24 * 3600
      }).go({
        response: "all_new"
      });
      if ((data.failures ?? 0) >= policy.lockAfter && !(data.lockedUntil && data.lockedUntil > now)) {
        await db.entities.rateLimit.patch({
          key
        }).set({
          lockedUntil: now + policy.lockSeconds * 1e3,
          failures: 0
        }).go();
      }
    }
  }
  RateLimit2.recordFailure = recordFailure;
  async function reset(key) {
    await db.entities.rateLimit.delete({
      key
    }).go();
  }
  RateLimit2.reset = reset;
})(RateLimit || (RateLimit = {}));

const consoleEn = {
  htmlLang: "en",
  title: "Cunjing console",
  switchLanguage: "中文",
  signIn: "Sign in",
  signOut: "Sign out",
  county: "County or district",
  platform: "Platform administration",
  username: "Username",
  password: "Password",
  currentPassword: "Current password",
  newPassword: "New password (at least 10 characters)",
  changePassword: "Change password",
  passwordChanged: "Your password was changed; sessions on other devices have ended.",
  save: "Save",
  home: "Home",
  users: "Accounts",
  outbox: "Outbox (local)",
  welcome: (name) => `Hello, ${name}`,
  roleNames: {
    platform_admin: "Platform admin",
    county_admin: "County admin",
    precinct_supervisor: "Precinct supervisor",
    officer: "Village officer",
    health_liaison: "Health liaison"
  },
  yourRole: "Role",
  invite: "Invite a user",
  inviteCreated: "Invitation link created (valid 72 hours, single use) and written to the outbox:",
  displayName: "Name",
  role: "Role",
  precinct: "Police station",
  officer: "Officer record",
  none: "None",
  changeRole: "Change role",
  roleChanged: "Role changed; the user must sign in again.",
  acceptTitle: "Set your password",
  acceptIntro: (name, username) => `${name}, your username is ${username}. Choose a password to sign in.`,
  acceptSubmit: "Set password and sign in",
  noUsers: "No accounts yet.",
  forbidden: "You may not open this page.",
  errors: {
    "auth.invalid_credentials": "Wrong username or password.",
    "auth.throttled": "Too many attempts. Please wait before trying again.",
    "auth.locked": "Too many attempts: sign-in is locked for a while. Try later or ask an administrator.",
    "auth.county_suspended": "This county's service is suspended; sign-in is not possible.",
    "auth.wrong_password": "The current password is wrong.",
    "auth.same_password": "The new password must differ from the current one.",
    "auth.invitation_invalid": "This invitation link is not valid.",
    "auth.invitation_used": "This invitation link was already used.",
    "auth.invitation_expired": "This invitation has expired; ask an administrator for a new one.",
    "user.username_taken": "This username is taken.",
    "user.own_role": "You cannot change your own role.",
    "user.invite_role": "The platform invites county admins only.",
    "precinct.not_found": "No such police station.",
    "officer.not_found": "No such officer record.",
    "county.not_found": "No such county.",
    "input.invalid": "Please check the form.",
    "actor.forbidden": "You may not do this.",
    "request.cross_origin": "Requests from other sites are refused.",
    internal: "Something went wrong. Please try again."
  },
  retryAfter: (seconds) => seconds >= 120 ? `Try again in ${Math.ceil(seconds / 60)} minutes.` : `Try again in ${seconds} seconds.`,
  fieldMessages: {},
  task: {
    navToday: "Today",
    navBoard: "Tasks",
    todayTitle: "Today's tasks",
    boardTitle: "Assign tasks",
    mineTitle: "My tasks",
    overdue: "Overdue",
    dueToday: "Due today",
    upcoming: "Coming up",
    recentlyClosed: "Recently closed",
    nothingToDo: "Nothing to do right now.",
    truncated: "Many tasks: only the first 200 are shown.",
    counts: (overdue, today, rest) => `${overdue} overdue · ${today} today · ${rest} later`,
    states: {
      open: "Open",
      in_progress: "In progress",
      done: "Done",
      cancelled: "Cancelled"
    },
    priorities: {
      urgent: "Urgent",
      high: "High",
      normal: "Normal",
      low: "Low"
    },
    filters: {
      active: "Not closed",
      open: "Open",
      in_progress: "In progress",
      closed: "Closed",
      done: "Done",
      cancelled: "Cancelled"
    },
    overdueBy: (days) => `Overdue by ${days} ${days === 1 ? "day" : "days"}`,
    dueTodayLabel: "Due today",
    dueTomorrow: "Due tomorrow",
    dueOn: (date) => `Due ${date}`,
    closedOn: (date) => `Closed ${date}`,
    withTeam: (names) => `With ${names}`,
    start: "Start",
    finish: "Mark done",
    finishNote: "How it went (optional)",
    cancel: "Cancel task",
    cancelReason: "Reason",
    cancelConfirm: "Cancel this task",
    comments: "Comments",
    noComments: "No comments yet.",
    addComment: "Post comment",
    commentText: "Comment (up to 1000 characters)",
    history: "History",
    historyEntry: {
      open: "Assigned",
      in_progress: "Started",
      done: "Done",
      cancelled: "Cancelled"
    },
    title: "Title",
    description: "Description",
    noDescription: "None",
    village: "Village or community",
    officers: "Officers (1–3)",
    team: "Officers",
    dueDate: "Due date",
    priority: "Priority",
    assignedBy: "Assigned by",
    source: "Source",
    sourceHazard: "Hazard follow-up",
    system: "System",
    create: "Assign task",
    newTask: "New task",
    filter: "Filter",
    state: "State",
    precinctFilter: "Police station",
    officerFilter: "Officer",
    wholeCounty: "Whole county",
    wholePrecinct: "Whole station",
    more: "Next page",
    firstPage: "Back to the first page",
    empty: "No tasks match.",
    overdueBanner: (count, exact) => `${count}${exact ? "" : "+"} overdue ${count === 1 ? "task" : "tasks"}`,
    noOverdue: "No overdue tasks.",
    notices: {
      created: "Task assigned.",
      started: "Task started.",
      finished: "Task done.",
      cancelled: "Task cancelled.",
      commented: "Comment posted.",
      unchanged: "The task was already in that state."
    },
    errors: {
      "task.not_found": "No such task, or you may not see it.",
      "task.stale": "Someone has just changed this task; check its state and try again.",
      "task.illegal_transition": "The task's current state does not allow this.",
      "task.not_assignee": "Only the assigned officers may change the task's state.",
      "task.cannot_cancel": "Only whoever assigned the task, or a supervisor, may cancel it.",
      "task.officer_cannot_assign": "Officers do not assign tasks; open hazard follow-ups from the work log.",
      "task.follow_up_self_only": "A hazard follow-up you open is assigned to you alone.",
      "task.village_outside_patch": "Choose a village you serve.",
      "task.village_outside_precinct": "Choose a village of your police station.",
      "task.officer_outside_precinct": "Choose officers of your police station.",
      "task.outside_precinct": "You may only see tasks of your police station.",
      "task.not_own": "You may only see your own tasks.",
      "task.no_precinct": "Your account is not linked to a police station; ask an administrator.",
      "task.no_officer_record": "Your account is not linked to an officer record; ask an administrator.",
      "task.due_in_past": "The due date has passed.",
      "task.due_too_far": "Choose a due date within a year.",
      "task.follow_up_exists": "This hazard already has a follow-up task.",
      "task.source_not_found": "No such hazard entry.",
      "input.invalid_cursor": "This page link is not valid; go back to the first page.",
      "task.exists": "This task exists already.",
      "village.not_found": "No such village or community."
    },
    fieldMessages: {
      "Choose a due date within a year": "Choose a due date within a year",
      "Use YYYY-MM-DD": "Choose a date",
      "Not a valid id": "Choose one"
    }
  }
};

const consoleZh = {
  htmlLang: "zh-CN",
  title: "村警工作台",
  switchLanguage: "English",
  signIn: "登录",
  signOut: "退出登录",
  county: "所属县（区）",
  platform: "平台管理",
  username: "用户名",
  password: "密码",
  currentPassword: "当前密码",
  newPassword: "新密码（至少 10 位）",
  changePassword: "修改密码",
  passwordChanged: "密码已修改，其他设备上的登录已失效。",
  save: "保存",
  home: "首页",
  users: "账号管理",
  outbox: "发件箱（本地）",
  welcome: (name) => `${name}，您好`,
  roleNames: {
    platform_admin: "平台管理员",
    county_admin: "县（区）管理员",
    precinct_supervisor: "派出所负责人",
    officer: "驻村（居）民警",
    health_liaison: "卫健联络员"
  },
  yourRole: "角色",
  invite: "邀请新用户",
  inviteCreated: "邀请链接已生成（72 小时内有效，仅可使用一次），并已写入发件箱：",
  displayName: "姓名",
  role: "角色",
  precinct: "派出所",
  officer: "对应民警档案",
  none: "无",
  changeRole: "调整角色",
  roleChanged: "角色已调整，该用户需重新登录。",
  acceptTitle: "设置密码，开通账号",
  acceptIntro: (name, username) => `${name}，您的用户名是 ${username}。请设置登录密码。`,
  acceptSubmit: "设置密码并登录",
  noUsers: "暂无账号。",
  forbidden: "您没有权限访问此页面。",
  errors: {
    "auth.invalid_credentials": "用户名或密码错误。",
    "auth.throttled": "尝试次数过多，请稍后再试。",
    "auth.locked": "尝试次数过多，登录已临时锁定，请稍后再试或联系管理员。",
    "auth.county_suspended": "该县（区）的服务已暂停，暂时无法登录。",
    "auth.wrong_password": "当前密码不正确。",
    "auth.same_password": "新密码不能与当前密码相同。",
    "auth.invitation_invalid": "邀请链接无效。",
    "auth.invitation_used": "该邀请链接已被使用。",
    "auth.invitation_expired": "该邀请链接已过期，请联系管理员重新邀请。",
    "user.username_taken": "该用户名已被使用。",
    "user.own_role": "不能调整自己的角色。",
    "user.invite_role": "平台只能邀请县（区）管理员。",
    "precinct.not_found": "找不到该派出所。",
    "officer.not_found": "找不到该民警档案。",
    "county.not_found": "找不到该县（区）。",
    "input.invalid": "请检查填写的内容。",
    "actor.forbidden": "您没有权限执行此操作。",
    "request.cross_origin": "请求来源不被允许。",
    internal: "系统繁忙，请稍后再试。"
  },
  retryAfter: (seconds) => seconds >= 120 ? `请在 ${Math.ceil(seconds / 60)} 分钟后重试。` : `请在 ${seconds} 秒后重试。`,
  fieldMessages: {
    Required: "必填",
    "Use at least 10 characters": "至少 10 个字符",
    "Use at least 3 characters": "至少 3 个字符",
    "Use a less repetitive password": "密码过于简单，请使用更多不同的字符",
    "Use letters, digits, dots and hyphens": "只能使用字母、数字、点和连字符",
    "This username is taken": "该用户名已被使用",
    "The current password is wrong": "当前密码不正确",
    "Choose a new password": "请设置一个新密码"
  },
  task: {
    navToday: "今日任务",
    navBoard: "任务",
    todayTitle: "今日任务",
    boardTitle: "任务派发",
    mineTitle: "我的任务",
    overdue: "已逾期",
    dueToday: "今天到期",
    upcoming: "后续任务",
    recentlyClosed: "最近办结",
    nothingToDo: "当前没有待办任务。",
    truncated: "任务较多，仅显示前 200 件。",
    counts: (overdue, today, rest) => `逾期 ${overdue} · 今天 ${today} · 后续 ${rest}`,
    states: {
      open: "待开始",
      in_progress: "进行中",
      done: "已完成",
      cancelled: "已取消"
    },
    priorities: {
      urgent: "紧急",
      high: "高",
      normal: "普通",
      low: "低"
    },
    filters: {
      active: "未办结",
      open: "待开始",
      in_progress: "进行中",
      closed: "已办结",
      done: "已完成",
      cancelled: "已取消"
    },
    overdueBy: (days) => `逾期 ${days} 天`,
    dueTodayLabel: "今天到期",
    dueTomorrow: "明天到期",
    dueOn: (date) => `${date}到期`,
    closedOn: (date) => `${date}办结`,
    withTeam: (names) => `与${names}共同办理`,
    start: "开始处理",
    finish: "标记完成",
    finishNote: "办理情况（选填）",
    cancel: "取消任务",
    cancelReason: "取消原因",
    cancelConfirm: "确认取消",
    comments: "留言",
    noComments: "暂无留言。",
    addComment: "发表留言",
    commentText: "留言内容（最多 1000 字）",
    history: "办理记录",
    historyEntry: {
      open: "派发任务",
      in_progress: "开始处理",
      done: "办结任务",
      cancelled: "取消任务"
    },
    title: "任务名称",
    description: "任务说明",
    noDescription: "无",
    village: "村（居）",
    officers: "责任民警（1–3 人）",
    team: "责任民警",
    dueDate: "截止日期",
    priority: "优先级",
    assignedBy: "派发人",
    source: "来源",
    sourceHazard: "隐患跟进",
    system: "系统",
    create: "派发任务",
    newTask: "新建任务",
    filter: "筛选",
    state: "状态",
    precinctFilter: "派出所",
    officerFilter: "民警",
    wholeCounty: "全县（区）",
    wholePrecinct: "全所",
    more: "下一页",
    firstPage: "回到第一页",
    empty: "没有符合条件的任务。",
    overdueBanner: (count, exact) => `逾期未办结任务 ${count}${exact ? "" : "+"} 件`,
    noOverdue: "没有逾期任务。",
    notices: {
      created: "任务已派发。",
      started: "已开始处理。",
      finished: "任务已办结。",
      cancelled: "任务已取消。",
      commented: "留言已发布。",
      unchanged: "任务已是该状态。"
    },
    errors: {
      "task.not_found": "找不到该任务，或您无权查看。",
      "task.stale": "该任务刚被他人更新，请查看最新状态后再操作。",
      "task.illegal_transition": "任务当前的状态不允许此操作。",
      "task.not_assignee": "只有责任民警可以更新任务状态。",
      "task.cannot_cancel": "只有派发人或派出所负责人可以取消任务。",
      "task.officer_cannot_assign": "民警不能派发任务，隐患跟进任务请从工作日志发起。",
      "task.follow_up_self_only": "隐患跟进任务只能指派给自己。",
      "task.village_outside_patch": "请选择您负责的村（居）。",
      "task.village_outside_precinct": "请选择本所辖区内的村（居）。",
      "task.officer_outside_precinct": "请选择本所的民警。",
      "task.outside_precinct": "只能查看本所的任务。",
      "task.not_own": "只能查看自己的任务。",
      "task.no_precinct": "您的账号未关联派出所，请联系管理员。",
      "task.no_officer_record": "您的账号未关联民警档案，请联系管理员。",
      "task.due_in_past": "截止日期已过。",
      "task.due_too_far": "截止日期须在一年以内。",
      "task.follow_up_exists": "该隐患已有跟进任务。",
      "task.source_not_found": "找不到对应的隐患记录。",
      "input.invalid_cursor": "分页链接无效，请回到第一页。",
      "task.exists": "该任务已存在。",
      "village.not_found": "找不到该村（居）。"
    },
    fieldMessages: {
      "Choose at least one officer": "请至少选择一名民警",
      "A team has at most 3 officers": "最多选择 3 名民警",
      "Choose each officer once": "每名民警只能选择一次",
      "Use at most 80 characters": "最多 80 个字",
      "Use at most 500 characters": "最多 500 个字",
      "Use at most 1000 characters": "最多 1000 个字",
      "Use at most 2000 characters": "最多 2000 个字",
      "The due date has passed": "截止日期已过",
      "Choose a due date within a year": "截止日期须在一年以内",
      "Use YYYY-MM-DD": "请选择日期",
      "Not a calendar day": "日期无效",
      "Not a valid id": "请选择"
    }
  }
};

const consoleLangCookie = "cunjing_lang";
function consoleLang(cookies, url) {
  const asked = url.searchParams.get("lang");
  if (asked === "en" || asked === "zh") return asked;
  return cookies.get(consoleLangCookie)?.value === "en" ? "en" : "zh";
}
function consoleMessages(lang) {
  return lang === "en" ? consoleEn : consoleZh;
}
function formProblem(lang, error) {
  const m = consoleMessages(lang);
  if (!(error instanceof VisibleError)) {
    console.error(error);
    return {
      message: m.errors.internal,
      fields: {},
      status: 500
    };
  }
  let message = m.errors[error.code] ?? error.message;
  if (error instanceof ThrottledError) message = `${message} ${m.retryAfter(error.retryAfterSeconds)}`;
  const fields = Object.fromEntries(Object.entries(error.fieldErrors ?? {}).map(([field, messages]) => [field, messages.map((text) => m.fieldMessages[text] ?? text).join("；")]));
  const status = {
    input: 400,
    not_found: 404,
    conflict: 409,
    forbidden: 403,
    unauthorized: 401,
    unavailable: 503,
    rate_limited: 429
  }[error.kind];
  return {
    message,
    fields,
    status
  };
}

export { RateLimit as R, consoleMessages as a, consoleLangCookie as b, consoleLang as c, formProblem as f, signInPolicies as s };
