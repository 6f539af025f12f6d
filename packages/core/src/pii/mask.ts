/** Masks for lists and exports: enough to tell records apart, never enough to identify someone. */

/** `441322199001011234` → `4413**********1234`. */
export function maskDocument(value: string): string {
  if (value.length <= 8) return `${value.slice(0, 1)}${"*".repeat(Math.max(value.length - 2, 1))}${value.slice(-1)}`;
  return `${value.slice(0, 4)}${"*".repeat(value.length - 8)}${value.slice(-4)}`;
}

/** `13812345678` → `138****5678`. */
export function maskPhone(value: string): string {
  if (value.length < 7) return "*".repeat(value.length);
  return `${value.slice(0, 3)}${"*".repeat(value.length - 7)}${value.slice(-4)}`;
}

/** `张三丰` → `张**`; `John Smith` → `J*********`. */
export function maskName(value: string): string {
  const characters = [...value];
  return `${characters[0] ?? ""}${"*".repeat(Math.max(characters.length - 1, 1))}`;
}
