import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { withActor, type Actor } from "../src/actor";
import { dynamo } from "../src/db/client";
import { Grid } from "../src/grid/index";
import { Import } from "../src/import/index";
import { Officer } from "../src/officer/index";
import { Precinct } from "../src/precinct/index";
import { Village } from "../src/village/index";
import { csv, tableItems } from "./onboarding/csv";
import { newCounty, rejection } from "./onboarding/fixtures";
import { scale } from "../../../scripts/vitest/scale";

const text = (bytes: Uint8Array) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
const fixture = (name: string) => new Uint8Array(readFileSync(join(import.meta.dirname, "fixtures", name)));

// Fails the n-th TransactWriteItems request from now on, once; the import must then undo itself.
let failAfter = 0;
dynamo.middlewareStack.add(
  (next, context) => async (args) => {
    if (failAfter > 0 && /TransactWrite/.test(context.commandName ?? "") && --failAfter === 0)
      throw new Error("injected failure");
    return next(args);
  },
  { step: "initialize", name: "testInjectedFailure" },
);

const precinctsFile = csv([
  ["派出所名称*", "英文名称", "地址", "值班电话"],
  ["城镇派出所", "Chengzhen Police Station", "博罗县罗阳街道", "0752-6120001"],
  ["石湾派出所", "", "", ""],
]);

async function applyFile(admin: Actor, kind: Import.Kind, content: Uint8Array) {
  return withActor(admin, async () => {
    const report = await Import.dryRun({ kind, content, fileName: `${kind}.csv` });
    expect(report.errors).toEqual([]);
    return Import.apply({ jobId: report.jobId });
  });
}

describe("a dry run", () => {
  it("reports what would happen and writes nothing of the county", async () => {
    const { admin } = await newCounty();
    const before = await tableItems();
    const report = await withActor(admin, () => Import.dryRun({ kind: "precincts", content: precinctsFile }));
    expect(report).toMatchObject({
      rows: 2,
      creates: 2,
      updates: 0,
      unchanged: 0,
      errors: [],
      encoding: "utf-8",
      status: "checked",
    });
    expect(await tableItems()).toEqual(before);
  });

  it("reports every problem with its row and column, without echoing values", async () => {
    const { admin } = await newCounty();
    const other = await newCounty();
    await applyFile(admin, "precincts", precinctsFile);
    await withActor(other.admin, () => Precinct.create({ nameZh: "别县派出所" }));
    const file = csv([
      ["所属派出所", "村（社区）名称", "类型", "坐班时间", "驻村（居）民警警号"],
      ["城镇派出所", "西区社区", "社区", "周一至周五 9:00–12:00", ""],
      ["别县派出所", "越界村", "村", "", ""], // another county's precinct: not found
      ["城镇派出所", "", "村", "", ""], // missing name
      ["城镇派出所", "东区", "小区", "", ""], // unknown kind
      ["城镇派出所", "西区社区", "社区", "", ""], // duplicate of row 2
      ["城镇派出所", "北村", "村", "", "999999"], // unknown officer
      ["城镇派出所", "南村", "村", "x".repeat(201), ""], // too long
      ["", "", "", "", ""], // blank lines are skipped
    ]);
    const report = await withActor(admin, () => Import.dryRun({ kind: "villages", content: file }));
    expect(report.errors.map((e) => [e.row, e.letter, e.code])).toEqual([
      [3, "A", "import.precinct_not_found"],
      [4, "B", "import.required"],
      [5, "C", "import.kind"],
      [6, "B", "import.duplicate_row"],
      [7, "E", "import.officer_not_found"],
      [8, "D", "import.invalid_value"],
    ]);
    expect(report.errors[0]!.column).toBe("所属派出所");
    expect(report.errors[3]!.message).toBe("Same as row 2");
    expect(JSON.stringify(report)).not.toContain("别县派出所");
    // Apply refuses the file and writes nothing.
    const before = await tableItems();
    const applied = await withActor(admin, () => Import.apply({ jobId: report.jobId }));
    expect(applied.status).toBe("checked");
    expect(applied.errors.length).toBe(6);
    expect(await tableItems()).toEqual(before);
  });

  it("reports header problems on row 1: unknown, duplicate and missing columns", async () => {
    const { admin } = await newCounty();
    const report = await withActor(admin, () =>
      Import.dryRun({
        kind: "grids",
        content: csv([
          ["所属派出所", "网格编号", "网格编号", "颜色"],
          ["城镇派出所", "G1", "G1", "红"],
        ]),
      }),
    );
    expect(report.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [1, "网格编号", "import.duplicate_column"],
      [1, "颜色", "import.unknown_column"],
      [1, "村（社区）名称", "import.missing_column"],
    ]);
    expect(report.rows).toBe(0);
  });
});

describe("encodings and hostile files", () => {
  it("reads UTF-8 with a BOM, and GBK (converted)", async () => {
    const { admin } = await newCounty();
    const bom = await withActor(admin, () =>
      Import.dryRun({ kind: "precincts", content: csv([["name_zh"], ["龙溪派出所"]], { bom: true }) }),
    );
    expect(bom).toMatchObject({ encoding: "utf-8-bom", creates: 1, errors: [] });
    const gbk = await applyFile(admin, "precincts", fixture("precincts-gbk.csv"));
    expect(gbk).toMatchObject({ encoding: "gbk", creates: 2, status: "applied" });
    const names = await withActor(admin, () => Precinct.list());
    expect(names.map((p) => [p.nameZh, p.address])).toEqual([
      ["龙溪派出所", "博罗县龙溪街道龙溪大道1号"],
      ["石湾派出所", "博罗县石湾镇府前路8号"],
    ]);
  });

  it("refuses mixed encodings, UTF-16, workbooks, binary and malformed files with a clear code", async () => {
    const { admin } = await newCounty();
    const codeOf = async (content: Uint8Array) =>
      (await rejection(withActor(admin, () => Import.dryRun({ kind: "precincts", content })))).code;
    expect(await codeOf(fixture("precincts-mixed.csv"))).toBe("import.mixed_encoding");
    expect(await codeOf(new Uint8Array([0xff, 0xfe, 0x3e, 0x4e]))).toBe("import.utf16");
    expect(await codeOf(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]))).toBe("import.workbook");
    expect(await codeOf(new Uint8Array([0x41, 0x00, 0x42]))).toBe("import.binary");
    expect(await codeOf(new TextEncoder().encode('name_zh\n"unclosed\n'))).toBe("import.malformed");
    expect(await codeOf(new TextEncoder().encode(""))).toBe("import.empty");
  });

  it("refuses 100,000 rows with a clear message before touching the county", async () => {
    const { admin } = await newCounty();
    const lines = ["name_zh", ...Array.from({ length: 100_000 }, (_, i) => `派出所${i}`)];
    const error = await rejection(
      withActor(admin, () => Import.dryRun({ kind: "precincts", content: new TextEncoder().encode(lines.join("\n")) })),
    );
    expect(error).toMatchObject({
      code: "import.too_many_rows",
      message: "The file has 100,000 rows; import at most 20,000 per file",
    });
    const big = await rejection(
      withActor(admin, () =>
        Import.dryRun({ kind: "precincts", content: new Uint8Array(5 * 1024 * 1024 + 1).fill(0x41) }),
      ),
    );
    expect(big.code).toBe("import.too_large");
  });

  it("stores formula-like cells as text and escapes them on export, so they round-trip", async () => {
    const { admin } = await newCounty();
    const hostile = "=cmd|' /C calc'!A0";
    await applyFile(
      admin,
      "precincts",
      csv([
        ["name_zh", "address"],
        ["城镇派出所", hostile],
        ["石湾派出所", "@SUM(1+1)"],
        ["龙溪派出所", "'=already escaped"],
      ]),
    );
    const stored = await withActor(admin, () => Precinct.list());
    expect(stored.map((p) => p.address)).toEqual(["=cmd|' /C calc'!A0", "=already escaped", "@SUM(1+1)"]);
    const exported = text(await withActor(admin, () => Import.exportCsv({ kind: "precincts", lang: "zh" })));
    expect(exported.startsWith("\uFEFF派出所名称*,英文名称,地址,值班电话\r\n")).toBe(true);
    expect(exported).toContain(`'=cmd|' /C calc'!A0`);
    expect(exported).toContain("'@SUM(1+1)");
    expect(exported).not.toMatch(/(^|,)[=@+-]/m);
    const again = await withActor(admin, () =>
      Import.dryRun({ kind: "precincts", content: new TextEncoder().encode(exported) }),
    );
    expect(again).toMatchObject({ creates: 0, updates: 0, unchanged: 3, errors: [] });
  });

  it("offers templates with a BOM and the kind's header", async () => {
    const { admin } = await newCounty();
    const template = await withActor(admin, () => Import.template({ kind: "villages", lang: "en" }));
    expect(text(template)).toBe(
      "\uFEFFPrecinct*,Name (Chinese)*,Kind*,Name (English),Address,Desk hours,Officer badge\r\n",
    );
    // A template filled in imports.
    const zh = text(await withActor(admin, () => Import.template({ kind: "precincts", lang: "zh" })));
    const report = await withActor(admin, () =>
      Import.dryRun({ kind: "precincts", content: new TextEncoder().encode(`${zh}城镇派出所,,,\r\n`) }),
    );
    expect(report).toMatchObject({ creates: 1, errors: [] });
  });
});

describe("apply", () => {
  let county: Awaited<ReturnType<typeof newCounty>>;
  const officersFile = csv([
    ["警号", "姓名", "所属派出所", "职务或警衔", "办公电话"],
    ["441322001", "徐洁珊", "城镇派出所", "一级警员", "0752-6120011"],
    ["441322002", "李明", "城镇派出所", "", ""],
    ["441322003", "李明", "石湾派出所", "", ""], // same name: the address gets the badge
    ["441322004", "单雄信", "石湾派出所", "", ""],
  ]);
  const villageRows = (count: number) => [
    ["所属派出所", "村（社区）名称", "类型", "驻村（居）民警警号"],
    ["城镇派出所", "西区社区", "社区", "441322001"],
    ["城镇派出所", "东区社区", "社区", "441322001"],
    ["石湾派出所", "水口村", "村", "441322002"],
    ...Array.from({ length: count }, (_, i) => ["石湾派出所", `新村${i}`, "村", i % 2 ? "441322003" : "441322004"]),
  ];

  beforeAll(async () => {
    county = await newCounty();
    await applyFile(county.admin, "precincts", precinctsFile);
    await applyFile(county.admin, "officers", officersFile);
  });

  it("creates officers with pinyin addresses and English names", async () => {
    const officers = await withActor(county.admin, () => Officer.list({}));
    expect(officers.map((o) => [o.badge, o.slug, o.nameEn]).sort()).toEqual([
      ["441322001", "xu-jieshan", "Xu Jieshan"],
      ["441322002", "li-ming", "Li Ming"],
      ["441322003", "li-ming-441322003", "Li Ming"],
      ["441322004", "shan-xiongxin", "Shan Xiongxin"],
    ]);
  });

  it("assigns officers from the villages file, records history, and changes nothing when applied again", async () => {
    const first = await applyFile(county.admin, "villages", csv(villageRows(0)));
    expect(first).toMatchObject({ status: "applied", creates: 3, updates: 0 });
    const before = await tableItems();
    const again = await applyFile(county.admin, "villages", csv(villageRows(0)));
    expect(again).toMatchObject({ status: "applied", creates: 0, updates: 0, unchanged: 3 });
    expect(await tableItems()).toEqual(before);

    await withActor(county.admin, async () => {
      const villages = await Village.list({});
      const west = villages.find((v) => v.nameZh === "西区社区")!;
      const xu = (await Officer.list({})).find((o) => o.badge === "441322001")!;
      expect(west.officerId).toBe(xu.officerId);
      expect([...(xu.villageIds ?? [])].length).toBe(2);
      const [period] = await Village.history({ villageId: west.villageId });
      expect(period).toMatchObject({ officerId: xu.officerId, source: "import", actorId: "admin-1" });
    });

    // Reassigning in a file ends the previous assignment.
    const moved = villageRows(0).map((row) => (row[1] === "东区社区" ? [...row.slice(0, 3), "441322002"] : row));
    expect(await applyFile(county.admin, "villages", csv(moved))).toMatchObject({ updates: 1, unchanged: 2 });
    await withActor(county.admin, async () => {
      const officers = await Officer.list({});
      const byBadge = (badge: string) => officers.find((o) => o.badge === badge)!;
      expect([...(byBadge("441322001").villageIds ?? [])].length).toBe(1);
      expect([...(byBadge("441322002").villageIds ?? [])].length).toBe(2);
      const east = (await Village.list({})).find((v) => v.nameZh === "东区社区")!;
      expect((await Village.history({ villageId: east.villageId })).map((p) => p.officerId)).toEqual([
        byBadge("441322002").officerId,
        byBadge("441322001").officerId,
      ]);
    });
  });

  it("imports grid cells under villages named by precinct and village, idempotently", async () => {
    const grids = csv([
      ["所属派出所", "村（社区）名称", "网格编号", "网格名称"],
      ["城镇派出所", "西区社区", "G01", "第一网格"],
      ["城镇派出所", "西区社区", "G02", ""],
      ["石湾派出所", "水口村", "G01", "水口一格"],
    ]);
    expect(await applyFile(county.admin, "grids", grids)).toMatchObject({ creates: 3 });
    expect(await applyFile(county.admin, "grids", grids)).toMatchObject({ creates: 0, unchanged: 3 });
    await withActor(county.admin, async () => {
      const west = (await Village.list({})).find((v) => v.nameZh === "西区社区")!;
      expect((await Grid.list({ villageId: west.villageId })).map((g) => g.code)).toEqual(["G01", "G02"]);
    });
  });

  it("undoes everything when a write fails midway: the county is exactly as before", async () => {
    const before = await tableItems();
    // Three writes per row and six more (below): 606 writes at full size, seven transactions four at a
    // time, the fifth failing; 216 writes, three transactions, the third failing in `npm test`.
    const rows = scale(70, 200);
    const file = csv(villageRows(rows));
    const report = await withActor(county.admin, () => Import.dryRun({ kind: "villages", content: file }));
    expect(report.creates).toBe(rows);
    failAfter = scale(3, 5);
    const error = await rejection(withActor(county.admin, () => Import.apply({ jobId: report.jobId })));
    expect(error).toMatchObject({ kind: "conflict", code: "import.failed" });
    expect(failAfter).toBe(0);
    expect(await tableItems()).toEqual(before);
    expect(await withActor(county.admin, () => Import.progress({ jobId: report.jobId }))).toMatchObject({
      status: "rolled_back",
      failure: "import.failed",
    });

    // The same job applies cleanly afterwards, and reports its progress.
    const applied = await withActor(county.admin, () => Import.apply({ jobId: report.jobId }));
    expect(applied).toMatchObject({ status: "applied", creates: rows });
    const progress = await withActor(county.admin, () => Import.progress({ jobId: report.jobId }));
    expect(progress.written).toBe(progress.writes);
    // Claim, village and history for each row, the two officers serving them, and 东区社区 moved
    // back to its first officer by the earlier test's file (village, history, two officers).
    expect(progress.writes).toBe(3 * rows + 6);
  }, 90_000);

  it("keeps jobs, files and reports inside the county", async () => {
    const other = await newCounty();
    const report = await withActor(county.admin, () => Import.dryRun({ kind: "precincts", content: precinctsFile }));
    expect((await rejection(withActor(other.admin, () => Import.apply({ jobId: report.jobId })))).code).toBe(
      "import.not_found",
    );
    expect((await rejection(withActor(other.admin, () => Import.progress({ jobId: report.jobId })))).code).toBe(
      "import.not_found",
    );
    const recent = await withActor(county.admin, () => Import.recent());
    expect(recent.some((job) => job.jobId === report.jobId)).toBe(true);
    expect(await withActor(other.admin, () => Import.recent())).toEqual([]);
  });
});
