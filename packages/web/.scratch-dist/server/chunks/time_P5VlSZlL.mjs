import { W as WorkLog } from './index_Bg6afd-E.mjs';

const dateFields = /* @__PURE__ */ new Set(["rectifyBy"]);
const variants = WorkLog.detailsSchema.options;
const categoryOrder = variants.map((variant) => categoryOf(variant));
function categoryOf(variant) {
  const literal = variant.shape.category;
  return literal._zod.def.values[0];
}
function fieldsOf(category) {
  const variant = variants.find((v) => categoryOf(v) === category);
  if (!variant) return [];
  return Object.entries(variant.shape).filter(([name]) => name !== "category").map(([name, schema]) => describe(name, schema));
}
function describe(name, schema) {
  let required = true;
  let defaultValue;
  let inner = schema;
  for (; ; ) {
    const def = inner._zod.def;
    if (def.type === "optional") required = false;
    else if (def.type === "default") defaultValue = typeof def.defaultValue === "function" ? def.defaultValue() : def.defaultValue;
    else break;
    inner = def.innerType;
  }
  const type = inner._zod.def.type;
  const base = {
    name,
    required: required && defaultValue === void 0,
    defaultValue
  };
  if (type === "enum") return {
    ...base,
    kind: "select",
    options: inner.options
  };
  if (type === "number") return {
    ...base,
    kind: "number",
    min: inner.minValue ?? void 0,
    max: inner.maxValue ?? void 0
  };
  if (type === "array") return {
    ...base,
    kind: "pair"
  };
  if (dateFields.has(name)) return {
    ...base,
    kind: "date"
  };
  return {
    ...base,
    kind: (inner.maxLength ?? 0) > 100 ? "textarea" : "text",
    max: inner.maxLength ?? void 0
  };
}
function detailsFromForm(category, form) {
  const details = {
    category
  };
  for (const field of fieldsOf(category)) {
    if (field.kind === "pair") {
      details[field.name] = [text(form, `${field.name}.0`) ?? "", text(form, `${field.name}.1`) ?? ""];
      continue;
    }
    const value = text(form, field.name);
    if (value !== void 0) details[field.name] = value;
  }
  return details;
}
function text(form, name) {
  const value = form.get(name);
  return typeof value === "string" && value.trim() !== "" ? value : void 0;
}

function shanghaiLocal(instant) {
  return new Date(instant + 8 * 36e5).toISOString().slice(0, 16);
}

export { categoryOrder as c, detailsFromForm as d, fieldsOf as f, shanghaiLocal as s };
