import type { Target } from "./attacks";

/** A CSV file as JSON clients send it (base64), naming county B's records by their natural keys. */
const file = (rows: string[][]) =>
  Buffer.from(`\uFEFF${rows.map((row) => row.join(",")).join("\r\n")}\r\n`).toString("base64");

/**
 * Onboarding procedures attacked with county B's ids. Creates carry no foreign id of their own
 * choosing (that would only make a record of county A with an odd id); they refer to B's records.
 */
export const onboardingAttacks: Record<string, (b: Target) => unknown[]> = {
  "county.create": (b) => [
    { slug: `${b.slug}-x`, nameZh: "攻击县", nameEn: "X", cityZh: "惠州市", cityEn: "Huizhou", divisionCode: "441322" },
  ],
  "county.suspend": (b) => [{ slug: b.slug, reason: "attack" }],
  "county.reactivate": (b) => [{ slug: b.slug }],
  "precinct.list": () => [undefined],
  "precinct.get": (b) => [b.precinctIds[0]],
  "precinct.create": () => [{ nameZh: "攻击派出所" }],
  "precinct.update": (b) => [{ precinctId: b.precinctIds[0], nameZh: "改名派出所", phone: "" }],
  "precinct.archive": (b) => [{ precinctId: b.precinctIds[0] }],
  "precinct.restore": (b) => [{ precinctId: b.precinctIds[0] }],
  "precinct.supervisors": (b) => [{ precinctId: b.precinctIds[0] }],
  "village.list": (b) => [{}, { precinctId: b.precinctIds[0], includeArchived: true }],
  "village.get": (b) => [b.villageIds[0]],
  "village.create": (b) => [{ precinctId: b.precinctIds[0], kind: "village", nameZh: "攻击村" }],
  "village.update": (b) => [{ villageId: b.villageIds[0], nameZh: "改名村" }],
  "village.archive": (b) => [{ villageId: b.villageIds[0] }],
  "village.restore": (b) => [{ villageId: b.villageIds[0] }],
  "village.assignOfficer": (b) => [{ villageId: b.villageIds[0], officerId: b.officerIds[0] }],
  "village.unassignOfficer": (b) => [{ villageId: b.villageIds[0] }],
  "village.history": (b) => [{ villageId: b.villageIds[0] }],
  "village.withoutOfficer": () => [undefined],
  "grid.list": (b) => [{ villageId: b.villageIds[0], includeArchived: true }],
  "grid.create": (b) => [{ villageId: b.villageIds[0], code: "A01" }],
  "grid.update": (b) => [{ villageId: b.villageIds[0], code: "01", note: "attack" }],
  "grid.archive": (b) => [{ villageId: b.villageIds[0], code: "01" }],
  "grid.restore": (b) => [{ villageId: b.villageIds[0], code: "01" }],
  "officer.list": (b) => [{}, { precinctId: b.precinctIds[0], includeArchived: true }],
  "officer.get": (b) => [b.officerIds[0]],
  "officer.create": (b) => [
    { slug: "attack-officer", nameZh: "攻击", nameEn: "X", badge: "999001", precinctId: b.precinctIds[0] },
  ],
  "officer.update": (b) => [{ officerId: b.officerIds[0], bio: "attack", precinctId: b.precinctIds[0] }],
  "officer.archive": (b) => [{ officerId: b.officerIds[0] }],
  "officer.restore": (b) => [{ officerId: b.officerIds[0] }],
  // B's ids as a job or upload id; files naming B's records by name (the harness knows B's names
  // as secrets: a report must not echo them).
  "import.dryRun": (b) => [
    {
      kind: "villages",
      fileName: "attack.csv",
      content: file([
        ["precinct", "name_zh", "kind", "officer_badge"],
        [b.precinctIds[0]!, "攻击村", "村", "441302101"],
      ]),
    },
    {
      kind: "grids",
      fileName: "attack.csv",
      content: file([
        ["precinct", "village", "code"],
        ["东湖派出所", "东湖花园社区", "G01"],
      ]),
    },
    {
      kind: "officers",
      fileName: "attack.csv",
      content: file([
        ["badge", "name_zh", "precinct"],
        ["441302101", "廖艳霞", "东湖派出所"],
      ]),
    },
  ],
  "import.commit": (b) => [{ jobId: b.precinctIds[0] }],
  "import.progress": (b) => [{ jobId: b.villageIds[0] }],
  "import.report": (b) => [{ jobId: b.officerIds[0] }],
  "import.recent": () => [undefined],
  "import.template": () => [{ kind: "officers" }],
  "import.export": () => [{ kind: "villages" }, { kind: "officers" }, { kind: "grids" }],
  "settings.get": () => [undefined],
  "settings.update": () => [{ contactLine: "攻击热线" }],
  "keys.status": (b) => [{}, { slug: b.slug }],
  "keys.overview": () => [{}],
  "keys.rotateData": (b) => [{ slug: b.slug }],
  "keys.rotateWebhook": (b) => [{ slug: b.slug }],
  "keys.rotateAll": () => [{}],
  "upload.begin": () => [{ purpose: "photo", contentType: "image/png", size: 100 }],
};
