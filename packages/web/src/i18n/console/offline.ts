import type { ConsoleLang } from "./index";

/** The device outbox (offline queue) in the console, zh-CN first. */
const zh = {
  title: "待发送",
  pageTitle: "本机待发送记录",
  intro: "没有网络时，提交的记录先加密保存在本机，网络恢复后按提交顺序自动发送；只有服务器确认保存后才会从这里移除。",
  empty: "本机没有待发送的记录。",
  count: (n: number) => `本机有 ${n} 条待发送`,
  savedOffline: "网络不通，已加密暂存在本机，恢复网络后自动发送。",
  sendNow: "立即发送",
  fix: "修改",
  discard: "放弃这条",
  discardConfirm: "确定放弃这条记录吗？它不会被发送。",
  signIn: "登录后发送",
  signinNeeded: "登录已过期：请重新登录，登录后会自动发送。",
  fixing: "正在修改一条待发送的记录，改好后点保存即可重新排队。",
  sentAll: (n: number) => `已发送 ${n} 条。`,
  states: {
    queued: "等待发送",
    sending: "发送中",
    invalid: "需修改",
    conflict: "有冲突：记录已被他人改动",
    signin: "等待登录",
    retry: "网络不通，稍后重试",
  },
  signOutWarning: (n: number) => `本机还有 ${n} 条记录没有发送。退出登录会删除它们，无法恢复。`,
  signOutAnyway: "仍然退出并删除",
  cancel: "取消",
  queueLink: "查看待发送",
};

const en: typeof zh = {
  title: "Waiting to send",
  pageTitle: "Entries waiting on this device",
  intro:
    "Without a network, what you submit is kept on this device, encrypted, and sent in the order you submitted it when the network returns. An item leaves this list only when the server confirms it was saved.",
  empty: "Nothing is waiting on this device.",
  count: (n: number) => `${n} waiting on this device`,
  savedOffline: "No network: kept on this device, encrypted, and sent when the network returns.",
  sendNow: "Send now",
  fix: "Fix",
  discard: "Discard",
  discardConfirm: "Discard this entry? It will not be sent.",
  signIn: "Sign in to send",
  signinNeeded: "Your session has expired: sign in again and the entries are sent.",
  fixing: "You are fixing a waiting entry: correct it and save to queue it again.",
  sentAll: (n: number) => `${n} sent.`,
  states: {
    queued: "Waiting",
    sending: "Sending",
    invalid: "Needs a fix",
    conflict: "Conflict: someone else changed the record",
    signin: "Waiting for sign-in",
    retry: "No network, will retry",
  },
  signOutWarning: (n: number) => `${n} entries on this device have not been sent. Signing out deletes them for good.`,
  signOutAnyway: "Sign out and delete them",
  cancel: "Cancel",
  queueLink: "See waiting entries",
};

export type OfflineMessages = typeof zh;

export function offlineMessages(lang: ConsoleLang): OfflineMessages {
  return lang === "en" ? en : zh;
}
