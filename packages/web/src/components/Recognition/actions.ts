import { Brand } from "@cunjing/core/brand/index";
import { County } from "@cunjing/core/county/index";
import { Story } from "@cunjing/core/story/index";
import { Upload } from "@cunjing/core/upload/index";
import { VisibleError } from "@cunjing/core/util/errors";
import { formProblem, type ConsoleLang, type FormProblem } from "../../i18n/console";
import { recognitionMessages } from "../../i18n/console/recognition";
import { field } from "../Console/session";

export type Kind = "story" | "brand";

/** The console's address of a kind's pages. */
export const consolePath = (kind: Kind) => (kind === "story" ? "/console/stories" : "/console/brands");
/** The portal's address of a published item. */
export const publicPath = (kind: Kind, countySlug: string, slug: string) =>
  `/${countySlug}/${kind === "story" ? "stories" : "brands"}/${slug}`;

export const verbsOf = (kind: Kind) => (kind === "story" ? Story : Brand);

/** What the author typed, to put back into the form after a refusal. */
export type FormValues = {
  slug: string;
  title: string;
  titleEn: string;
  summary: string;
  summaryEn: string;
  body: string;
  bodyEn: string;
  coverUrl: string;
  officerIds: string[];
  villageIds: string[];
};

export function valuesFrom(form: FormData): FormValues {
  const list = (name: string) => form.getAll(name).filter((v): v is string => typeof v === "string");
  return {
    slug: field(form, "slug"),
    title: field(form, "title"),
    titleEn: field(form, "titleEn"),
    summary: field(form, "summary"),
    summaryEn: field(form, "summaryEn"),
    body: field(form, "body"),
    bodyEn: field(form, "bodyEn"),
    coverUrl: field(form, "coverUrl"),
    officerIds: list("officerIds"),
    villageIds: list("villageIds"),
  };
}

/** `formProblem`, with this area's own messages for its error codes and fields. */
export function recognitionProblem(lang: ConsoleLang, error: unknown): FormProblem {
  const problem = formProblem(lang, error);
  if (!(error instanceof VisibleError)) return problem;
  const r = recognitionMessages(lang);
  const own = (text: string) => (lang === "zh" ? r.fieldMessages[text] : undefined);
  const fields = Object.fromEntries(
    Object.entries(error.fieldErrors ?? {}).map(([name, messages]) => [
      name === "file" ? "coverFile" : name,
      messages.map((text) => own(text) ?? problem.fields[name] ?? text).join(lang === "zh" ? "；" : "; "),
    ]),
  );
  return { ...problem, message: r.errors[error.code] ?? problem.message, fields };
}

/** The cover: a new file posted with the form, removed, or the current address kept. */
async function coverFrom(form: FormData): Promise<string> {
  if (field(form, "coverRemove")) return "";
  const file = form.get("coverFile");
  if (file instanceof File && file.size > 0) {
    const { url } = await Upload.accept({ purpose: "cover", bytes: new Uint8Array(await file.arrayBuffer()) });
    return url;
  }
  return field(form, "coverUrl");
}

export type Outcome = { location: string } | { problem: FormProblem; values?: FormValues };

/**
 * Applies one posted form of the story or brand pages: `draft` (new), `update`, `submit`,
 * `review`, `publish`, `unpublish`. Answers where to go next, or the problem and what was typed.
 */
export async function applyPublicationAction(
  kind: Kind,
  lang: ConsoleLang,
  form: FormData,
  refId?: string,
): Promise<Outcome> {
  const verbs = verbsOf(kind);
  const intent = field(form, "intent");
  const version = Number(field(form, "version"));
  const values = intent === "draft" || intent === "update" ? valuesFrom(form) : undefined;
  const at = (id: string, notice: string) => ({
    location: `${consolePath(kind)}/${encodeURIComponent(id)}?notice=${notice}`,
  });
  try {
    switch (intent) {
      case "draft": {
        const { slug, ...content } = values!;
        // Validate before storing an image, so a refused form leaves no stray upload behind.
        const checked = verbs.draft.schema.safeParse({ ...content, slug });
        if (!checked.success) await verbs.draft({ ...content, slug });
        const created = await verbs.draft({ ...content, slug, coverUrl: await coverFrom(form) });
        return at(created.refId, "saved");
      }
      case "update": {
        const { slug: _slug, ...content } = values!;
        const input = { ...content, refId: refId ?? "", version };
        const checked = verbs.update.schema.safeParse(input);
        if (!checked.success) await verbs.update(input);
        await verbs.update({ ...input, coverUrl: await coverFrom(form) });
        return at(refId ?? "", "saved");
      }
      case "submit":
        await verbs.submit({ refId: refId ?? "", version });
        return at(refId ?? "", "submitted");
      case "review":
        await verbs.review({
          refId: refId ?? "",
          version,
          decision: field(form, "decision") as "approve",
          comment: field(form, "comment"),
        });
        return at(refId ?? "", "reviewed");
      case "publish":
        await verbs.publish({ refId: refId ?? "", version });
        return at(refId ?? "", "published");
      case "unpublish":
        await verbs.unpublish({ refId: refId ?? "", version, reason: field(form, "reason") });
        return at(refId ?? "", "unpublished");
      default:
        return { problem: recognitionProblem(lang, new VisibleError("input", "input.invalid", "Unknown action")) };
    }
  } catch (error) {
    return { problem: recognitionProblem(lang, error), values };
  }
}

/** Everything the detail page shows, or the problem (with its status) when the item cannot be read. */
export async function loadDetail(kind: Kind, lang: ConsoleLang, refId: string) {
  const verbs = verbsOf(kind);
  try {
    const [detail, evidence, revisions, roster] = await Promise.all([
      verbs.detail(refId),
      verbs.evidence(refId),
      verbs.revisions(refId),
      County.roster(),
    ]);
    return { data: { ...detail, evidence, revisions, roster } };
  } catch (error) {
    return { problem: recognitionProblem(lang, error) };
  }
}

export type DetailData = NonNullable<Awaited<ReturnType<typeof loadDetail>>["data"]>;
