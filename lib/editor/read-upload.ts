// A file an editor uploads, checked as the CLI checks article files (size, encoding, not binary), with one
// difference: an .html page is welcome, and its main text is taken out (html-to-text.ts).
import { decodeArticleBytes } from "@/lib/source/decode";
import { MAX_ARTICLE_BYTES } from "@/lib/source/read-articles";
import { htmlToText } from "./html-to-text";

export type Upload = { ok: true; fileName: string; text: string; title: string | null } | { ok: false; fileName: string; error: string };

const utf8 = new TextDecoder("utf-8");

export function readUpload(fileName: string, bytes: Uint8Array): Upload {
  const fail = (reason: string): Upload => ({ ok: false, fileName, error: `${fileName}: ${reason}` });
  const html = /\.html?$/i.test(fileName);
  if (!html && !/\.txt$/i.test(fileName)) return fail("only .txt and .html files can be added");
  if (bytes.length > MAX_ARTICLE_BYTES) return fail(`the file is ${(bytes.length / 1048576).toFixed(1)} MB; the limit is ${MAX_ARTICLE_BYTES / 1048576} MB`);
  if (!html) {
    const decoded = decodeArticleBytes(bytes);
    return decoded.ok ? { ok: true, fileName, text: decoded.text, title: null } : fail(decoded.reason);
  }
  if (bytes.length === 0) return fail("the file is empty");
  const page = htmlToText(utf8.decode(bytes));
  return page ? { ok: true, fileName, text: page.text, title: page.title } : fail("no article text was found in this page");
}

/** Pasted text is named after its title: an article's identity is its file name, as for the CLI. */
export function pastedFileName(title: string): string {
  const base = title
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
  return `${base || "pasted-article"}.txt`;
}
