/** Personal data and spam a moderator must look at: the text is held and marked. */
const patterns: Array<[flag: string, pattern: RegExp]> = [
  ["link", /(https?:\/\/|www\.|\b[a-z0-9-]+\.(com|cn|net|org|top|xyz|io)\b)/i],
  ["phone", /(?<!\d)(1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}|0\d{2,3}-?\d{7,8})(?!\d)/],
  ["id_number", /(?<!\d)\d{17}[\dXx](?!\d)/],
];

export function flagsOf(text: string): string[] {
  return patterns.filter(([, pattern]) => pattern.test(text)).map(([flag]) => flag);
}
