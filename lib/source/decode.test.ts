import { describe, expect, it } from "vitest";
import { decodeArticleBytes, looksLikeHtml } from "./decode";

const bytes = (...parts: Array<string | number[]>) => Buffer.concat(parts.map((part) => (typeof part === "string" ? Buffer.from(part, "utf8") : Buffer.from(part))));
const reason = (input: Uint8Array) => {
  const decoded = decodeArticleBytes(input);
  return decoded.ok ? null : decoded.reason;
};

describe("decodeArticleBytes", () => {
  it("keeps CRLF line ends and a UTF-8 byte order mark, as readFileSync does (offsets must agree with it)", () => {
    expect(decodeArticleBytes(bytes([0xef, 0xbb, 0xbf], "One.\r\nTwo.\r\n"))).toEqual({ ok: true, text: "\ufeffOne.\r\nTwo.\r\n", encoding: "utf-8" });
  });

  it("reads Windows-1252: curly quotes, accents and the pound sign", () => {
    const decoded = decodeArticleBytes(bytes("Jos", [0xe9], " said: ", [0x93], "Yes, it costs", [0x94, 0x20, 0xa3], "5."));
    expect(decoded).toEqual({ ok: true, text: "José said: \u201cYes, it costs\u201d £5.", encoding: "windows-1252" });
  });

  it("refuses bytes Windows-1252 leaves undefined, naming the byte and its offset", () => {
    expect(reason(bytes("Caf", [0xe9, 0x81], " ok"))).toBe("the file is neither UTF-8 nor Windows-1252 (Latin-1) text (byte 0x81 at offset 4); save it as UTF-8");
  });

  it("refuses text in an encoding with mostly high bytes (Shift-JIS here)", () => {
    const shiftJis = [0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea, 0x82, 0xcc, 0x83, 0x65, 0x83, 0x4c, 0x83, 0x58, 0x83, 0x67];
    expect(reason(bytes(shiftJis, shiftJis))).toMatch(/^the file is neither UTF-8 nor Windows-1252/);
  });

  it("names empty, blank, UTF-16 and binary files", () => {
    expect(reason(bytes(""))).toBe("the file is empty");
    expect(reason(bytes(" \n\t\r\n"))).toBe("the file holds only white space");
    expect(reason(bytes([0xff, 0xfe, 0x41, 0x00]))).toBe("the file is UTF-16 text; save it as UTF-8");
    expect(reason(bytes("text", [0x00], "more"))).toBe("the file is binary, not text");
    expect(reason(bytes([0x01, 0x02, 0x03, 0x41, 0x42]))).toBe("the file is binary, not text");
  });

  it("refuses a saved web page", () => {
    expect(reason(bytes("<!DOCTYPE html>\n<html><body><p>Hello</p></body></html>"))).toMatch(/^the file is an HTML page, not article text/);
  });
});

describe("the highlighter's private-use characters in an article", () => {
  it("become U+FFFD, one for one, so no offset moves", () => {
    const decoded = decodeArticleBytes(Buffer.from("Officials said \uE000talks\uE001 would resume."));
    expect(decoded).toEqual({ ok: true, encoding: "utf-8", text: "Officials said \uFFFDtalks\uFFFD would resume." });
  });
});

describe("looksLikeHtml", () => {
  it.each([
    ["<!doctype html><title>x</title>", true],
    ["  <html lang=\"en\"><head></head></html>", true],
    ["<!-- saved --><body>text</body>", true],
    ["Intro line\n<html><body><div>Story</div></body></html>", true],
    ["The minister said the <html> tag was invented in 1991.", false],
    ["Prices rose 5% (<3% expected) in May.", false],
  ])("%j → %s", (text, expected) => {
    expect(looksLikeHtml(text)).toBe(expected);
  });
});
