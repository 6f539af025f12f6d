import { Unique } from "../unique/index";
import type { importKinds } from "./job.entity";

export type ImportKind = (typeof importKinds)[number];

export type Column = {
  key: string;
  zh: string;
  en: string;
  required?: boolean;
  /** The field of the core verb's input this column fills, for mapping validation errors back. */
  field?: string;
  hint: { zh: string; en: string };
};

const precinct: Column = {
  key: "precinct",
  zh: "所属派出所",
  en: "Precinct",
  required: true,
  hint: { zh: "派出所名称，须已在本县（区）建立", en: "A precinct's Chinese name, already set up in this county" },
};

/**
 * The columns of each kind of file, in template order. Headers match by key (`name_zh`), Chinese or
 * English label, with or without the template's `*`.
 */
export const columns: Record<ImportKind, Column[]> = {
  precincts: [
    {
      key: "name_zh",
      zh: "派出所名称",
      en: "Name (Chinese)",
      required: true,
      field: "nameZh",
      hint: { zh: "本县（区）内唯一", en: "Unique in the county" },
    },
    { key: "name_en", zh: "英文名称", en: "Name (English)", field: "nameEn", hint: { zh: "可选", en: "Optional" } },
    { key: "address", zh: "地址", en: "Address", field: "address", hint: { zh: "可选", en: "Optional" } },
    {
      key: "phone",
      zh: "值班电话",
      en: "Duty phone",
      field: "phone",
      hint: { zh: "如 0752-6123456", en: "e.g. 0752-6123456" },
    },
  ],
  villages: [
    { ...precinct, field: "precinctId" },
    {
      key: "name_zh",
      zh: "村（社区）名称",
      en: "Name (Chinese)",
      required: true,
      field: "nameZh",
      hint: { zh: "同一派出所内唯一", en: "Unique within the precinct" },
    },
    {
      key: "kind",
      zh: "类型",
      en: "Kind",
      required: true,
      field: "kind",
      hint: { zh: "村 或 社区", en: "village or community" },
    },
    { key: "name_en", zh: "英文名称", en: "Name (English)", field: "nameEn", hint: { zh: "可选", en: "Optional" } },
    { key: "address", zh: "地址", en: "Address", field: "address", hint: { zh: "可选", en: "Optional" } },
    {
      key: "desk_hours",
      zh: "坐班时间",
      en: "Desk hours",
      field: "deskHours",
      hint: { zh: "如 周一至周五 9:00–12:00", en: "e.g. Mon–Fri 9:00–12:00" },
    },
    {
      key: "officer_badge",
      zh: "驻村（居）民警警号",
      en: "Officer badge",
      field: "officerId",
      hint: { zh: "可选；民警须已建档", en: "Optional; the officer must exist" },
    },
  ],
  grids: [
    { ...precinct },
    {
      key: "village",
      zh: "村（社区）名称",
      en: "Village or community",
      required: true,
      field: "villageId",
      hint: { zh: "须已在该派出所下建立", en: "Already set up under that precinct" },
    },
    {
      key: "code",
      zh: "网格编号",
      en: "Grid code",
      required: true,
      field: "code",
      hint: { zh: "同一村（社区）内唯一，字母或数字", en: "Letters or digits, unique within the village" },
    },
    { key: "name_zh", zh: "网格名称", en: "Grid name", field: "nameZh", hint: { zh: "可选", en: "Optional" } },
    { key: "note", zh: "备注", en: "Note", field: "note", hint: { zh: "可选", en: "Optional" } },
  ],
  officers: [
    {
      key: "badge",
      zh: "警号",
      en: "Badge number",
      required: true,
      field: "badge",
      hint: { zh: "本县（区）内唯一，4–12 位字母或数字", en: "4–12 letters or digits, unique in the county" },
    },
    { key: "name_zh", zh: "姓名", en: "Name (Chinese)", required: true, field: "nameZh", hint: { zh: "", en: "" } },
    { ...precinct, field: "precinctId" },
    {
      key: "name_en",
      zh: "英文姓名",
      en: "Name (English)",
      field: "nameEn",
      hint: { zh: "可选；默认用拼音", en: "Optional; pinyin by default" },
    },
    { key: "rank", zh: "职务或警衔", en: "Rank", field: "rank", hint: { zh: "可选", en: "Optional" } },
    {
      key: "office_phone",
      zh: "办公电话",
      en: "Office phone",
      field: "officePhone",
      hint: { zh: "公开显示", en: "Shown publicly" },
    },
    { key: "desk_hours", zh: "坐班时间", en: "Desk hours", field: "deskHours", hint: { zh: "可选", en: "Optional" } },
    { key: "bio", zh: "简介", en: "Short bio", field: "bio", hint: { zh: "500 字以内", en: "Up to 500 characters" } },
    {
      key: "slug",
      zh: "公开地址",
      en: "Public address",
      field: "slug",
      hint: { zh: "可选；默认用拼音，建立后不可更改", en: "Optional; pinyin by default, fixed once created" },
    },
    {
      key: "photo_url",
      zh: "照片地址",
      en: "Photo address",
      field: "photoUrl",
      hint: { zh: "可选；https 地址", en: "Optional; an https address" },
    },
    {
      key: "wechat_qr_url",
      zh: "微信工作群二维码地址",
      en: "WeChat group QR address",
      field: "wechatQrUrl",
      hint: { zh: "可选；https 地址", en: "Optional; an https address" },
    },
  ],
};

const headerKey = (value: string) => Unique.nameKey(value.replace(/[*＊]/g, "").replace(/[（(][^）)]*[）)]$/, ""));

/** The column a header cell names, or undefined. */
export function columnOf(kind: ImportKind, header: string): Column | undefined {
  const wanted = headerKey(header);
  return columns[kind].find((column) => [column.key, column.zh, column.en].some((name) => headerKey(name) === wanted));
}

/** The template's header row: labels in the language, required ones marked with `*`. */
export function headerRow(kind: ImportKind, lang: "zh" | "en"): string[] {
  return columns[kind].map((column) => `${column[lang]}${column.required ? "*" : ""}`);
}
