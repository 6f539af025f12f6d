import { createHash } from 'node:crypto';
import * as z from 'zod';
import { c as createId, f as documentClient, t as tableName, d as db, i as importKinds, a as assertRole, u as useCounty } from './id_CvCQQS6k.mjs';
import { A as Audit } from './index_IgvBWgW0.mjs';
import { u as useStorage } from './storage_Dc3R-KQE.mjs';
import { I as InputError, C as ConflictError, N as NotFoundError } from './errors_MfzDXNyI.mjs';
import { b as bytes, f as fn, i as id } from './schemas_Cu4Pp2P7.mjs';
import { TransactWriteCommand, BatchWriteCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { U as Unique, P as Precinct } from './index_--kPpFx1.mjs';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { G as Grid } from './index_BPbTr2wv.mjs';
import { O as Officer, p as pinyinKeys } from './pinyin_G0d18_-J.mjs';
import { n as namesFromPinyin } from './names_Comy1Zvu.mjs';
import { V as Village } from './index_L52EVg_U.mjs';

const transactionSize = 100;
const inFlight = 4;
const batchWriteSize = 25;
class ApplyFailed extends Error {
  constructor(reason, row, cause) {
    super(`Import apply failed (${reason})`);
    this.reason = reason;
    this.row = row;
    this.cause = cause;
  }
}
class RollbackIncomplete extends Error {
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function chunks(items, size) {
  const result = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}
async function transact(batch, runId, index) {
  for (let attempt = 1; ; attempt++) {
    try {
      await documentClient.send(new TransactWriteCommand({
        TransactItems: batch.map((op) => op.write),
        // Makes the SDK's own retries of this request idempotent.
        ClientRequestToken: `${runId}-${index}-${attempt}`
      }));
      return;
    } catch (error) {
      const reasons = error.CancellationReasons ?? [];
      if (error.name !== "TransactionCanceledException") throw new ApplyFailed("fault", void 0, error);
      const refused = reasons.findIndex((reason) => reason.Code === "ConditionalCheckFailed");
      if (refused >= 0) throw new ApplyFailed("changed", batch[refused]?.row, error);
      const onlyConflicts = reasons.every((reason) => !reason.Code || reason.Code === "None" || reason.Code === "TransactionConflict");
      if (!onlyConflicts || attempt >= 6) throw new ApplyFailed("fault", void 0, error);
      await sleep(Math.random() * 20 * 2 ** attempt);
    }
  }
}
async function execute(ops, onProgress, onIncomplete) {
  const batches = chunks(ops, transactionSize);
  const runId = createId();
  const committed = [];
  let failure;
  let next = 0;
  let written = 0;
  const worker = async () => {
    while (!failure && next < batches.length) {
      const index = next++;
      const batch = batches[index];
      try {
        await transact(batch, runId, index);
      } catch (error) {
        failure ??= error instanceof ApplyFailed ? error : new ApplyFailed("fault", void 0, error);
        return;
      }
      committed.push(batch);
      written += batch.length;
      await onProgress(written).catch(() => void 0);
    }
  };
  await Promise.all(Array.from({
    length: Math.min(inFlight, batches.length)
  }, worker));
  if (!failure) return;
  const undo = committed.reverse().flatMap((batch) => [...batch].reverse());
  await rollback(undo, onIncomplete);
  throw failure;
}
async function rollback(ops, onIncomplete) {
  const table = tableName();
  const groups = chunks(ops, batchWriteSize);
  for (let g = 0; g < groups.length; g++) {
    let requests = groups[g].map((op) => "delete" in op.undo ? {
      DeleteRequest: {
        Key: op.undo.delete
      }
    } : {
      PutRequest: {
        Item: op.undo.put
      }
    });
    for (let attempt = 1; requests.length; attempt++) {
      let lastError;
      try {
        const result = await documentClient.send(new BatchWriteCommand({
          RequestItems: {
            [table]: requests
          }
        }));
        requests = result.UnprocessedItems?.[table] ?? [];
      } catch (error) {
        lastError = error;
      }
      if (!requests.length) break;
      if (attempt >= 10) {
        await onIncomplete(groups.slice(g).flat());
        throw new RollbackIncomplete("Rollback could not finish", {
          cause: lastError
        });
      }
      await sleep(Math.min(2e3, 50 * 2 ** attempt));
    }
  }
}

const precinct = {
  key: "precinct",
  zh: "所属派出所",
  en: "Precinct",
  required: true,
  hint: {
    zh: "派出所名称，须已在本县（区）建立",
    en: "A precinct's Chinese name, already set up in this county"
  }
};
const columns = {
  precincts: [{
    key: "name_zh",
    zh: "派出所名称",
    en: "Name (Chinese)",
    required: true,
    field: "nameZh",
    hint: {
      zh: "本县（区）内唯一",
      en: "Unique in the county"
    }
  }, {
    key: "name_en",
    zh: "英文名称",
    en: "Name (English)",
    field: "nameEn",
    hint: {
      zh: "可选",
      en: "Optional"
    }
  }, {
    key: "address",
    zh: "地址",
    en: "Address",
    field: "address",
    hint: {
      zh: "可选",
      en: "Optional"
    }
  }, {
    key: "phone",
    zh: "值班电话",
    en: "Duty phone",
    field: "phone",
    hint: {
      zh: "如 0752-6123456",
      en: "e.g. 0752-6123456"
    }
  }],
  villages: [{
    ...precinct,
    field: "precinctId"
  }, {
    key: "name_zh",
    zh: "村（社区）名称",
    en: "Name (Chinese)",
    required: true,
    field: "nameZh",
    hint: {
      zh: "同一派出所内唯一",
      en: "Unique within the precinct"
    }
  }, {
    key: "kind",
    zh: "类型",
    en: "Kind",
    required: true,
    field: "kind",
    hint: {
      zh: "村 或 社区",
      en: "village or community"
    }
  }, {
    key: "name_en",
    zh: "英文名称",
    en: "Name (English)",
    field: "nameEn",
    hint: {
      zh: "可选",
      en: "Optional"
    }
  }, {
    key: "address",
    zh: "地址",
    en: "Address",
    field: "address",
    hint: {
      zh: "可选",
      en: "Optional"
    }
  }, {
    key: "desk_hours",
    zh: "坐班时间",
    en: "Desk hours",
    field: "deskHours",
    hint: {
      zh: "如 周一至周五 9:00–12:00",
      en: "e.g. Mon–Fri 9:00–12:00"
    }
  }, {
    key: "officer_badge",
    zh: "驻村（居）民警警号",
    en: "Officer badge",
    field: "officerId",
    hint: {
      zh: "可选；民警须已建档",
      en: "Optional; the officer must exist"
    }
  }],
  grids: [{
    ...precinct
  }, {
    key: "village",
    zh: "村（社区）名称",
    en: "Village or community",
    required: true,
    field: "villageId",
    hint: {
      zh: "须已在该派出所下建立",
      en: "Already set up under that precinct"
    }
  }, {
    key: "code",
    zh: "网格编号",
    en: "Grid code",
    required: true,
    field: "code",
    hint: {
      zh: "同一村（社区）内唯一，字母或数字",
      en: "Letters or digits, unique within the village"
    }
  }, {
    key: "name_zh",
    zh: "网格名称",
    en: "Grid name",
    field: "nameZh",
    hint: {
      zh: "可选",
      en: "Optional"
    }
  }, {
    key: "note",
    zh: "备注",
    en: "Note",
    field: "note",
    hint: {
      zh: "可选",
      en: "Optional"
    }
  }],
  officers: [{
    key: "badge",
    zh: "警号",
    en: "Badge number",
    required: true,
    field: "badge",
    hint: {
      zh: "本县（区）内唯一，4–12 位字母或数字",
      en: "4–12 letters or digits, unique in the county"
    }
  }, {
    key: "name_zh",
    zh: "姓名",
    en: "Name (Chinese)",
    required: true,
    field: "nameZh",
    hint: {
      zh: "",
      en: ""
    }
  }, {
    ...precinct,
    field: "precinctId"
  }, {
    key: "name_en",
    zh: "英文姓名",
    en: "Name (English)",
    field: "nameEn",
    hint: {
      zh: "可选；默认用拼音",
      en: "Optional; pinyin by default"
    }
  }, {
    key: "rank",
    zh: "职务或警衔",
    en: "Rank",
    field: "rank",
    hint: {
      zh: "可选",
      en: "Optional"
    }
  }, {
    key: "office_phone",
    zh: "办公电话",
    en: "Office phone",
    field: "officePhone",
    hint: {
      zh: "公开显示",
      en: "Shown publicly"
    }
  }, {
    key: "desk_hours",
    zh: "坐班时间",
    en: "Desk hours",
    field: "deskHours",
    hint: {
      zh: "可选",
      en: "Optional"
    }
  }, {
    key: "bio",
    zh: "简介",
    en: "Short bio",
    field: "bio",
    hint: {
      zh: "500 字以内",
      en: "Up to 500 characters"
    }
  }, {
    key: "slug",
    zh: "公开地址",
    en: "Public address",
    field: "slug",
    hint: {
      zh: "可选；默认用拼音，建立后不可更改",
      en: "Optional; pinyin by default, fixed once created"
    }
  }, {
    key: "photo_url",
    zh: "照片地址",
    en: "Photo address",
    field: "photoUrl",
    hint: {
      zh: "可选；https 地址",
      en: "Optional; an https address"
    }
  }, {
    key: "wechat_qr_url",
    zh: "微信工作群二维码地址",
    en: "WeChat group QR address",
    field: "wechatQrUrl",
    hint: {
      zh: "可选；https 地址",
      en: "Optional; an https address"
    }
  }]
};
const headerKey = (value) => Unique.nameKey(value.replace(/[*＊]/g, "").replace(/[（(][^）)]*[）)]$/, ""));
function columnOf(kind, header) {
  const wanted = headerKey(header);
  return columns[kind].find((column) => [column.key, column.zh, column.en].some((name) => headerKey(name) === wanted));
}
function headerRow(kind, lang) {
  return columns[kind].map((column) => `${column[lang]}${column.required ? "*" : ""}`);
}

const maxFileBytes = 5 * 1024 * 1024;
const maxRows = 2e4;
const maxCellLength = 2e3;
const formulaStart = /^[=+\-@\t\r]/;
function escapeFormula(value) {
  return formulaStart.test(value) ? `'${value}` : value;
}
function unescapeFormula(value) {
  return value.startsWith("'") && formulaStart.test(value.slice(1)) ? value.slice(1) : value;
}
function parseCsv(text) {
  let rows;
  try {
    rows = parse(text, {
      relax_column_count: true,
      skip_empty_lines: false,
      max_record_size: 64 * 1024
    });
  } catch (error) {
    const line = error.lines;
    const message = line ? `The file is not valid CSV near line ${line} (check its quotes)` : "The file is not valid CSV (check its quotes)";
    throw new InputError("import.malformed", message, {
      file: [message]
    });
  }
  const [header, ...records] = rows;
  if (!header || header.every((cell) => !cell.trim())) {
    throw new InputError("import.empty", "The file is empty", {
      file: ["The file is empty"]
    });
  }
  if (records.length > maxRows) {
    const message = `The file has ${records.length.toLocaleString("en")} rows; import at most ${maxRows.toLocaleString("en")} per file`;
    throw new InputError("import.too_many_rows", message, {
      file: [message]
    });
  }
  const long = records.findIndex((record) => record.some((cell) => cell.length > maxCellLength));
  if (long >= 0) {
    const message = `Row ${long + 2} has a cell longer than ${maxCellLength} characters`;
    throw new InputError("import.cell_too_long", message, {
      file: [message]
    });
  }
  return {
    header,
    records
  };
}
function csvBytes(rows) {
  const text = stringify(rows.map((row) => row.map(escapeFormula)), {
    record_delimiter: "windows"
  });
  return new TextEncoder().encode(`\uFEFF${text}`);
}
function columnLetter(index) {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + (n - 1) % 26) + letters;
  return letters;
}

const utf8 = new TextDecoder("utf-8", {
  fatal: true
});
function gbkDecoder() {
  try {
    return new TextDecoder("gb18030", {
      fatal: true
    });
  } catch {
    return void 0;
  }
}
const fileError = (code, message) => new InputError(code, message, {
  file: [message]
});
function decodeCsv(bytes) {
  if (bytes.length >= 2 && (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255)) {
    throw fileError("import.utf16", `This file is UTF-16 (Excel's "Unicode text"); save it as "CSV UTF-8"`);
  }
  if (bytes[0] === 80 && bytes[1] === 75 && bytes[2] === 3 && bytes[3] === 4) {
    throw fileError("import.workbook", 'This is an Excel workbook, not a CSV file; save it as "CSV UTF-8"');
  }
  if (bytes.includes(0)) throw fileError("import.binary", "This is not a text file");
  const bom = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191;
  try {
    const text = utf8.decode(bom ? bytes.subarray(3) : bytes);
    return {
      text,
      encoding: bom ? "utf-8-bom" : "utf-8"
    };
  } catch {
  }
  if (bom || linesOf(bytes).some(isMultibyteUtf8)) {
    throw fileError("import.mixed_encoding", 'This file mixes text encodings; save it again as "CSV UTF-8"');
  }
  const gbk = gbkDecoder();
  if (!gbk) throw fileError("import.encoding", 'This file is not UTF-8; save it as "CSV UTF-8"');
  try {
    return {
      text: gbk.decode(bytes),
      encoding: "gbk"
    };
  } catch {
    throw fileError("import.encoding", `This file's encoding is neither UTF-8 nor GBK; save it as "CSV UTF-8"`);
  }
}
function linesOf(bytes) {
  const lines = [];
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 10) {
      lines.push(bytes.subarray(start, i));
      start = i + 1;
    }
  }
  return lines;
}
function isMultibyteUtf8(line) {
  let multibyte = 0;
  for (let i = 0; i < line.length; ) {
    const byte = line[i];
    const length = byte < 128 ? 1 : byte >= 194 && byte <= 223 ? 2 : byte >= 224 && byte <= 239 ? 3 : byte >= 240 && byte <= 244 ? 4 : 0;
    if (length === 0 || i + length > line.length) return false;
    for (let k = 1; k < length; k++) if ((line[i + k] & 192) !== 128) return false;
    if (length > 1) multibyte++;
    i += length;
  }
  return multibyte >= 2;
}

const kindLabels = {
  zh: {
    village: "村",
    community: "社区"
  },
  en: {
    village: "village",
    community: "community"
  }
};
function exportRows(kind, snapshot, lang) {
  const active = (entries) => [...entries].filter((entry) => entry.item.status === "active");
  const precinctName = (precinctId) => snapshot.precinctsById.get(precinctId)?.nameZh ?? "";
  const byZh = (a, b) => a.localeCompare(b, "zh-Hans-CN");
  let records;
  switch (kind) {
    case "precincts":
      records = active(snapshot.precincts.values()).map(({
        item
      }) => ({
        name_zh: item.nameZh,
        name_en: item.nameEn,
        address: item.address,
        phone: item.phone
      }));
      break;
    case "villages":
      records = active(snapshot.villages.values()).map(({
        item
      }) => ({
        precinct: precinctName(item.precinctId),
        name_zh: item.nameZh,
        kind: kindLabels[lang][item.kind],
        name_en: item.nameEn,
        address: item.address,
        desk_hours: item.deskHours,
        officer_badge: item.officerId ? snapshot.officersById.get(item.officerId)?.item.badge : void 0
      }));
      break;
    case "grids":
      records = active(snapshot.grids.values()).flatMap(({
        item
      }) => {
        const village = snapshot.villagesById.get(item.villageId);
        if (!village || village.status !== "active") return [];
        return [{
          precinct: precinctName(village.precinctId),
          village: village.nameZh,
          code: item.code,
          name_zh: item.nameZh,
          note: item.note
        }];
      });
      break;
    case "officers":
      records = active(snapshot.officers.values()).map(({
        item
      }) => ({
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
        wechat_qr_url: item.wechatQrUrl
      }));
      break;
  }
  const keys = columns[kind].map((column) => column.key);
  return records.map((record) => keys.map((key) => record[key] ?? "")).sort((a, b) => byZh(a[0], b[0]) || byZh(a[1], b[1]) || byZh(a[2], b[2]));
}

const tableDefinition = {
  partitionKey: "pk",
  sortKey: "sk",
  globalIndexes: {
    gsi1: {
      partitionKey: "gsi1pk",
      sortKey: "gsi1sk"
    },
    gsi2: {
      partitionKey: "gsi2pk",
      sortKey: "gsi2sk"
    }
  }};
[tableDefinition.partitionKey, tableDefinition.sortKey, ...Object.values(tableDefinition.globalIndexes).flatMap((index) => [index.partitionKey, index.sortKey])];

function writeOf(build) {
  const {
    TransactItems
  } = db.transaction.write((entities) => [build(entities)]).params();
  return TransactItems[0];
}
const keyOf = (item) => ({
  [tableDefinition.partitionKey]: item[tableDefinition.partitionKey],
  [tableDefinition.sortKey]: item[tableDefinition.sortKey]
});
class Plan {
  constructor(kind, countyId) {
    this.kind = kind;
    this.countyId = countyId;
  }
  errors = [];
  ops = [];
  creates = 0;
  updates = 0;
  unchanged = 0;
  /** The file's header text and spreadsheet letter per column key. */
  headers = /* @__PURE__ */ new Map();
  /** Records a problem of a row, in a column given by key (or by the verb's field name). */
  error(row, column, code, message) {
    const definition = column ? columns[this.kind].find((c) => c.key === column || c.field === column) : void 0;
    const header = definition ? this.headers.get(definition.key) : void 0;
    this.errors.push({
      row,
      column: header?.text ?? definition?.zh,
      letter: header?.letter,
      code,
      message
    });
  }
  /** Records every problem of a failed validation against its column. */
  invalid(row, error) {
    for (const issue of error.issues) this.error(row, String(issue.path[0] ?? ""), "import.invalid_value", issue.message);
  }
  /** A new item (`(e) => e.grid.create(item).commit()`); undone by deleting it. */
  create(build, row) {
    const write = writeOf(build);
    if (!write.Put) throw new Error("Not a put");
    this.ops.push({
      write,
      undo: {
        delete: keyOf(write.Put.Item)
      },
      row
    });
  }
  /** A change of an existing item (`(e) => e.grid.patch(key).set(...).commit()`); undone by putting `before` back. */
  update(build, before, row) {
    const write = writeOf(build);
    if (!write.Update) throw new Error("Not an update");
    this.ops.push({
      write,
      undo: {
        put: before
      },
      row
    });
  }
}
function readRows(plan, header, records) {
  const seen = /* @__PURE__ */ new Map();
  header.forEach((text, index) => {
    const letter = columnLetter(index);
    if (!text.trim()) {
      if (records.some((record) => (record[index] ?? "").trim())) {
        plan.errors.push({
          row: 1,
          letter,
          code: "import.blank_header",
          message: "This column has data but no header"
        });
      }
      return;
    }
    const column = columnOf(plan.kind, text);
    if (!column) {
      plan.errors.push({
        row: 1,
        column: text.trim(),
        letter,
        code: "import.unknown_column",
        message: "Unknown column"
      });
      return;
    }
    if (seen.has(column.key)) {
      plan.errors.push({
        row: 1,
        column: text.trim(),
        letter,
        code: "import.duplicate_column",
        message: "This column appears twice"
      });
      return;
    }
    seen.set(column.key, index);
    plan.headers.set(column.key, {
      text: text.trim(),
      letter
    });
  });
  for (const column of columns[plan.kind]) {
    if (column.required && !seen.has(column.key)) {
      plan.errors.push({
        row: 1,
        column: column.zh,
        code: "import.missing_column",
        message: "A required column is missing"
      });
    }
  }
  if (plan.errors.length) return [];
  const rows = [];
  records.forEach((record, index) => {
    const row = index + 2;
    if (record.every((cell2) => !cell2.trim())) return;
    const extra = record.findIndex((cell2, i) => cell2.trim() && !header[i]?.trim());
    if (extra >= 0) {
      plan.errors.push({
        row,
        letter: columnLetter(extra),
        code: "import.extra_cell",
        message: "This cell is outside the columns of the header"
      });
    }
    const values = {};
    for (const [key, i] of seen) values[key] = unescapeFormula((record[i] ?? "").trim());
    rows.push({
      row,
      values
    });
  });
  return rows;
}
function hasRequired(plan, row) {
  let complete = true;
  for (const column of columns[plan.kind]) {
    if (column.required && !row.values[column.key]) {
      plan.error(row.row, column.key, "import.required", "Required");
      complete = false;
    }
  }
  return complete;
}
function firstOfKey(plan, seen, key, row, column) {
  const earlier = seen.get(key);
  if (earlier !== void 0) {
    plan.error(row.row, column, "import.duplicate_row", `Same as row ${earlier}`);
    return false;
  }
  seen.set(key, row.row);
  return true;
}
const cell = (row, key) => row.values[key] || void 0;
function changesOf(current, next) {
  return Object.fromEntries(Object.entries(next).filter(([key, value]) => value !== void 0 && current[key] !== value));
}

const villageKey = (precinctId, nameZh) => Unique.villageNameValue(precinctId, nameZh);
const gridKey = (villageId, code) => `${villageId}/${code.toLowerCase()}`;
const badgeKey = (badge) => badge.trim().toLowerCase();
async function queryRaw(params) {
  const items = [];
  let start;
  do {
    const page = await documentClient.send(new QueryCommand({
      ...params,
      ExclusiveStartKey: start
    }));
    items.push(...page.Items ?? []);
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}
function held(entity, raws) {
  const {
    data
  } = entity.parse({
    Items: raws
  });
  if (data.length !== raws.length) throw new Error("Could not parse every item of the county");
  return raws.map((raw, index) => ({
    item: data[index],
    raw
  }));
}
async function readSnapshot(countyId, withGrids) {
  const [roster, grids] = await Promise.all([queryRaw(db.collections.roster({
    countyId
  }).params()), withGrids ? queryRaw(db.entities.grid.query.byCounty({
    countyId
  }).params()) : Promise.resolve([])]);
  const ofEntity = (name) => roster.filter((raw) => raw.__edb_e__ === name);
  const snapshot = {
    precincts: /* @__PURE__ */ new Map(),
    precinctsById: /* @__PURE__ */ new Map(),
    villages: /* @__PURE__ */ new Map(),
    villagesById: /* @__PURE__ */ new Map(),
    officers: /* @__PURE__ */ new Map(),
    officersById: /* @__PURE__ */ new Map(),
    officerSlugs: /* @__PURE__ */ new Set(),
    grids: /* @__PURE__ */ new Map()
  };
  for (const entry of held(db.entities.precinct, ofEntity("precinct"))) {
    snapshot.precincts.set(Unique.nameKey(entry.item.nameZh), entry);
    snapshot.precinctsById.set(entry.item.precinctId, entry.item);
  }
  for (const entry of held(db.entities.village, ofEntity("village"))) {
    snapshot.villages.set(villageKey(entry.item.precinctId, entry.item.nameZh), entry);
    snapshot.villagesById.set(entry.item.villageId, entry.item);
  }
  for (const entry of held(db.entities.officer, ofEntity("officer"))) {
    snapshot.officers.set(badgeKey(entry.item.badge), entry);
    snapshot.officersById.set(entry.item.officerId, entry);
    snapshot.officerSlugs.add(entry.item.slug);
  }
  for (const entry of held(db.entities.grid, grids)) {
    snapshot.grids.set(gridKey(entry.item.villageId, entry.item.code), entry);
  }
  return snapshot;
}

function precinctOf(plan, snapshot, row, column = "precinct") {
  const found = snapshot.precincts.get(Unique.nameKey(row.values[column] ?? ""));
  if (!found) plan.error(row.row, column, "import.precinct_not_found", "No precinct of this name in the county");
  else if (found.item.status !== "active") plan.error(row.row, column, "import.precinct_archived", "This precinct is archived");
  else return found.item;
  return void 0;
}
function villageOf(plan, snapshot, row, precinctId, column = "village") {
  const found = snapshot.villages.get(villageKey(precinctId, row.values[column] ?? ""));
  if (!found) plan.error(row.row, column, "import.village_not_found", "No village or community of this name in that precinct");
  else if (found.item.status !== "active") plan.error(row.row, column, "import.village_archived", "This village or community is archived");
  else return found.item;
  return void 0;
}
function officerOf(plan, snapshot, row, column) {
  const found = snapshot.officers.get(badgeKey(row.values[column] ?? ""));
  if (!found) plan.error(row.row, column, "import.officer_not_found", "No officer with this badge number in the county");
  else if (found.item.status !== "active") plan.error(row.row, column, "import.officer_archived", "This officer is archived");
  else return found;
  return void 0;
}

const planGrids = (rows, plan, snapshot) => {
  const countyId = plan.countyId;
  const seen = /* @__PURE__ */ new Map();
  for (const row of rows) {
    if (!hasRequired(plan, row)) continue;
    const precinct = precinctOf(plan, snapshot, row);
    const village = precinct ? villageOf(plan, snapshot, row, precinct.precinctId) : void 0;
    const input = {
      villageId: village?.villageId ?? "unknown",
      code: row.values.code,
      nameZh: cell(row, "name_zh"),
      note: cell(row, "note")
    };
    const parsed = Grid.create.schema.safeParse(input);
    if (!parsed.success) plan.invalid(row.row, parsed.error);
    if (!village || !parsed.success) continue;
    const key = gridKey(village.villageId, parsed.data.code);
    if (!firstOfKey(plan, seen, key, row, "code")) continue;
    const existing = snapshot.grids.get(key);
    if (!existing) {
      plan.create((e) => e.grid.create({
        ...parsed.data,
        countyId
      }).commit(), row.row);
      plan.creates++;
      continue;
    }
    if (existing.item.status !== "active") {
      plan.error(row.row, "code", "import.archived", "This grid cell is archived; restore it in the console first");
      continue;
    }
    const changes = changesOf(existing.item, {
      nameZh: parsed.data.nameZh,
      note: parsed.data.note
    });
    if (!Object.keys(changes).length) {
      plan.unchanged++;
      continue;
    }
    plan.update((e) => e.grid.patch({
      countyId,
      villageId: village.villageId,
      code: existing.item.code
    }).set(changes).where((a, op) => op.eq(a.updatedAt, existing.item.updatedAt)).commit(), existing.raw, row.row);
    plan.updates++;
  }
};

const planOfficers = (rows, plan, snapshot) => {
  const countyId = plan.countyId;
  const seen = /* @__PURE__ */ new Map();
  const slugs = new Set(snapshot.officerSlugs);
  for (const row of rows) {
    if (!hasRequired(plan, row)) continue;
    const precinct = precinctOf(plan, snapshot, row);
    const badge = row.values.badge;
    const existing = snapshot.officers.get(badgeKey(badge));
    const generated = namesFromPinyin(row.values.name_zh);
    const given = cell(row, "slug");
    let slug = existing?.item.slug ?? given ?? generated.slug;
    if (!existing && !given && slugs.has(slug)) slug = `${slug}-${badge.toLowerCase()}`;
    const input = {
      slug,
      nameZh: row.values.name_zh,
      nameEn: cell(row, "name_en") ?? existing?.item.nameEn ?? generated.nameEn,
      badge,
      precinctId: precinct?.precinctId ?? "unknown",
      rank: cell(row, "rank"),
      officePhone: cell(row, "office_phone"),
      deskHours: cell(row, "desk_hours"),
      bio: cell(row, "bio"),
      photoUrl: cell(row, "photo_url"),
      wechatQrUrl: cell(row, "wechat_qr_url")
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
      plan.create((e) => e.unique.create({
        scope: countyId,
        kind: Unique.kinds.officerSlug,
        value: data.slug,
        ownerId: officerId
      }).commit(), row.row);
      plan.create((e) => e.unique.create({
        scope: countyId,
        kind: Unique.kinds.officerBadge,
        value: data.badge,
        ownerId: officerId
      }).commit(), row.row);
      plan.create((e) => e.officer.create({
        ...data,
        countyId,
        officerId
      }).commit(), row.row);
      plan.creates++;
      continue;
    }
    const current = existing.item;
    if (current.status !== "active") {
      plan.error(row.row, "badge", "import.archived", "This officer is archived; restore the officer in the console first");
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
      wechatQrUrl: data.wechatQrUrl
    });
    if (!Object.keys(changes).length) {
      plan.unchanged++;
      continue;
    }
    plan.update((e) => e.officer.patch({
      countyId,
      officerId: current.officerId
    }).set(changes).where((a, op) => op.eq(a.updatedAt, current.updatedAt)).commit(), existing.raw, row.row);
    plan.updates++;
  }
};

const planPrecincts = (rows, plan, snapshot) => {
  const countyId = plan.countyId;
  const seen = /* @__PURE__ */ new Map();
  for (const row of rows) {
    if (!hasRequired(plan, row)) continue;
    const input = {
      nameZh: row.values.name_zh,
      nameEn: cell(row, "name_en"),
      address: cell(row, "address"),
      phone: cell(row, "phone")
    };
    const parsed = Precinct.create.schema.safeParse(input);
    if (!parsed.success) {
      plan.invalid(row.row, parsed.error);
      continue;
    }
    const key = Unique.nameKey(parsed.data.nameZh);
    if (!firstOfKey(plan, seen, key, row, "name_zh")) continue;
    const existing = snapshot.precincts.get(key);
    if (!existing) {
      const precinctId = createId();
      plan.create((e) => e.unique.create({
        scope: countyId,
        kind: Unique.kinds.precinctName,
        value: key,
        ownerId: precinctId
      }).commit(), row.row);
      plan.create((e) => e.precinct.create({
        ...parsed.data,
        countyId,
        precinctId
      }).commit(), row.row);
      plan.creates++;
      continue;
    }
    if (existing.item.status !== "active") {
      plan.error(row.row, "name_zh", "import.archived", "This precinct is archived; restore it in the console first");
      continue;
    }
    const changes = changesOf(existing.item, {
      nameZh: parsed.data.nameZh,
      nameEn: input.nameEn,
      address: parsed.data.address,
      phone: parsed.data.phone
    });
    if (!Object.keys(changes).length) {
      plan.unchanged++;
      continue;
    }
    plan.update((e) => e.precinct.patch({
      countyId,
      precinctId: existing.item.precinctId
    }).set(changes).where((a, op) => op.eq(a.updatedAt, existing.item.updatedAt)).commit(), existing.raw, row.row);
    plan.updates++;
  }
};

const kindWords = {
  村: "village",
  行政村: "village",
  village: "village",
  社区: "community",
  居: "community",
  居委会: "community",
  community: "community"
};
const planVillages = (rows, plan, snapshot) => {
  const countyId = plan.countyId;
  const seen = /* @__PURE__ */ new Map();
  const moves = /* @__PURE__ */ new Map();
  const move = (officerId, row) => {
    let entry = moves.get(officerId);
    if (!entry) moves.set(officerId, entry = {
      add: /* @__PURE__ */ new Set(),
      remove: /* @__PURE__ */ new Set(),
      row
    });
    return entry;
  };
  for (const row of rows) {
    if (!hasRequired(plan, row)) continue;
    const precinct = precinctOf(plan, snapshot, row);
    const kind = kindWords[row.values.kind.toLowerCase()];
    if (!kind) plan.error(row.row, "kind", "import.kind", "Use 村 (village) or 社区 (community)");
    const officer = cell(row, "officer_badge") ? officerOf(plan, snapshot, row, "officer_badge") : void 0;
    if (!precinct || !kind || cell(row, "officer_badge") && !officer) continue;
    const input = {
      precinctId: precinct.precinctId,
      kind,
      nameZh: row.values.name_zh,
      nameEn: cell(row, "name_en"),
      address: cell(row, "address"),
      deskHours: cell(row, "desk_hours")
    };
    const parsed = Village.create.schema.safeParse(input);
    if (!parsed.success) {
      plan.invalid(row.row, parsed.error);
      continue;
    }
    const key = villageKey(precinct.precinctId, parsed.data.nameZh);
    if (!firstOfKey(plan, seen, key, row, "name_zh")) continue;
    const officerId = officer?.item.officerId;
    const existing = snapshot.villages.get(key);
    if (!existing) {
      const villageId = createId();
      const village = {
        ...parsed.data,
        ...pinyinKeys(parsed.data.nameZh),
        countyId,
        villageId,
        officerId
      };
      plan.create((e) => e.unique.create({
        scope: countyId,
        kind: Unique.kinds.villageName,
        value: key,
        ownerId: villageId
      }).commit(), row.row);
      plan.create((e) => e.village.create(village).commit(), row.row);
      if (officerId) {
        const event = Village.historyEvent(countyId, villageId, "assigned", officerId, void 0, "import");
        plan.create((e) => e.assignment.create(event).commit(), row.row);
        move(officerId, row.row).add.add(villageId);
      }
      plan.creates++;
      continue;
    }
    const current = existing.item;
    if (current.status !== "active") {
      plan.error(row.row, "name_zh", "import.archived", "This village or community is archived; restore it in the console first");
      continue;
    }
    const reassigned = officerId && officerId !== current.officerId ? officerId : void 0;
    const changes = changesOf(current, {
      kind: parsed.data.kind,
      nameZh: parsed.data.nameZh,
      nameEn: input.nameEn,
      address: parsed.data.address,
      deskHours: parsed.data.deskHours,
      officerId: reassigned
    });
    if (!Object.keys(changes).length) {
      plan.unchanged++;
      continue;
    }
    plan.update((e) => e.village.patch({
      countyId,
      villageId: current.villageId
    }).set({
      ...changes,
      ...changes.nameZh ? pinyinKeys(changes.nameZh) : {}
    }).where((a, op) => op.eq(a.updatedAt, current.updatedAt)).commit(), existing.raw, row.row);
    if (reassigned) {
      const event = Village.historyEvent(countyId, current.villageId, "assigned", reassigned, current.officerId, "import");
      plan.create((e) => e.assignment.create(event).commit(), row.row);
      move(reassigned, row.row).add.add(current.villageId);
      if (current.officerId) move(current.officerId, row.row).remove.add(current.villageId);
    }
    plan.updates++;
  }
  for (const [officerId, {
    add,
    remove,
    row
  }] of moves) {
    const held = snapshot.officersById.get(officerId);
    if (!held) {
      plan.error(row, "officer_badge", "import.officer_not_found", "No officer with this badge number in the county");
      continue;
    }
    const villageIds = new Set(held.item.villageIds ?? []);
    for (const id of add) villageIds.add(id);
    for (const id of remove) villageIds.delete(id);
    plan.update((e) => {
      const patch = e.officer.patch({
        countyId,
        officerId
      });
      const write = villageIds.size ? patch.set({
        villageIds: [...villageIds]
      }) : patch.remove(["villageIds"]);
      return write.where((a, op) => op.eq(a.updatedAt, held.item.updatedAt)).commit();
    }, held.raw, row);
  }
};

const planners = {
  precincts: planPrecincts,
  villages: planVillages,
  grids: planGrids,
  officers: planOfficers
};
const jobLifetimeSeconds = 14 * 24 * 3600;
const staleRunMs = 15 * 60 * 1e3;
const kind = z.enum(importKinds);
const lang = z.enum(["zh", "en"]).default("zh");
const content = z.union([bytes, z.string().max(Math.ceil(maxFileBytes / 3) * 4, "The file is larger than 5 MB").regex(/^[A-Za-z0-9+/]*={0,2}$/, "Send the file as base64").transform((text) => new Uint8Array(Buffer.from(text, "base64")))]);
var Import;
((Import2) => {
  const tooLarge = () => new InputError("import.too_large", "The file is larger than 5 MB", {
    file: ["The file is larger than 5 MB"]
  });
  const notFound = () => new NotFoundError("import.not_found", "No such import");
  async function check(kindOf, bytes2, countyId) {
    if (bytes2.byteLength > maxFileBytes) throw tooLarge();
    const {
      text,
      encoding
    } = decodeCsv(bytes2);
    const {
      header,
      records
    } = parseCsv(text);
    const plan = new Plan(kindOf, countyId);
    const rows = readRows(plan, header, records);
    if (rows.length) planners[kindOf](rows, plan, await readSnapshot(countyId, kindOf === "grids"));
    plan.errors.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    return {
      plan,
      encoding,
      rows: rows.length
    };
  }
  function reportOf(job, plan, rows) {
    return {
      jobId: job.jobId,
      kind: job.kind,
      fileName: job.fileName,
      encoding: job.encoding,
      status: job.status,
      rows,
      creates: plan.creates,
      updates: plan.updates,
      unchanged: plan.unchanged,
      errors: plan.errors
    };
  }
  const fileKey = (countyId, jobId) => `imports/${countyId}/${jobId}.csv`;
  Import2.dryRun = fn(z.object({
    kind,
    fileName: z.string().trim().min(1).max(200).default("import.csv"),
    content
  }), async (input) => {
    const actor = assertRole("county_admin");
    const countyId = useCounty();
    const {
      plan,
      encoding,
      rows
    } = await check(input.kind, input.content, countyId);
    const jobId = createId();
    const key = fileKey(countyId, jobId);
    await useStorage().put(key, input.content, "text/csv");
    const {
      data: job
    } = await db.entities.importJob.create({
      countyId,
      jobId,
      kind: input.kind,
      fileName: input.fileName,
      fileKey: key,
      sha256: createHash("sha256").update(input.content).digest("hex"),
      encoding,
      actorId: actor.type === "user" ? actor.properties.userId : actor.type,
      startedAt: (/* @__PURE__ */ new Date()).toISOString(),
      status: "checked",
      rows,
      errorCount: plan.errors.length,
      creates: plan.creates,
      updates: plan.updates,
      unchanged: plan.unchanged,
      expiresAt: Math.floor(Date.now() / 1e3) + jobLifetimeSeconds
    }).go();
    return reportOf(job, plan, rows);
  });
  async function getJob(jobId) {
    const {
      data
    } = await db.entities.importJob.get({
      countyId: useCounty(),
      jobId
    }).go();
    if (!data) throw notFound();
    return data;
  }
  async function fileOf(job) {
    const bytes2 = await useStorage().get(job.fileKey, maxFileBytes);
    if (bytes2 === "too_large") throw tooLarge();
    if (!bytes2) throw notFound();
    return bytes2;
  }
  Import2.report = fn(z.object({
    jobId: id
  }), async ({
    jobId
  }) => {
    assertRole("county_admin");
    const job = await getJob(jobId);
    const {
      plan,
      rows
    } = await check(job.kind, await fileOf(job), job.countyId);
    return reportOf(job, plan, rows);
  });
  Import2.apply = fn(z.object({
    jobId: id
  }), async ({
    jobId
  }) => {
    assertRole("county_admin");
    const countyId = useCounty();
    const job = await getJob(jobId);
    const staleBefore = Date.now() - staleRunMs;
    const started = await db.entities.importJob.patch({
      countyId,
      jobId
    }).set({
      status: "running",
      written: 0,
      writes: 0
    }).where((a, op) => `(${op.ne(a.status, "running")} OR ${op.lt(a.updatedAt, staleBefore)})`).go().then(() => true).catch((error) => {
      if (error.cause?.name === "ConditionalCheckFailedException") return false;
      throw error;
    });
    if (!started) throw new ConflictError("import.running", "This file is being applied already");
    const finish = (status, extra = {}) => db.entities.importJob.patch({
      countyId,
      jobId
    }).set({
      status,
      ...extra
    }).go();
    let plan;
    let rows;
    try {
      ({
        plan,
        rows
      } = await check(job.kind, await fileOf(job), countyId));
    } catch (error) {
      await finish("checked");
      throw error;
    }
    const figures = {
      rows,
      errorCount: plan.errors.length,
      creates: plan.creates,
      updates: plan.updates,
      unchanged: plan.unchanged
    };
    if (plan.errors.length) {
      await finish("checked", figures);
      return reportOf({
        ...job,
        status: "checked"
      }, plan, rows);
    }
    await db.entities.importJob.patch({
      countyId,
      jobId
    }).set({
      ...figures,
      writes: plan.ops.length
    }).go();
    try {
      await execute(plan.ops, async (written) => void await db.entities.importJob.patch({
        countyId,
        jobId
      }).set({
        written
      }).go(), (left) => useStorage().put(`imports/${countyId}/${jobId}.undo.json`, new TextEncoder().encode(JSON.stringify(left)), "application/json"));
    } catch (error) {
      if (error instanceof RollbackIncomplete) {
        await finish("failed", {
          failure: "import.rollback_incomplete"
        });
        throw new ConflictError("import.rollback_incomplete", "The import failed and could not be fully undone; apply the same file again to complete it, or contact support");
      }
      const failed = error instanceof ApplyFailed ? error : new ApplyFailed("fault", void 0, error);
      const code = failed.reason === "changed" ? "import.changed_meanwhile" : "import.failed";
      await finish("rolled_back", {
        failure: code,
        ...failed.row ? {
          failedRow: failed.row
        } : {}
      });
      await Audit.record({
        countyId,
        action: "import.rolled_back",
        subject: jobId,
        detail: {
          kind: job.kind,
          code
        }
      });
      throw failed.reason === "changed" ? new ConflictError(code, `Row ${failed.row ?? "?"} changed in the county meanwhile; nothing was imported. Check the file again.`) : new ConflictError(code, "The import failed; nothing was imported. Try again in a moment.");
    }
    await finish("applied", {
      written: plan.ops.length
    });
    await Audit.record({
      countyId,
      action: "import.applied",
      subject: jobId,
      detail: {
        kind: job.kind,
        rows,
        creates: plan.creates,
        updates: plan.updates,
        writes: plan.ops.length
      }
    });
    return reportOf({
      ...job,
      status: "applied"
    }, plan, rows);
  });
  Import2.progress = fn(z.object({
    jobId: id
  }), async ({
    jobId
  }) => {
    assertRole("county_admin");
    const {
      fileKey: _file,
      ...job
    } = await getJob(jobId);
    return job;
  });
  Import2.recent = fn(z.void(), async () => {
    assertRole("county_admin");
    const {
      data
    } = await db.entities.importJob.query.recent({
      countyId: useCounty()
    }).go({
      order: "desc",
      limit: 20
    });
    return data;
  });
  Import2.template = fn(z.object({
    kind,
    lang
  }), async (input) => {
    assertRole("county_admin");
    return csvBytes([headerRow(input.kind, input.lang)]);
  });
  Import2.exportCsv = fn(z.object({
    kind,
    lang
  }), async (input) => {
    assertRole("county_admin");
    const rows = exportRows(input.kind, await readSnapshot(useCounty(), input.kind === "grids"), input.lang);
    return csvBytes([headerRow(input.kind, input.lang), ...rows]);
  });
})(Import || (Import = {}));

export { Import as I, columns as a, csvBytes as c };
