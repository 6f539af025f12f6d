import { withActor } from "@cunjing/core/actor";
import { Alert } from "@cunjing/core/alert/index";
import { Counter } from "@cunjing/core/counter/index";
import { County } from "@cunjing/core/county/index";
import { Intake } from "@cunjing/core/intake/index";
import { Precinct } from "@cunjing/core/precinct/index";
import { Village } from "@cunjing/core/village/index";

/** A county with one community, Wuhan (4201) on its risk list and an arrivals form. */
export async function alertCounty(slug: string): Promise<{ countyId: string; formId: string }> {
  const countyId = await withActor({ type: "system", properties: {} }, () =>
    County.create({
      slug,
      nameZh: "预警县",
      nameEn: "Alert County",
      cityZh: "惠州市",
      cityEn: "Huizhou",
      divisionCode: "441322",
      joinedOn: "2026-01-01",
    }),
  );
  const formId = await withActor({ type: "system", properties: { countyId } }, async () => {
    const precinctId = await Precinct.create({ nameZh: "城镇派出所" });
    const villageId = await Village.create({ precinctId, kind: "community", nameZh: "西区社区" });
    await Alert.rules.add({ regionCode: "4201", from: "2026-01-01" });
    return Intake.create({ purpose: "arrival", villageId, titleZh: "来人登记" });
  });
  return { countyId, formId };
}

/** A resident from Wuhan registering through the form: raises a red alert; returns its receipt. */
export async function registerFromRiskRegion(countyId: string, formId: string, idempotencyKey: string) {
  const { receipt } = await withActor({ type: "public", properties: { countyId } }, () =>
    Intake.register({
      formId,
      idempotencyKey,
      name: "王测试",
      documentType: "passport",
      documentNumber: "E12345678",
      phone: "13912345678",
      arrivalDate: Counter.dayOf(Date.now() - 86_400_000),
      originCode: "420102",
      address: "西区社区 1 号",
      consent: true,
      ip: "127.0.0.1",
    }),
  );
  return receipt;
}
