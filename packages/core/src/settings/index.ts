import * as z from "zod";
import { useCounty } from "../actor";
import { Audit } from "../audit/index";
import { County } from "../county/index";
import { db } from "../db/service";
import { setAndRemove } from "../util/defined";
import { fn } from "../util/fn";
import { imageUrl } from "../util/schemas";

export const settingsDefaults = { excellenceTarget: 30, intakeRetentionDays: 90 } as const;

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** Contrast ratio of a colour against white text, 1 to 21. */
export function contrastWithWhite(hex: string): number {
  return 1.05 / (luminance(hex) + 0.05);
}

export const accentColour = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^#[0-9a-f]{6}$/, "Use a colour like #0b4aa2")
  .refine((hex) => contrastWithWhite(hex) >= 4.5, "Too light for white text; choose a darker colour");

/** A county's own settings, kept on the county item. */
export namespace Settings {
  export type Info = {
    excellenceTarget: number;
    intakeRetentionDays: number;
    displayName?: string;
    logoUrl?: string;
    accentColour?: string;
    contactLine?: string;
  };

  /** The settings of a county item, defaults filled in. */
  export function of(county: County.Info): Info {
    return {
      excellenceTarget: county.excellenceTarget ?? settingsDefaults.excellenceTarget,
      intakeRetentionDays: county.intakeRetentionDays ?? settingsDefaults.intakeRetentionDays,
      displayName: county.displayName,
      logoUrl: county.logoUrl,
      accentColour: county.accentColour,
      contactLine: county.contactLine,
    };
  }

  export const get = fn({ county_admin: "county" }, z.void(), async () => {
    return of(await County.current());
  });

  /** Changes settings: absent fields stay, an empty string clears a branding field. */
  export const update = fn(
    { county_admin: "county" },
    z.object({
      excellenceTarget: z.coerce
        .number()
        .int("Use a whole number")
        .min(1, "Use 1 to 100")
        .max(100, "Use 1 to 100")
        .optional(),
      intakeRetentionDays: z.coerce
        .number()
        .int("Use a whole number")
        .min(7, "Use 7 to 1095 days")
        .max(1095, "Use 7 to 1095 days")
        .optional(),
      displayName: z.union([z.string().trim().min(1).max(40, "Use at most 40 characters"), z.literal("")]).optional(),
      logoUrl: z.union([imageUrl, z.literal("")]).optional(),
      accentColour: z.union([accentColour, z.literal("")]).optional(),
      contactLine: z.union([z.string().trim().max(80, "Use at most 80 characters"), z.literal("")]).optional(),
    }),
    async (input) => {
      const countyId = useCounty();
      const { set, remove } = setAndRemove(input);
      await db.entities.county.patch({ countyId }).set(set).remove(remove).go();
      await Audit.record({
        countyId,
        action: "county.settings_changed",
        detail: { fields: [...Object.keys(set), ...remove].join(",") },
      });
      return of(await County.current());
    },
  );
}
