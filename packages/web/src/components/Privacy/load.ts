import { Settings } from "@cunjing/core/settings/index";
import { activeRoster, forCounty, type Ok } from "../Site/outcome";

/** The privacy page: the county and its settings (retention, contact line) from the roster, one Query. */
export function loadPrivacyPage(slug: string | undefined) {
  return forCounty(slug, async () => {
    const { county } = await activeRoster();
    const settings = Settings.of(county);
    return {
      county: { slug: county.slug, nameZh: county.nameZh, nameEn: county.nameEn },
      intakeRetentionDays: settings.intakeRetentionDays,
      contactLine: settings.contactLine?.trim() || undefined,
    };
  });
}

export type PrivacyPageData = Ok<ReturnType<typeof loadPrivacyPage>>;
