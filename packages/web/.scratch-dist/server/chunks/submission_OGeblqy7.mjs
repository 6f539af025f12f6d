import { e as createComponent, m as maybeRenderHead, g as addAttribute, r as renderTemplate, k as renderComponent, h as createAstro } from './astro/server_s_7gde-g.mjs';
import 'piccolore';
import { $ as $$FieldError } from './FieldError_Dxz2kgF2.mjs';
import { f as fieldsOf, d as detailsFromForm } from './time_P5VlSZlL.mjs';
import { f as field } from './session_CsKKqvPc.mjs';

const $$Astro$1 = createAstro();
const $$DetailFields = createComponent(($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro$1, $$props, $$slots);
  Astro2.self = $$DetailFields;
  const { fields, values, errors, labels, options } = Astro2.props;
  const valueOf = (field) => {
    const value = values[field.name] ?? field.defaultValue;
    return value === void 0 ? "" : String(value);
  };
  const pairOf = (field, index) => {
    const value = values[field.name];
    return Array.isArray(value) ? String(value[index] ?? "") : "";
  };
  return renderTemplate`${fields.map((field) => {
    const id = `details-${field.name}`;
    const error = errors[`details.${field.name}`];
    const label = labels[field.name] ?? field.name;
    return renderTemplate`${maybeRenderHead()}<div class="field">${field.kind === "pair" ? renderTemplate`<fieldset><legend>${label}</legend>${[0, 1].map((index) => renderTemplate`<input${addAttribute(`${field.name}.${index}`, "name")}${addAttribute(`${label} ${index + 1}`, "aria-label")} required maxlength="30"${addAttribute(pairOf(field, index), "value")}>`)}</fieldset>` : renderTemplate`<label${addAttribute(id, "for")}>${label}</label>`}${field.kind === "select" && renderTemplate`<select${addAttribute(id, "id")}${addAttribute(field.name, "name")}${addAttribute(field.required, "required")}${addAttribute(error ? `${id}-error` : void 0, "aria-describedby")}>${!field.required && field.defaultValue === void 0 && renderTemplate`<option value=""></option>`}${field.options.map((option) => renderTemplate`<option${addAttribute(option, "value")}${addAttribute(valueOf(field) === option, "selected")}>${options[option] ?? option}</option>`)}</select>`}${field.kind === "number" && renderTemplate`<input${addAttribute(id, "id")}${addAttribute(field.name, "name")} type="number" inputmode="numeric"${addAttribute(field.min, "min")}${addAttribute(field.max, "max")}${addAttribute(field.required, "required")}${addAttribute(valueOf(field), "value")}>`}${field.kind === "date" && renderTemplate`<input${addAttribute(id, "id")}${addAttribute(field.name, "name")} type="date"${addAttribute(field.required, "required")}${addAttribute(valueOf(field), "value")}>`}${field.kind === "text" && renderTemplate`<input${addAttribute(id, "id")}${addAttribute(field.name, "name")}${addAttribute(field.required, "required")}${addAttribute(field.max, "maxlength")}${addAttribute(valueOf(field), "value")}>`}${field.kind === "textarea" && renderTemplate`<textarea${addAttribute(id, "id")}${addAttribute(field.name, "name")}${addAttribute(field.required, "required")}${addAttribute(field.max, "maxlength")} rows="3">${valueOf(field)}</textarea>`}${renderComponent($$result, "FieldError", $$FieldError, { "id": `${id}-error`, "message": error })}</div>`;
  })}`;
}, "/work/main/packages/web/src/components/WorkLog/DetailFields.astro", void 0);

const $$Astro = createAstro();
const $$EntryForm = createComponent(($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$EntryForm;
  const { w, category, villages, lang, values, details, errors, hidden, submitLabel } = Astro2.props;
  const str = (name) => values[name] === void 0 ? "" : String(values[name]);
  return renderTemplate`${maybeRenderHead()}<form method="post" class="entry-form" data-offline-queue> ${Object.entries(hidden).map(([name, value]) => renderTemplate`<input type="hidden"${addAttribute(name, "name")}${addAttribute(value, "value")}>`)} <input type="hidden" name="category"${addAttribute(category, "value")}> <label for="villageId">${w.village}</label> <select id="villageId" name="villageId" required> ${villages.map((v) => renderTemplate`<option${addAttribute(v.villageId, "value")}${addAttribute(str("villageId") === v.villageId, "selected")}>${lang === "en" && v.nameEn ? v.nameEn : v.nameZh}</option>`)} </select> ${renderComponent($$result, "FieldError", $$FieldError, { "id": "villageId-error", "message": errors.villageId })} <label for="gridId">${w.grid}</label> <input id="gridId" name="gridId" maxlength="40" pattern="[a-z0-9-]+"${addAttribute(str("gridId"), "value")} autocapitalize="none"> ${renderComponent($$result, "FieldError", $$FieldError, { "id": "gridId-error", "message": errors.gridId })} <label for="occurredAt">${w.occurredAt}</label> <input id="occurredAt" name="occurredAt" type="datetime-local" required${addAttribute(str("occurredAt"), "value")}> ${renderComponent($$result, "FieldError", $$FieldError, { "id": "occurredAt-error", "message": errors.occurredAt })} ${renderComponent($$result, "DetailFields", $$DetailFields, { "fields": fieldsOf(category), "values": details, "errors": errors, "labels": w.fields, "options": w.options })} <label for="notes">${w.notes}</label> <textarea id="notes" name="notes" rows="2" maxlength="1000">${str("notes")}</textarea> ${renderComponent($$result, "FieldError", $$FieldError, { "id": "notes-error", "message": errors.notes })} <button class="primary" type="submit">${submitLabel}</button> </form>`;
}, "/work/main/packages/web/src/components/WorkLog/EntryForm.astro", void 0);

function entryFromForm(form) {
  const category = field(form, "category");
  const optional = (name) => field(form, name).trim() || void 0;
  return {
    category,
    villageId: field(form, "villageId"),
    gridId: optional("gridId"),
    occurredAt: field(form, "occurredAt"),
    notes: optional("notes"),
    details: detailsFromForm(category, form)
  };
}

export { $$EntryForm as $, entryFromForm as e };
