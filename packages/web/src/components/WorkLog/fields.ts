import { WorkLog } from "@cunjing/core/worklog/index";

/** How a category's detail fields render as form controls, derived from its zod schema. */
export type FieldSpec = {
  name: string;
  kind: "select" | "number" | "text" | "textarea" | "date" | "pair";
  options?: string[];
  required: boolean;
  defaultValue?: string | number;
  min?: number;
  max?: number;
};

type Def = { type: string; innerType?: Schema; defaultValue?: unknown; element?: Schema };
type Schema = {
  _zod: { def: Def };
  options?: string[];
  maxLength?: number | null;
  minValue?: number | null;
  maxValue?: number | null;
  shape?: Record<string, Schema>;
};

const dateFields = new Set(["rectifyBy"]);
const variants = (WorkLog.detailsSchema as unknown as { options: Schema[] }).options;

export const categoryOrder = variants.map((variant) => categoryOf(variant));

function categoryOf(variant: Schema): string {
  const literal = variant.shape!.category as unknown as { _zod: { def: { values: string[] } } };
  return literal._zod.def.values[0]!;
}

export function fieldsOf(category: string): FieldSpec[] {
  const variant = variants.find((v) => categoryOf(v) === category);
  if (!variant) return [];
  return Object.entries(variant.shape!)
    .filter(([name]) => name !== "category")
    .map(([name, schema]) => describe(name, schema));
}

function describe(name: string, schema: Schema): FieldSpec {
  let required = true;
  let defaultValue: unknown;
  let inner = schema;
  for (;;) {
    const def = inner._zod.def;
    if (def.type === "optional") required = false;
    else if (def.type === "default")
      defaultValue = typeof def.defaultValue === "function" ? (def.defaultValue as () => unknown)() : def.defaultValue;
    else break;
    inner = def.innerType!;
  }
  const type = inner._zod.def.type;
  const base = {
    name,
    required: required && defaultValue === undefined,
    defaultValue: defaultValue as string | number | undefined,
  };
  if (type === "enum") return { ...base, kind: "select", options: inner.options };
  if (type === "number")
    return { ...base, kind: "number", min: inner.minValue ?? undefined, max: inner.maxValue ?? undefined };
  if (type === "array") return { ...base, kind: "pair" };
  if (dateFields.has(name)) return { ...base, kind: "date" };
  return { ...base, kind: (inner.maxLength ?? 0) > 100 ? "textarea" : "text", max: inner.maxLength ?? undefined };
}

/** The details object of a submitted form, before validation (zod coerces and checks it). */
export function detailsFromForm(category: string, form: FormData): Record<string, unknown> {
  const details: Record<string, unknown> = { category };
  for (const field of fieldsOf(category)) {
    if (field.kind === "pair") {
      details[field.name] = [text(form, `${field.name}.0`) ?? "", text(form, `${field.name}.1`) ?? ""];
      continue;
    }
    const value = text(form, field.name);
    if (value !== undefined) details[field.name] = value;
  }
  return details;
}

function text(form: FormData, name: string): string | undefined {
  const value = form.get(name);
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}
