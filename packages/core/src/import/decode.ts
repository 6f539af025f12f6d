import { InputError } from "../util/errors";

export type Encoding = "utf-8" | "utf-8-bom" | "gbk";

const utf8 = new TextDecoder("utf-8", { fatal: true });

function gbkDecoder() {
  try {
    // GB18030 is a superset of GBK and GB2312, what Excel on Chinese Windows saves as "CSV".
    return new TextDecoder("gb18030", { fatal: true });
  } catch {
    return undefined; // a Node built without full ICU
  }
}

const fileError = (code: string, message: string) => new InputError(code, message, { file: [message] });

/**
 * Text of an uploaded CSV file. UTF-8 with or without a byte-order mark is read as is; a file that
 * is not UTF-8 is read as GBK (GB18030) when every line decodes as such and no line is valid
 * multi-byte UTF-8 (that would be a mix of encodings, which no single reading gets right).
 */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: Encoding } {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    throw fileError("import.utf16", 'This file is UTF-16 (Excel\'s "Unicode text"); save it as "CSV UTF-8"');
  }
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    throw fileError("import.workbook", 'This is an Excel workbook, not a CSV file; save it as "CSV UTF-8"');
  }
  if (bytes.includes(0)) throw fileError("import.binary", "This is not a text file");
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = utf8.decode(bom ? bytes.subarray(3) : bytes);
    return { text, encoding: bom ? "utf-8-bom" : "utf-8" };
  } catch {
    // not UTF-8: GBK, or a mix
  }
  if (bom || linesOf(bytes).some(isMultibyteUtf8)) {
    throw fileError("import.mixed_encoding", 'This file mixes text encodings; save it again as "CSV UTF-8"');
  }
  const gbk = gbkDecoder();
  if (!gbk) throw fileError("import.encoding", 'This file is not UTF-8; save it as "CSV UTF-8"');
  try {
    return { text: gbk.decode(bytes), encoding: "gbk" };
  } catch {
    throw fileError("import.encoding", 'This file\'s encoding is neither UTF-8 nor GBK; save it as "CSV UTF-8"');
  }
}

function linesOf(bytes: Uint8Array): Uint8Array[] {
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      lines.push(bytes.subarray(start, i));
      start = i + 1;
    }
  }
  return lines;
}

/**
 * A line that is valid UTF-8 and holds at least two multi-byte characters. GBK text seldom forms
 * valid UTF-8 by chance, and almost never twice in a line.
 */
function isMultibyteUtf8(line: Uint8Array): boolean {
  let multibyte = 0;
  for (let i = 0; i < line.length; ) {
    const byte = line[i]!;
    const length =
      byte < 0x80
        ? 1
        : byte >= 0xc2 && byte <= 0xdf
          ? 2
          : byte >= 0xe0 && byte <= 0xef
            ? 3
            : byte >= 0xf0 && byte <= 0xf4
              ? 4
              : 0;
    if (length === 0 || i + length > line.length) return false;
    for (let k = 1; k < length; k++) if ((line[i + k]! & 0xc0) !== 0x80) return false;
    if (length > 1) multibyte++;
    i += length;
  }
  return multibyte >= 2;
}
