import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { withActor, type Actor } from "../src/actor";
import { maxImageBytes, sniffImage } from "../src/upload/image";
import { Upload } from "../src/upload/index";
import { localPath } from "../src/upload/storage.local";
import { newCounty, rejection } from "./onboarding/fixtures";

const uploadDir = process.env.CUNJING_UPLOAD_DIR!; // a throwaway folder per test file (scripts/vitest)

const image = (format: "jpeg" | "png" | "webp", width = 900, height = 600) =>
  sharp({ create: { width, height, channels: 3, background: "#0b4aa2" } })
    [format]()
    .withMetadata({ exif: { IFD0: { Copyright: "GPS secret" } } })
    .toBuffer()
    .then((buffer) => new Uint8Array(buffer));

describe("image checks", () => {
  it("tells the type from the bytes, not the name", async () => {
    expect(sniffImage(await image("jpeg"))).toBe("image/jpeg");
    expect(sniffImage(await image("png"))).toBe("image/png");
    expect(sniffImage(await image("webp"))).toBe("image/webp");
    expect(sniffImage(new TextEncoder().encode("<svg onload=alert(1)>"))).toBeUndefined();
    expect(sniffImage(new TextEncoder().encode("GIF89a"))).toBeUndefined();
  });
});

describe("uploads", () => {
  it("resizes a photo to the portal's sizes, strips metadata and publishes it under media/", async () => {
    const { countyId, admin } = await newCounty();
    const result = await withActor(admin, async () => Upload.accept({ purpose: "photo", bytes: await image("jpeg") }));
    expect(result.url).toBe(`/media/${countyId}/${result.uploadId}/320.webp`);
    expect(Object.keys(result.variants).sort()).toEqual(["160", "320"]);
    const published = await sharp(localPath(result.url.slice(1))).metadata();
    expect(published).toMatchObject({ format: "webp", width: 320, height: 320 });
    expect(published.exif).toBeUndefined();
  });

  it("keeps QR codes lossless and never enlarges them", async () => {
    const { admin } = await newCounty();
    const result = await withActor(admin, async () =>
      Upload.accept({ purpose: "qr", bytes: await image("png", 300, 300) }),
    );
    expect(await sharp(localPath(result.url.slice(1))).metadata()).toMatchObject({
      format: "png",
      width: 300,
      height: 300,
    });
  });

  it("refuses what is not an image, a truncated image, and more than 5 MB", async () => {
    const { admin } = await newCounty();
    await withActor(admin, async () => {
      const svg = await rejection(
        Upload.accept({
          purpose: "photo",
          bytes: new TextEncoder().encode("<svg xmlns='http://www.w3.org/2000/svg'/>"),
        }),
      );
      expect(svg).toMatchObject({
        code: "upload.not_an_image",
        fieldErrors: { file: ["This is not a JPEG, PNG or WebP image"] },
      });
      const truncated = (await image("jpeg")).subarray(0, 200);
      expect((await rejection(Upload.accept({ purpose: "photo", bytes: truncated }))).code).toBe("upload.not_an_image");
      const huge = new Uint8Array(maxImageBytes + 1);
      huge.set([0xff, 0xd8, 0xff]);
      expect((await rejection(Upload.accept({ purpose: "photo", bytes: huge }))).code).toBe("upload.too_large");
      expect(
        (await rejection(Upload.begin({ purpose: "photo", contentType: "image/jpeg", size: maxImageBytes + 1 }))).code,
      ).toBe("input.invalid");
      expect(
        (await rejection(Upload.begin({ purpose: "photo", contentType: "image/gif" as never, size: 10 }))).code,
      ).toBe("input.invalid");
    });
  });

  it("takes a begun upload through the local stand-in for a presigned PUT, once, within the county", async () => {
    const { admin } = await newCounty();
    const other = await newCounty();
    const bytes = await image("webp");
    const target = await withActor(admin, () =>
      Upload.begin({ purpose: "logo", contentType: "image/webp", size: bytes.byteLength }),
    );
    expect(target).toMatchObject({
      method: "PUT",
      url: `/console/media/upload/${target.uploadId}`,
      headers: { "content-type": "image/webp" },
    });
    expect(
      (await rejection(withActor(other.admin, () => Upload.receive({ uploadId: target.uploadId, bytes })))).code,
    ).toBe("upload.not_found");
    expect((await rejection(withActor(admin, () => Upload.complete({ uploadId: target.uploadId })))).code).toBe(
      "upload.missing",
    );

    await withActor(admin, () => Upload.receive({ uploadId: target.uploadId, bytes }));
    const done = await withActor(admin, () => Upload.complete({ uploadId: target.uploadId }));
    expect(done.url).toMatch(/\/256\.png$/);
    expect(await sharp(localPath(done.url.slice(1))).metadata()).toMatchObject({ width: 256, height: 171 });
    // The incoming bytes are gone; a second completion is refused.
    expect(readdirSync(uploadDir)).toContain("media");
    expect(existsSync(join(uploadDir, "incoming", "x"))).toBe(false);
    expect((await rejection(withActor(admin, () => Upload.complete({ uploadId: target.uploadId })))).code).toBe(
      "upload.completed",
    );
  });

  it("lets authors upload covers only, each reaching the uploads they began", async () => {
    const { countyId, admin } = await newCounty();
    const author = (userId: string): Actor => ({
      type: "user",
      properties: { userId, role: "officer", countyId, officerId: `o-${userId}`, villageIds: [] },
    });
    const bytes = await image("webp");
    const begin = (purpose: Upload.Purpose) => ({
      purpose,
      contentType: "image/webp" as const,
      size: bytes.byteLength,
    });
    expect((await rejection(withActor(author("a"), () => Upload.begin(begin("logo"))))).kind).toBe("forbidden");
    expect((await rejection(withActor(author("a"), async () => Upload.accept({ purpose: "photo", bytes })))).kind).toBe(
      "forbidden",
    );
    const theirs = await withActor(admin, () => Upload.begin(begin("logo")));
    expect(
      (await rejection(withActor(author("a"), () => Upload.receive({ uploadId: theirs.uploadId, bytes })))).code,
    ).toBe("upload.not_found");

    const cover = await withActor(author("a"), () => Upload.begin(begin("cover")));
    // Another author cannot put bytes into it, nor publish it.
    expect(
      (await rejection(withActor(author("b"), () => Upload.receive({ uploadId: cover.uploadId, bytes })))).code,
    ).toBe("upload.not_found");
    expect((await rejection(withActor(author("b"), () => Upload.complete({ uploadId: cover.uploadId })))).code).toBe(
      "upload.not_found",
    );
    await withActor(author("a"), () => Upload.receive({ uploadId: cover.uploadId, bytes }));
    const done = await withActor(author("a"), () => Upload.complete({ uploadId: cover.uploadId }));
    expect(done.url).toMatch(/^\/media\//);
  });

  it("refuses keys that would leave the upload folder", () => {
    expect(() => localPath("../etc/passwd")).toThrow();
    expect(() => localPath("/etc/passwd")).toThrow();
    expect(() => localPath("media/a/../../../x")).toThrow();
  });
});

describe("the S3 storage", () => {
  it("hands out presigned PUTs that sign the content type and length (no network needed)", async () => {
    const saved = { ...process.env };
    Object.assign(process.env, {
      AWS_ACCESS_KEY_ID: "AKIAEXAMPLE",
      AWS_SECRET_ACCESS_KEY: "secret",
      AWS_REGION: "ap-east-1",
    });
    try {
      const { s3Storage } = await import("../src/upload/storage.s3");
      const target = await s3Storage("cunjing-media").uploadTarget("incoming/c1/u1", {
        uploadId: "u1",
        contentType: "image/png",
        size: 1234,
      });
      const url = new URL(target.url);
      expect(url.hostname).toBe("cunjing-media.s3.ap-east-1.amazonaws.com");
      expect(url.pathname).toBe("/incoming/c1/u1");
      expect(url.searchParams.get("X-Amz-Expires")).toBe("600");
      expect(url.searchParams.get("X-Amz-SignedHeaders")).toBe("content-length;content-type;host");
      expect(target.headers).toEqual({ "content-type": "image/png" });
    } finally {
      process.env = saved;
    }
  });
});
