import { Upload } from "@cunjing/core/upload/index";
import { text } from "./page";

/**
 * The image a form asks for, by field name: "" to remove it, the address of an image the browser
 * already uploaded (presigned), the address of a file posted with the form (no JavaScript), or
 * undefined to keep the current one.
 */
export async function imageFromForm(
  form: FormData,
  name: string,
  purpose: Upload.Purpose,
): Promise<string | undefined> {
  if (text(form, `${name}Remove`)) return "";
  const uploaded = text(form, name).trim();
  if (uploaded) return uploaded;
  const file = form.get(`${name}File`);
  if (file instanceof File && file.size > 0) {
    const { url } = await Upload.accept({ purpose, bytes: new Uint8Array(await file.arrayBuffer()) });
    return url;
  }
  return undefined;
}
