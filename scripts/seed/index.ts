import { Auth } from "@cunjing/core/auth/index";
import { createHash } from "node:crypto";
import { withActor, type Actor } from "@cunjing/core/actor";
import { Brand } from "@cunjing/core/brand/index";
import { County } from "@cunjing/core/county/index";
import { Grid } from "@cunjing/core/grid/index";
import { Officer } from "@cunjing/core/officer/index";
import { Precinct } from "@cunjing/core/precinct/index";
import { Story } from "@cunjing/core/story/index";
import { platformTenant } from "@cunjing/core/user/user.entity";
import { VisibleError } from "@cunjing/core/util/errors";
import { Village } from "@cunjing/core/village/index";
import { demoAccounts, demoCounties, demoPassword } from "./demo-data";
import { demoPublications } from "./demo-publications";
import { seedDemoRecognition } from "./demo-recognition";
import { seedDemoTasks } from "./demo-tasks";
import { seedDemoWork } from "./demo-work";
import { seedDemoIntake } from "./demo-intake";
import { seedDemoAppointments } from "./demo-appointments";

const localHosts = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

/** Seeds only DynamoDB Local: the demo must never reach a real table. */
export function assertLocalEndpoint(endpoint: string | undefined): void {
  const host = endpoint ? safeHostname(endpoint) : undefined;
  if (!host || !localHosts.has(host)) {
    throw new Error(
      `The demo seed only runs against DynamoDB Local on this machine (DYNAMODB_ENDPOINT is ${endpoint ?? "unset"}).`,
    );
  }
}

function safeHostname(url: string) {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}

/** Stable ids, so a second run finds what the first one wrote. */
export function demoId(...parts: string[]): string {
  const digest = createHash("sha256").update(parts.join("/")).digest();
  const alphabet = "0123456789abcdefghjkmnpqrstvwxyz";
  return Array.from(digest.subarray(0, 14), (byte) => alphabet[byte % 32]).join("");
}

/**
 * Creates the demo's own records (stable ids) that are missing and leaves everything that exists as it
 * is; records it did not create (a county admin's officers, villages, work) are never written to.
 * Returns how many items it wrote.
 */
export async function seedDemo(): Promise<{ created: number }> {
  assertLocalEndpoint(process.env.DYNAMODB_ENDPOINT);
  let created = 0;
  // Demo work goes only to demo officers this run created: a restart never adds work to anyone.
  const newOfficers = new Set<string>();
  const ifNew = async (write: () => Promise<unknown>) => {
    try {
      await write();
      created++;
      return true;
    } catch (error) {
      if (error instanceof VisibleError && error.kind === "conflict") return false;
      throw error;
    }
  };

  for (const county of demoCounties) {
    const countyId = demoId("county", county.slug);
    await withActor({ type: "system", properties: {} }, () =>
      ifNew(() => County.create({ ...county, countyId, cityZh: "惠州市", cityEn: "Huizhou", joinedOn: "2020-01-01" })),
    );
    const asCounty: Actor = { type: "system", properties: { countyId } };
    await withActor(asCounty, async () => {
      for (const precinct of county.precincts) {
        const precinctId = demoId(county.slug, "precinct", precinct.key);
        await ifNew(() => Precinct.create({ precinctId, nameZh: precinct.nameZh, nameEn: precinct.nameEn }));
        for (const officer of precinct.officers) {
          const officerId = demoId(county.slug, "officer", officer.slug);
          if (await ifNew(() => Officer.create({ ...officer, officerId, precinctId }))) newOfficers.add(officerId);
        }
        for (const village of precinct.villages) {
          const villageId = demoId(county.slug, "village", village.key);
          const { key: _key, officer, ...fields } = village;
          const isNew = await ifNew(() => Village.create({ ...fields, villageId, precinctId }));
          if (isNew && officer) {
            await Village.assignOfficer({ villageId, officerId: demoId(county.slug, "officer", officer) });
          }
          // Comprehensive-management grid cells: three per community, two per village.
          const gridNames = ["第一网格", "第二网格", "第三网格"].slice(0, village.kind === "community" ? 3 : 2);
          if (isNew) {
            for (const [index, nameZh] of gridNames.entries())
              await Grid.create({ villageId, code: `0${index + 1}`, nameZh });
          }
        }
      }
    });
  }
  for (const { kind, county, officers, villages, ...publication } of demoPublications) {
    const input = {
      ...publication,
      status: "published" as const,
      officerIds: officers.map((key) => demoId(county, "officer", key)),
      villageIds: villages.map((key) => demoId(county, "village", key)),
    };
    await withActor({ type: "system", properties: { countyId: demoId("county", county) } }, () =>
      ifNew(() =>
        kind === "story"
          ? Story.create({ ...input, storyId: demoId(county, "story", publication.slug) })
          : Brand.create({ ...input, brandId: demoId(county, "brand", publication.slug) }),
      ),
    );
  }
  for (const account of demoAccounts) {
    const countyId = account.county === platformTenant ? platformTenant : demoId("county", account.county);
    await ifNew(() =>
      Auth.createUser({
        countyId,
        username: account.username,
        displayName: account.displayName,
        password: demoPassword,
        role: account.role,
        precinctId: account.precinct ? demoId(account.county, "precinct", account.precinct) : undefined,
        officerId: account.officer ? demoId(account.county, "officer", account.officer) : undefined,
      }),
    );
  }
  await seedDemoTasks(ifNew, demoId);
  created += await seedDemoWork(["boluo", "huicheng", "zhongkai"], newOfficers);
  created += await seedDemoIntake(ifNew, demoId);
  created += await seedDemoAppointments(demoId);
  await seedDemoRecognition(ifNew, demoId);
  return { created };
}
