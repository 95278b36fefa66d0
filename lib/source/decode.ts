// Turns a file's bytes into article text, or says why it is not an article.
// Offsets everywhere refer to the string returned here, which is the file as any UTF-8 reader sees it:
// a byte order mark stays as U+FEFF (Node's readFileSync keeps it too) and CRLF line ends stay as written.

export type Decoded = { ok: true; text: string; encoding: "utf-8" | "windows-1252" } | { ok: false; reason: string };

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

const HIGHLIGHT_SENTINELS = /[\uE000\uE001]/g;

// Node's "windows-1252" decoder is plain Latin-1; these are the bytes 0x80..0x9F where they differ.
// The five bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) are null here.
const CP1252_HIGH: ReadonlyArray<string | null> = [..."\u20ac\0\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\0\u017d\0\0\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\0\u017e\u0178"].map(
  (char) => (char === "\0" ? null : char),
);

// Western European text is mostly ASCII; a file that is not UTF-8 and has this share of high bytes is in an
// encoding Readout does not read (Shift-JIS, GBK, KOI8-R...), and decoding it as Windows-1252 would be gibberish.
const MAX_HIGH_BYTE_SHARE = 0.3;

function decodeWindows1252(bytes: Uint8Array): { text: string } | { undefinedByte: number; offset: number } {
  let out = "";
  for (let offset = 0; offset < bytes.length; offset++) {
    const byte = bytes[offset] ?? 0;
    if (byte < 0x80 || byte > 0x9f) {
      out += String.fromCharCode(byte);
      continue;
    }
    const char = CP1252_HIGH[byte - 0x80];
    if (!char) return { undefinedByte: byte, offset };
    out += char;
  }
  return { text: out };
}

/** Share of bytes that are control characters no text file contains. */
function controlShare(bytes: Uint8Array): number {
  const sample = bytes.subarray(0, 65_536);
  let bad = 0;
  for (const b of sample) if (b === 0 || (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c)) bad++;
  return sample.length ? bad / sample.length : 0;
}

function highByteShare(bytes: Uint8Array): number {
  const sample = bytes.subarray(0, 65_536);
  let high = 0;
  for (const b of sample) if (b >= 0x80) high++;
  return sample.length ? high / sample.length : 0;
}

function isUtf16(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/** A web page saved as is: it starts with a doctype or an html/head/body tag, or has both page tags and closing tags. */
export function looksLikeHtml(text: string): boolean {
  const start = text.slice(0, 65_536);
  if (/^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]/i.test(start)) return true;
  return /<(?:html|body)[\s>]/i.test(start) && /<\/(?:p|div|body|html|span|a)>/i.test(start);
}

export function decodeArticleBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: "the file is empty" };
  if (isUtf16(bytes)) return { ok: false, reason: "the file is UTF-16 text; save it as UTF-8" };
  if (bytes.includes(0) || controlShare(bytes) > 0.01) return { ok: false, reason: "the file is binary, not text" };
  let text: string;
  let encoding: "utf-8" | "windows-1252" = "utf-8";
  try {
    text = utf8.decode(bytes);
  } catch {
    if (highByteShare(bytes) > MAX_HIGH_BYTE_SHARE) return { ok: false, reason: "the file is neither UTF-8 nor Windows-1252 (Latin-1) text; save it as UTF-8" };
    const decoded = decodeWindows1252(bytes);
    if ("undefinedByte" in decoded) {
      const byte = `0x${decoded.undefinedByte.toString(16).toUpperCase()}`;
      return { ok: false, reason: `the file is neither UTF-8 nor Windows-1252 (Latin-1) text (byte ${byte} at offset ${decoded.offset}); save it as UTF-8` };
    }
    text = decoded.text;
    encoding = "windows-1252";
  }
  if (text.trim() === "") return { ok: false, reason: "the file holds only white space" };
  if (looksLikeHtml(text)) return { ok: false, reason: "the file is an HTML page, not article text; save the article's text as plain text" };
  // Search marks matched words with these two private-use characters (lib/web/match-highlight.ts): in an article they
  // would fake a match. Each becomes U+FFFD, one character for one, so every offset stays where it was.
  return { ok: true, text: text.replace(HIGHLIGHT_SENTINELS, "\ufffd"), encoding };
}
