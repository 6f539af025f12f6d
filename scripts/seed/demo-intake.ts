import { withActor } from "@cunjing/core/actor";
import { Alert } from "@cunjing/core/alert/index";
import { Counter } from "@cunjing/core/counter/index";
import { Intake } from "@cunjing/core/intake/index";
import { checkDigit } from "@cunjing/core/intake/documents";

/** Demo residents (made-up numbers with valid check digits); one came from a region on the risk list. */
const residents = [
  {
    name: "陈晓明",
    region: "440305",
    born: "19900312",
    seq: "123",
    phone: "13900000001",
    origin: "440305",
    address: "西区社区 3 巷 8 号",
  },
  {
    name: "刘芳",
    region: "360102",
    born: "19950721",
    seq: "246",
    phone: "13900000002",
    origin: "360102",
    address: "西区社区 5 巷 2 号 301 房",
  },
  {
    name: "张伟",
    region: "420102",
    born: "19881105",
    seq: "135",
    phone: "13900000003",
    origin: "420102",
    address: "西区社区 1 巷 16 号",
  },
];

/**
 * A QR arrivals form for boluo's 西区社区 (officer 徐洁珊), a risk-list entry (武汉市, from 30 days
 * before the first seed) and three registrations through the real verb, one of which raises a red
 * alert (the liaison's inbox, a verification task for the officer). Written once: a second seed
 * finds the form and leaves everything alone.
 */
export async function seedDemoIntake(
  ifNew: (write: () => Promise<unknown>) => Promise<boolean>,
  demoId: (...parts: string[]) => string,
) {
  const countyId = demoId("county", "boluo");
  const formId = demoId("boluo", "intake", "xiqu-arrivals");
  const isNew = await withActor({ type: "system", properties: { countyId } }, () =>
    ifNew(() =>
      Intake.create({
        formId,
        purpose: "arrival",
        villageId: demoId("boluo", "village", "xiqu"),
        titleZh: "西区社区来人登记",
        titleEn: "Xiqu Community arrivals",
        extraFields: [{ labelZh: "工作单位", labelEn: "Employer", required: false }],
      }),
    ),
  );
  if (!isNew) return 0;
  const now = Date.now();
  await withActor({ type: "system", properties: { countyId } }, () =>
    Alert.rules.add({
      regionCode: "4201",
      from: Counter.dayOf(now - 30 * 86_400_000),
      note: "演示：武汉市来人健康筛查",
    }),
  );
  for (const [index, resident] of residents.entries()) {
    const first17 = `${resident.region}${resident.born}${resident.seq}`;
    await withActor({ type: "public", properties: { countyId } }, () =>
      Intake.register({
        formId,
        idempotencyKey: `demo-intake-${index + 1}`,
        name: resident.name,
        documentType: "resident_id",
        documentNumber: first17 + checkDigit(first17),
        phone: resident.phone,
        arrivalDate: Counter.dayOf(now - (index + 1) * 86_400_000),
        originCode: resident.origin,
        address: resident.address,
        extras: index === 0 ? { q1: "博罗县某电子厂" } : {},
        consent: true,
        ip: "127.0.0.1",
      }),
    );
  }
  await Alert.idle();
  return 1 + residents.length;
}
