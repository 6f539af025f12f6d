import { maxInputPixels, variantsOf, type Purpose, type Variant } from "./image";

export class NotAnImageError extends Error {}

/**
 * Decodes the image, turns it upright, drops its metadata (EXIF, GPS) and writes each variant.
 * sharp is loaded on first use only. Only the web server (console forms and the upload completion
 * endpoint) reaches this module: the API Lambda's bundle must not see sharp, or SST v2 installs its
 * own sharp@0.32.6 for it (which needs the network).
 */
export async function resize(
  bytes: Uint8Array,
  purpose: Purpose,
): Promise<Array<{ variant: Variant; body: Uint8Array; contentType: string }>> {
  const { default: sharp } = await import("sharp");
  try {
    const source = sharp(bytes, { limitInputPixels: maxInputPixels, failOn: "error" }).rotate();
    await source.metadata();
    return await Promise.all(
      variantsOf[purpose].map(async (variant) => {
        const pipeline = source
          .clone()
          .resize(variant.width, variant.height, { fit: variant.fit, withoutEnlargement: variant.fit === "inside" });
        const body =
          variant.format === "webp"
            ? await pipeline.webp({ quality: 82 }).toBuffer()
            : await pipeline.png({ compressionLevel: 9 }).toBuffer();
        return { variant, body: new Uint8Array(body), contentType: `image/${variant.format}` };
      }),
    );
  } catch (error) {
    throw new NotAnImageError(error instanceof Error ? error.message : String(error));
  }
}
