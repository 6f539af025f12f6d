import type { uploadPurposes } from "./upload.entity";

export const maxImageBytes = 5 * 1024 * 1024;
/** Larger images are refused before decoding (decompression bombs). */
export const maxInputPixels = 40_000_000;

export const imageTypes = ["image/jpeg", "image/png", "image/webp"] as const;
export type ImageType = (typeof imageTypes)[number];
export type Purpose = (typeof uploadPurposes)[number];

/** The image type from the file's first bytes, whatever its name or declared type says. */
export function sniffImage(bytes: Uint8Array): ImageType | undefined {
  const at = (offset: number, ...values: number[]) => values.every((value, i) => bytes[offset + i] === value);
  if (at(0, 0xff, 0xd8, 0xff)) return "image/jpeg";
  if (at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return "image/png";
  if (at(0, 0x52, 0x49, 0x46, 0x46) && at(8, 0x57, 0x45, 0x42, 0x50)) return "image/webp";
  return undefined;
}

export type Variant = { name: string; width: number; height: number; fit: "cover" | "inside"; format: "webp" | "png" };

/**
 * The sizes the portal shows: officer photos at up to 160 CSS px (320 px for sharp screens, 160 for
 * lists), WeChat QR codes at 160 CSS px (480 px, lossless so they scan), logos up to 256 px. The
 * first variant is the one pages link to.
 */
export const variantsOf: Record<Purpose, Variant[]> = {
  photo: [
    { name: "320", width: 320, height: 320, fit: "cover", format: "webp" },
    { name: "160", width: 160, height: 160, fit: "cover", format: "webp" },
  ],
  qr: [{ name: "480", width: 480, height: 480, fit: "inside", format: "png" }],
  logo: [{ name: "256", width: 256, height: 256, fit: "inside", format: "png" }],
  /** Story and brand covers: 16:9, shown up to the article's width. */
  cover: [
    { name: "1200", width: 1200, height: 675, fit: "cover", format: "webp" },
    { name: "640", width: 640, height: 360, fit: "cover", format: "webp" },
  ],
};
