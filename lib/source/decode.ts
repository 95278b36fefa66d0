// Turns a file's bytes into article text, or says why it is not an article.
// Offsets everywhere refer to the string returned here, so decoding never rewrites text:
// a BOM stays as U+FEFF and CRLF stays CRLF.

export type Decoded = { ok: true; text: string; encoding: "utf-8" | "windows-1252" } | { ok: false; reason: string };

const utf8 = new TextDecoder("utf-8", { fatal: true });

// Node's "windows-1252" decoder is plain Latin-1; these are the bytes 0x80..0x9F where they differ.
const CP1252_HIGH =
  "\u20ac\ufffd\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffd\u017d\ufffd" +
  "\ufffd\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffd\u017e\u0178";

function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  for (const byte of bytes) out += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  return out;
}

/** Share of bytes that are control characters no text file contains. */
function controlShare(bytes: Uint8Array): number {
  const sample = bytes.subarray(0, 65_536);
  let bad = 0;
  for (const b of sample) if (b === 0 || (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c)) bad++;
  return sample.length ? bad / sample.length : 0;
}

export function decodeArticleBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: "the file is empty" };
  if (bytes.includes(0) || controlShare(bytes) > 0.01) return { ok: false, reason: "the file is binary, not text" };
  let text: string;
  let encoding: "utf-8" | "windows-1252" = "utf-8";
  try {
    text = utf8.decode(bytes);
  } catch {
    text = decodeWindows1252(bytes);
    encoding = "windows-1252";
  }
  if (text.replace(/^\ufeff/, "").trim() === "") return { ok: false, reason: "the file holds only white space" };
  return { ok: true, text, encoding };
}
